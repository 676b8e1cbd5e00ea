import { instagramHandleFromHref, normalizeHandle } from '../domain/handle';
import { translatable, TranslatableError } from '../i18n/translatable';
import { baseName, type ListCollector } from './download-rows';
import { parseFollowDate } from './html-dates';
import type { PickedFile } from './zip-reader';

const MAIN = /<(?:main|div)\b[^>]*\brole="main"[^>]*>/i;
const TOKEN = /<a\b[^>]*\bhref="([^"]*)"[^>]*>|<(\/?)(h2|div)\b[^>]*>|([^<]+)/gi;

/**
 * An Instagram list page of the HTML download, in both layouts (`<main role="main">` since 2025,
 * `<div role="main">` before). Each account is a block holding a link to its profile
 * (`instagram.com/u` or `instagram.com/_u/u`, whose text may be the URL itself), the late-2025
 * following page with the name in an `<h2>` before it, and the date as text after it. Read with a
 * scanner, not a DOM, so it also runs in a worker; the page's title and heading are localized, so
 * the file name says which list it is.
 */
export function readInstagramHtml(file: PickedFile, into: ListCollector): boolean {
  const start = MAIN.exec(file.text);
  if (!start)
    throw new TranslatableError(translatable('importNotInstagramList', { file: baseName(file.name) }));
  const name = baseName(file.name);
  let entry = 0;
  let current: { handle: unknown; date: number | null } | null = null;
  let heading: string | null = null;
  let inHeading = false;
  const flush = () => {
    if (current) into.add({ file: name, entry }, current.handle, current.date);
    current = null;
  };
  TOKEN.lastIndex = start.index + start[0].length;
  for (let match = TOKEN.exec(file.text); match; match = TOKEN.exec(file.text)) {
    const [, href, closing, tag, text] = match;
    if (href !== undefined) {
      const linked = profileOf(decode(href));
      if (linked === null) continue;
      // The avatar and the name may link twice to one account; the h2 names the account its link follows.
      if (current !== null && current.handle === linked) continue;
      flush();
      entry++;
      current = { handle: heading !== null && linked === false ? heading : linked, date: null };
      heading = null;
    } else if (tag?.toLowerCase() === 'h2') {
      inHeading = !closing;
      if (!closing) heading = '';
    } else if (text !== undefined && text.trim()) {
      const value = decode(text).trim();
      if (inHeading) heading = (heading ?? '') + value;
      else if (current && current.date === null) current.date = parseFollowDate(value);
    }
  }
  flush();
  return entry > 0;
}

/** The handle a link names, false for an Instagram link that names no account, null for any other link. */
function profileOf(href: string): string | false | null {
  if (!/^https?:\/\/(www\.)?instagram\.com\//i.test(href)) return null;
  return instagramHandleFromHref(href) ?? normalizeHandle('instagram', href) ?? false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point < 0x110000 ? String.fromCodePoint(point) : whole;
  });
}
