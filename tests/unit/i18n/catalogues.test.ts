import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type CatalogueMessage, LOCALES_DIR, readCatalogue } from '../support/chrome-i18n';
import { filesUnder } from '../support/files';

const ROOT = path.resolve(LOCALES_DIR, '../..');
const english = readCatalogue('en');
const locales = readdirSync(LOCALES_DIR).sort();

/** The placeholders a message uses, by name, lower case as Chrome compares them. */
const used = (message: string) =>
  [...new Set([...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1].toLowerCase()))].sort();
const defined = (entry: CatalogueMessage) =>
  Object.keys(entry.placeholders ?? {})
    .map((name) => name.toLowerCase())
    .sort();

describe('the message catalogues', () => {
  it('are English and at least two complete translations', () => {
    expect(locales).toContain('en');
    expect(locales.filter((locale) => locale !== 'en').length).toBeGreaterThanOrEqual(2);
  });

  it.each(locales)('%s has exactly the keys of English', (locale) => {
    expect(Object.keys(readCatalogue(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s: valid message names, no empty message, says which language it is', (locale) => {
    const catalogue = readCatalogue(locale);
    const names = Object.keys(catalogue);
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name) || name.startsWith('@@'))).toEqual([]);
    // Chrome compares names without case: two that differ only in case would be one message.
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(
      names.filter((name) => typeof catalogue[name].message !== 'string' || !catalogue[name].message.trim()),
    ).toEqual([]);
    expect(catalogue.languageTag.message).toBe(locale);
  });

  it.each(locales)(
    '%s: the same placeholders as English, each defined and used, numbered in name order',
    (locale) => {
      const catalogue = readCatalogue(locale);
      const problems: string[] = [];
      for (const [name, entry] of Object.entries(catalogue)) {
        const expected = used(english[name]?.message ?? '');
        if (used(entry.message).join() !== expected.join())
          problems.push(`${name} uses ${used(entry.message)}, English ${expected}`);
        // Chrome refuses to load an extension whose message uses a placeholder it does not define.
        if (defined(entry).join() !== used(entry.message).join())
          problems.push(`${name} defines ${defined(entry)}, uses ${used(entry.message)}`);
        // t() passes values in the alphabetical order of their names: "$1" is the first name.
        const contents = Object.entries(entry.placeholders ?? {})
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([, placeholder]) => placeholder.content);
        if (contents.some((content, index) => content !== `$${index + 1}`))
          problems.push(`${name} numbers its placeholders ${contents}`);
        // A "$" that is not a placeholder would be read as one ("$$" is a literal dollar).
        if (/\$(?!\w+\$|\$)/.test(entry.message.replace(/\$\w+\$|\$\$/g, '')))
          problems.push(`${name} has a stray $`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('has no message the extension never uses', () => {
    const code = [
      ...filesUnder(path.join(ROOT, 'src')),
      ...filesUnder(path.join(ROOT, 'entrypoints')),
      path.join(ROOT, 'wxt.config.ts'),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(english).filter((name) => {
      const plural = name.replace(/_(zero|one|two|few|many|other)$/, '');
      return (
        !code.includes(`'${name}'`) && !code.includes(`'${plural}'`) && !code.includes(`__MSG_${name}__`)
      );
    });
    expect(unused).toEqual([]);
  });
});
