import { backupFile, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
import { lineOfPath, parseJson } from './json-lines';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

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
    return { ok: false, error: 'This is not a Follow Ledger backup (it has no "format": "follow-ledger-backup").' };
  }
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Follow Ledger (format version ${header.version}); update the extension to restore it.`,
    };
  }
  const result = backupFile.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, error: describe(issue.path, issue.message, text) };
  }
  for (const [index, account] of result.data.accounts.entries()) {
    const seen = new Set<string>();
    for (const [row, person] of account.people.entries()) {
      if (seen.has(person.handle)) {
        return { ok: false, error: describe(['accounts', index, 'people', row, 'handle'], `@${person.handle} is listed twice`, text) };
      }
      seen.add(person.handle);
    }
  }
  return { ok: true, backup: result.data };
}

function describe(path: readonly PropertyKey[], message: string, text?: string): string {
  const steps = path.filter((step): step is string | number => typeof step !== 'symbol');
  const where = steps.map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index ? '.' : ''}${step}`)).join('');
  const line = text === undefined ? null : lineOfPath(text, steps);
  return `${where || 'The file'}: ${message}${line === null ? '' : ` (line ${line})`}.`;
}
