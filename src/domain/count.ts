import type { CountReading } from './types';

/**
 * Compact-number abbreviations as Instagram and TikTok print them, in lower case. They are words, so
 * they must end where the word ends ("5 Beiträge" is not 5 B).
 *
 * Locale choices, since the text carries no locale:
 * - "b" is Turkish "bin" (thousand), not English billion: no account has a billion followers, while
 *   Turkish pages show "12,3 B" for 12,300.
 * - "mil" is Spanish/Portuguese thousand; Czech/Romanian "mil." (million) would be misread.
 */
const WORD_MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  b: 1e3,
  bin: 1e3,
  mil: 1e3,
  mila: 1e3,
  rb: 1e3,
  tsd: 1e3,
  tys: 1e3,
  tis: 1e3,
  тыс: 1e3,
  тис: 1e3,
  ألف: 1e3,
  هزار: 1e3,
  lakh: 1e5,
  m: 1e6,
  mi: 1e6,
  mio: 1e6,
  mn: 1e6,
  mln: 1e6,
  milj: 1e6,
  jt: 1e6,
  млн: 1e6,
  مليون: 1e6,
  میلیون: 1e6,
};

/** CJK and Hangul units attach to the digits and to the word after them ("1.2万粉丝"). */
const GLYPH_MULTIPLIERS: Record<string, number> = {
  千: 1e3,
  천: 1e3,
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  億: 1e8,
  亿: 1e8,
  억: 1e8,
};

const MULTIPLIERS: Record<string, number> = { ...WORD_MULTIPLIERS, ...GLYPH_MULTIPLIERS };

/** Sign, digits with any separators, then an optional multiplier. */
const READING = new RegExp(
  String.raw`([-\u2212]?)(\d+(?:[.,' ]\d+)*)(?: ?(?:(${Object.keys(WORD_MULTIPLIERS).join('|')})(?![\p{L}\p{M}\p{N}])|([${Object.keys(GLYPH_MULTIPLIERS).join('')}])))?`,
  'iu',
);

/** Counts are integers, so without a multiplier every separator groups thousands, the same one throughout. */
const EXACT = /^(?:0|[1-9]\d*|[1-9]\d{0,2}([.,' ])\d{3}(?:\1\d{3})*)$/;
const DECIMAL = /^(0|[1-9]\d*)(?:[.,](\d{1,2}))?$/;

/**
 * What may follow a number without a multiplier when the number was cut short: an unknown abbreviation
 * glued to it ("12Md"), or a separator that is not punctuation ("12.K"). CJK/Hangul counters such as
 * 명 or 人 are uncased letters and pass.
 */
const CUT_SHORT = /^(?:[\p{Lu}\p{Ll}]|[.,'][^ ])/u;

/** Far above the largest real account; anything bigger is a misreading. */
const MAX_COUNT = 2e9;

/** Marks that RTL pages and copy-paste slip between the characters. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Reads the first count in `text`, as shown in a profile header in any of the usual locales. Returns
 * null rather than a guess when the text is ambiguous ("1,23", "12.3" without a multiplier).
 */
export function parseCount(text: string): CountReading | null {
  const clean = normalize(text);
  const match = READING.exec(clean);
  if (!match || match[1]) return null;
  const digits = match[2];
  const suffix: string | undefined = match[3] ?? match[4];
  let reading: CountReading | null;
  if (suffix === undefined) {
    const rest = clean.slice(match.index + match[0].length);
    reading = CUT_SHORT.test(rest) ? null : exact(digits);
  } else {
    reading = scaled(digits, MULTIPLIERS[suffix.toLowerCase()]);
  }
  return reading && reading.value <= MAX_COUNT ? reading : null;
}

/**
 * Reads Instagram's `og:description` ("12K Followers, 340 Following, 56 Posts - …"). Only the English
 * wording is recognized; anything else gives nulls.
 */
export function parseOgDescriptionCounts(content: string): {
  followers: CountReading | null;
  following: CountReading | null;
} {
  return {
    followers: countBefore(content, /(\S+)\s+Followers?\b/),
    following: countBefore(content, /(\S+)\s+Following\b/),
  };
}

function countBefore(content: string, pattern: RegExp): CountReading | null {
  const match = pattern.exec(content);
  return match ? parseCount(match[1]) : null;
}

function normalize(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ')
      .replace(/\u2019/g, "'")
      .replace(/\u066B/g, '.')
      .replace(/\u066C/g, ',')
      // Both the Arabic-Indic and the Persian digit blocks start at a code point ending in 0.
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
  );
}

function exact(digits: string): CountReading | null {
  return EXACT.test(digits) ? { value: Number(digits.replace(/\D/g, '')), unit: 1 } : null;
}

function scaled(digits: string, multiplier: number): CountReading | null {
  const match = DECIMAL.exec(digits);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  // Every multiplier is at least 1,000 and fractions have at most 2 digits, so this stays integral.
  const unit = multiplier / 10 ** fraction.length;
  return { value: Number(whole) * multiplier + Number(fraction) * unit, unit };
}
