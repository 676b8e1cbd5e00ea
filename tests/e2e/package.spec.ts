import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

/**
 * The built packages, as a store reviewer reads them (`npm run test:e2e` builds both before this runs):
 * the permissions are the ones the README explains, host access is the two sites only, the extension
 * pages have a strict CSP, and no code can come from elsewhere or be made from strings.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITES = ['https://www.instagram.com/*', 'https://www.tiktok.com/*'];

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
}

/** Every file of a built package, with its path inside the package. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** The backquoted names in the first column of the README's Permissions table. */
function permissionsTheReadmeExplains(): Set<string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /^#+ Permissions\n([\s\S]*?)(?=^#)/m.exec(readme)?.[1] ?? '';
  const firstColumns = section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| permission'))
    .map((line) => line.split('|')[1]);
  return new Set(firstColumns.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1])));
}

/** Code made from strings at run time, or fetched from outside the package. */
const STRING_CODE = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bFunction\s*\(\s*["'`]/,
  /\bsetTimeout\s*\(\s*["'`]/,
  /\bsetInterval\s*\(\s*["'`]/,
];
const REMOTE_CODE = [
  /\bimportScripts\s*\(/,
  /\bimport\s*\(\s*["'`]https?:/,
  /<script[^>]+src=["']?(https?:)?\/\//i,
  /<link[^>]+href=["']?(https?:)?\/\//i,
];
/** The only absolute addresses in the code: XML namespaces, one documentation link, and the two sites. */
const KNOWN_HOSTS = new Set(['www.w3.org', 'developer.mozilla.org', 'www.instagram.com', 'www.tiktok.com']);

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  const dir = path.join(ROOT, '.output', build);
  const manifest = (): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

  test(`${build}: asks only for the permissions the README explains, and host access to the two sites only`, () => {
    const { permissions = [], host_permissions = [], ...rest } = manifest();
    const explained = permissionsTheReadmeExplains();
    expect(explained.size).toBeGreaterThan(0);
    for (const permission of [...permissions, ...host_permissions])
      expect(explained, `${permission} is not in the README`).toContain(permission);
    expect([...host_permissions].sort()).toEqual(SITES);
    expect(rest.optional_permissions ?? []).toEqual([]);
    expect(rest.optional_host_permissions ?? []).toEqual([]);
    expect(rest.externally_connectable).toBeUndefined();
    for (const script of rest.content_scripts ?? []) expect([...script.matches].sort()).toEqual(SITES);
    for (const resource of rest.web_accessible_resources ?? [])
      expect([...resource.matches].sort()).toEqual(SITES);
  });

  test(`${build}: exposes no file to the sites, so a page can't probe for the extension`, () => {
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
  });

  test(`${build}: extension pages load only their own files, and no code is made from strings`, () => {
    const policy = manifest().content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) expect(`${name} ${value}`).toMatch(/ ('self'|'none'|data:)$/);
    }
    expect(manifest().content_security_policy?.sandbox).toBeUndefined();
  });

  test(`${build}: no eval, no new Function, no remote code in the bundle`, () => {
    const code = filesOf(dir).filter((file) => /\.(js|html)$/.test(file));
    expect(code).toContain('background.js');
    expect(code).toContain(path.join('content-scripts', 'site.js'));
    for (const file of code) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const pattern of [...STRING_CODE, ...REMOTE_CODE])
        expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
      const hosts = new Set(
        [...text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((match) => match[1].toLowerCase()),
      );
      for (const host of hosts) expect(KNOWN_HOSTS, `${file} names ${host}`).toContain(host);
    }
  });
}

test('the README explains no permission that neither package asks for', () => {
  const asked = new Set(
    ['chrome-mv3', 'firefox-mv3'].flatMap((build) => {
      const manifest: Manifest = JSON.parse(
        readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'),
      );
      return [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    }),
  );
  expect([...permissionsTheReadmeExplains()].sort()).toEqual([...asked].sort());
});
