import { type Translatable, translatable } from '../i18n/translatable';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, backupFile, isFormatHint } from './backup-format';
import { lineOfPath, parseJson } from './json-lines';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: Translatable };

/** Checks a backup file's text; a file that is not a valid backup is refused with what and where. */
export function readBackup(text: string): BackupCheck {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return checkBackup(parsed.value, text);
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
  for (const [index, account] of result.data.accounts.entries()) {
    const seen = new Set<string>();
    for (const [row, person] of account.people.entries()) {
      if (seen.has(person.handle)) {
        const twice = translatable('backupListedTwice', { handle: `@${person.handle}` });
        return { ok: false, error: describe(['accounts', index, 'people', row, 'handle'], twice, text) };
      }
      seen.add(person.handle);
    }
  }
  return { ok: true, backup: result.data };
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
