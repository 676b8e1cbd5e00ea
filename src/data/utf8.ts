import { type Translatable, translatable } from '../i18n/translatable';

/**
 * A file's bytes as text, refused when they are not UTF-8. A lenient decoder would turn the bad bytes
 * into U+FFFD and restore a name or a note silently changed; the refusal says on which line they are.
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: Translatable } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: translatable('fileNotUtf8', { line: lineOfFirstBadByte(bytes) }) };
  }
}

/** The line (counting LF bytes) where the first byte sequence that is not UTF-8 starts. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  // Line by line: a line that decodes alone is fine, since UTF-8 sequences never hold a LF byte.
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 10) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line++;
    start = index + 1;
  }
  return line;
}
