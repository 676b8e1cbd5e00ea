/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF lines, and a UTF-8 byte-order mark so non-Latin names
 * show right in Excel. A value a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
