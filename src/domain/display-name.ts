/** The longest display name kept, in UTF-16 units: the message contract allows no more. */
export const DISPLAY_NAME_MAX = 200;

/**
 * A display name as a row shows it: runs of whitespace (line breaks, tabs) become one space, and a
 * name too long is cut, never refused, without splitting an emoji's surrogate pair. Everything else
 * (markup, bidi marks, look-alike letters) stays as it is: the views show a name as isolated text.
 */
export function displayNameFrom(text: string): string | undefined {
  const name = text.replace(/\s+/g, ' ').trim().slice(0, DISPLAY_NAME_MAX);
  return name.replace(/[\uD800-\uDBFF]$/, '') || undefined;
}
