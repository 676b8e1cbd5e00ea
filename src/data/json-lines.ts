import { type Translatable, translatable } from '../i18n/translatable';

/**
 * Where things are in a JSON text, for error messages that say which line: the line of a parse error,
 * and the line of the value at a path (["accounts", 0, "people", 12, "handle"]).
 */

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++)
    if (text.charCodeAt(index) === 10) line++;
  return line;
}

/** JSON.parse, or a message that says what is wrong and on which line. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: Translatable } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stated = /line (\d+) column/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = stated ? Number(stated[1]) : position ? lineOfOffset(text, Number(position[1])) : 1;
    const atEnd =
      !text.trim() ||
      /end of (JSON )?input|Unterminated string/i.test(message) ||
      (position !== null && Number(position[1]) >= text.trimEnd().length);
    return {
      ok: false,
      error: atEnd
        ? translatable('jsonEndsEarly', { line: lineOfOffset(text, text.length) })
        : translatable('jsonInvalid', { line }),
    };
  }
}

/** The line on which the value at `path` starts; null when the path is not in the text. */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | null {
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index])) index++;
  };
  const skipString = () => {
    index++;
    while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    index++;
  };
  const readString = () => {
    const start = index;
    skipString();
    return JSON.parse(text.slice(start, index)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const open = text[index];
    if (open === '"') return skipString();
    if (open !== '{' && open !== '[') {
      while (index < text.length && !/[,\]}\s]/.test(text[index])) index++;
      return;
    }
    let depth = 0;
    do {
      const char = text[index];
      if (char === '"') {
        skipString();
        continue;
      }
      if (char === '{' || char === '[') depth++;
      if (char === '}' || char === ']') depth--;
      index++;
    } while (depth > 0 && index < text.length);
  };
  for (const step of path) {
    skipSpace();
    if (typeof step === 'number' && text[index] === '[') {
      index++;
      for (let item = 0; item < step; item++) {
        skipValue();
        skipSpace();
        if (text[index] !== ',') return null;
        index++;
      }
    } else if (typeof step === 'string' && text[index] === '{') {
      index++;
      for (;;) {
        skipSpace();
        if (text[index] !== '"') return null;
        const key = readString();
        skipSpace();
        index++; // the colon
        if (key === step) break;
        skipValue();
        skipSpace();
        if (text[index] !== ',') return null;
        index++;
      }
    } else {
      return null;
    }
  }
  skipSpace();
  return lineOfOffset(text, index);
}
