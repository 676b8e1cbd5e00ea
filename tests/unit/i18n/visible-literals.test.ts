import { readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { filesUnder } from '../support/files';

/**
 * Every word a user reads goes through t(): no JSX text, no literal in a JSX child expression, and no
 * literal aria-label, title, placeholder or alt. Symbols without letters ("·", "×", "@", "–") may stay.
 */
const SRC = path.resolve(import.meta.dirname, '../../../src');
const ENTRYPOINTS = path.resolve(import.meta.dirname, '../../../entrypoints');
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const hasWords = (text: string) => /\p{L}/u.test(text);

const tsxFiles = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.tsx'));

/** Where a literal's value ends up: through conditionals, &&/||/??, parentheses and template literals. */
function displayedIn(node: ts.Node): ts.Node | undefined {
  let child = node;
  let parent = node.parent;
  for (;;) {
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      ts.isTemplateExpression(parent)
    ) {
      // carried through
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.condition) return undefined;
    } else if (ts.isBinaryExpression(parent)) {
      const kind = parent.operatorToken.kind;
      const passesValue =
        kind === ts.SyntaxKind.AmpersandAmpersandToken ||
        kind === ts.SyntaxKind.BarBarToken ||
        kind === ts.SyntaxKind.QuestionQuestionToken ||
        kind === ts.SyntaxKind.PlusToken;
      if (!passesValue || (kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.left))
        return undefined;
    } else {
      return parent;
    }
    child = parent;
    parent = parent.parent;
  }
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

function untranslated(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(SRC, file)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      hasWords(node.initializer.text)
    ) {
      report(node, node.initializer.text);
    }
    const text = literalText(node);
    if (text !== undefined && hasWords(text) && !ts.isTemplateExpression(node.parent)) {
      const target = displayedIn(node);
      const shownAsChild =
        target &&
        ts.isJsxExpression(target) &&
        (ts.isJsxElement(target.parent) || ts.isJsxFragment(target.parent));
      const shownAsAttribute =
        target &&
        ts.isJsxExpression(target) &&
        ts.isJsxAttribute(target.parent) &&
        VISIBLE_ATTRIBUTES.has(target.parent.name.getText());
      if (shownAsChild || shownAsAttribute) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-visible text', () => {
  const files = [...tsxFiles(SRC), ...tsxFiles(ENTRYPOINTS)];

  it('scans the UI', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('is never a literal in TSX: it goes through t()', () => {
    expect(files.flatMap(untranslated)).toEqual([]);
  });

  it('would be caught if it were', () => {
    const probe = path.join(import.meta.dirname, 'fixtures', 'untranslated.tsx');
    expect(untranslated(probe).map((line) => line.replace(/^.*:(\d+) /, '$1 '))).toEqual([
      '4 "Hello there"',
      '5 "Close"',
      '6 "Search"',
      '7 "Stop"',
      '7 "Go"',
      '8 "Saving"',
      '9 "items"',
    ]);
  });
});
