/**
 * Follow dates as Instagram's HTML download writes them: text in the UI's language, no timestamp.
 * Only patterns known for sure are read — English ("Oct 18, 2025 5:49 am"), year-month-day with CJK
 * marks ("2023年9月27日 00:32"), day.month.year ("31.05.2025 10:56") and ISO — as UTC, since the page
 * names no zone. Anything else is no date (never a guessed one): the account is imported undated.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ENGLISH =
  /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})(?:,? (\d{1,2}):(\d{2})(?::\d{2})? ?([ap])\.?m\.?)?$/i;
const CJK = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*(\d{1,2}):(\d{2}))?/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;

export function parseFollowDate(raw: string): number | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  let match = ENGLISH.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1].toLowerCase());
    if (month < 0) return null;
    let hour = match[4] === undefined ? 0 : Number(match[4]) % 12;
    if (match[6]?.toLowerCase() === 'p') hour += 12;
    return utc(Number(match[3]), month + 1, Number(match[2]), hour, Number(match[5] ?? 0));
  }
  match = CJK.exec(text) ?? ISO.exec(text);
  if (match) return utc(+match[1], +match[2], +match[3], +(match[4] ?? 0), +(match[5] ?? 0));
  match = DOTTED.exec(text);
  if (match) return utc(+match[3], +match[2], +match[1], +(match[4] ?? 0), +(match[5] ?? 0));
  return null;
}

/** A real moment, or null: 31.02 is no date. */
function utc(year: number, month: number, day: number, hour: number, minute: number): number | null {
  const time = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(time);
  const real =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour < 24 &&
    minute < 60;
  return real ? time : null;
}
