/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF lines, and a UTF-8 byte-order mark so non-Latin names
 * show right in Excel. A value a spreadsheet would run as a formula gets a leading apostrophe: one that
 * starts with = + - @, a tab or a carriage return, the full-width ＝ ＋ － ＠ (some spreadsheets fold them
 * to ASCII), or | (a DDE call in older Excel).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r|\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
