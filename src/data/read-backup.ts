import { PLATFORM_NAMES } from '../domain/platforms';
import { type Translatable, translatable } from '../i18n/translatable';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, backupFile, isFormatHint } from './backup-format';
import { lineOfPath, parseJson } from './json-lines';
import { decodeUtf8 } from './utf8';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: Translatable };

/** Checks a backup file's text; a file that is not a valid backup is refused with what and where. */
export function readBackup(text: string): BackupCheck {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return checkBackup(parsed.value, text);
}

/** A backup file's bytes: strictly UTF-8 (see utf8.ts), then the checks of `readBackup`. */
export function readBackupFile(bytes: Uint8Array): BackupCheck {
  const decoded = decodeUtf8(bytes);
  return decoded.ok ? readBackup(decoded.text) : decoded;
}

/** The same check on an already parsed value; `text`, when given, adds line numbers. */
export function checkBackup(value: unknown, text?: string): BackupCheck {
  const header = value as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT) {
    return { ok: false, error: translatable('backupNotOurs') };
  }
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    return { ok: false, error: translatable('backupTooNew', { version: header.version }) };
  }
  const result = backupFile.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    // zod says what is wrong in its own words (in the user's language where the page set zod's locale).
    const detail = isFormatHint(issue.message) ? translatable(issue.message) : issue.message;
    return { ok: false, error: describe(issue.path, detail, text) };
  }
  const problem = sameTwice(result.data) ?? backwardsWindow(result.data);
  if (problem) return { ok: false, error: describe(problem.path, problem.detail, text) };
  return { ok: true, backup: result.data };
}

type Problem = { path: (string | number)[]; detail: Translatable };

/** One ledger, or one person in a ledger, listed twice: merging them would count their events twice. */
function sameTwice(backup: Backup): Problem | null {
  const ledgers = new Set<string>();
  for (const [index, account] of backup.accounts.entries()) {
    const key = `${account.platform}:${account.handle}`;
    if (ledgers.has(key)) {
      const name = `@${account.handle} (${PLATFORM_NAMES[account.platform]})`;
      return {
        path: ['accounts', index, 'handle'],
        detail: translatable('backupAccountTwice', { account: name }),
      };
    }
    ledgers.add(key);
    const seen = new Set<string>();
    for (const [row, person] of account.people.entries()) {
      if (seen.has(person.handle)) {
        const detail = translatable('backupListedTwice', { handle: `@${person.handle}` });
        return { path: ['accounts', index, 'people', row, 'handle'], detail };
      }
      seen.add(person.handle);
    }
  }
  return null;
}

/** A change dated after the capture that saw it, or a capture that ended before it started. */
function backwardsWindow(backup: Backup): Problem | null {
  for (const [index, account] of backup.accounts.entries()) {
    const windows = [
      ...account.events.map((event, row) => ({
        from: event.after,
        to: event.before,
        at: ['events', row, 'after'],
      })),
      ...account.captures.map((capture, row) => ({
        from: capture.startedAt,
        to: capture.endedAt,
        at: ['captures', row, 'startedAt'],
      })),
    ];
    for (const { from, to, at } of windows) {
      if (Date.parse(from) > Date.parse(to))
        return {
          path: ['accounts', index, ...at],
          detail: translatable('backupWindowBackwards', { after: from, before: to }),
        };
    }
  }
  return null;
}

function describe(path: readonly PropertyKey[], detail: string | Translatable, text?: string): Translatable {
  const steps = path.filter((step): step is string | number => typeof step !== 'symbol');
  const where =
    steps
      .map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index ? '.' : ''}${step}`))
      .join('') || translatable('backupTheFile');
  const line = text === undefined ? null : lineOfPath(text, steps);
  return line === null
    ? translatable('backupProblem', { where, detail })
    : translatable('backupProblemOnLine', { where, detail, line });
}
