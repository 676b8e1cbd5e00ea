import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot run here (no network). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A headless Chromium without extensions, for checking the mock sites themselves. */
export function plainChromium(): Pick<LaunchOptions, 'executablePath' | 'headless' | 'args'> {
  return { executablePath: CHROMIUM, headless: true, args: QUIET };
}

/**
 * Arguments for a headless Chromium with one unpacked extension loaded. The networking switches keep
 * Chromium from calling home, which this machine's closed network would refuse many times over.
 */
export function withExtension(extensionDir: string): Pick<LaunchOptions, 'executablePath' | 'headless' | 'args'> {
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET],
  };
}
