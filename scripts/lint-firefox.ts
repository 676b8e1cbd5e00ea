/**
 * `npm run lint:firefox`: Mozilla's add-on linter (what addons.mozilla.org runs on upload, through
 * web-ext) on the Firefox build in .output/firefox-mv3. Any error fails, and so does any warning but
 * one, explained below and checked to be exactly that.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import webExt, { type LintFinding as Finding } from 'web-ext';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, '.output/firefox-mv3');

/**
 * Preact's renderer sets `innerHTML` from a `dangerouslySetInnerHTML` prop (and clears it with ""), and
 * the linter flags that assignment in every bundle that holds Preact. Follow Ledger never passes that
 * prop (the sources don't contain it), so the assignment never runs. Any other innerHTML still fails.
 */
async function isPreactsInnerHtml(finding: Finding): Promise<boolean> {
  if (
    finding.code !== 'UNSAFE_VAR_ASSIGNMENT' ||
    !finding.file ||
    finding.line === undefined ||
    finding.column === undefined
  )
    return false;
  const line = (await readFile(path.join(BUILD, finding.file), 'utf8')).split('\n')[finding.line - 1] ?? '';
  const around = line.slice(Math.max(0, finding.column - 16), finding.column + 24);
  return /\w\.innerHTML=\w+\.__html\b/.test(around);
}

/** The promise the one exemption rests on: no source file passes HTML to Preact. */
async function sourcesPassingHtml(): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['src', 'entrypoints']) {
    for (const file of await readdir(path.join(ROOT, folder), { recursive: true })) {
      if (!/\.tsx?$/.test(file)) continue;
      if ((await readFile(path.join(ROOT, folder, file), 'utf8')).includes('dangerouslySetInnerHTML'))
        found.push(`${folder}/${file}`);
    }
  }
  return found;
}

const result = await webExt.cmd.lint(
  { sourceDir: BUILD, output: 'none', warningsAsErrors: false, selfHosted: false },
  { shouldExitProgram: false },
);

const unexplained: Finding[] = [...result.errors];
for (const file of await sourcesPassingHtml()) {
  unexplained.push({
    code: 'DANGEROUSLY_SET_INNER_HTML',
    message: 'passes HTML to Preact: the innerHTML exemption no longer holds',
    file,
  });
}
let preact = 0;
for (const warning of result.warnings) {
  if (await isPreactsInnerHtml(warning)) preact++;
  else unexplained.push(warning);
}
for (const finding of unexplained) {
  console.error(
    `${finding.code} ${finding.file ?? ''}${finding.line ? `:${finding.line}:${finding.column}` : ''} ${finding.message}`,
  );
}
console.log(
  `web-ext lint ${path.relative(ROOT, BUILD)}: ${result.errors.length} errors, ${result.warnings.length} warnings ` +
    `(${preact} of them Preact's innerHTML, explained in scripts/lint-firefox.ts), ${result.notices.length} notices`,
);
process.exitCode = unexplained.length ? 1 : 0;
