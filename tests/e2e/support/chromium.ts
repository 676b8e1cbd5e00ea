import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot run here (no network). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A headless Chromium without extensions, for checking the mock sites themselves. */
export function plainChromium(): Pick<LaunchOptions, 'executablePath' | 'headless' | 'args'> {
  return { executablePath: CHROMIUM, headless: true, args: QUIET };
}

/**
 * Arguments for a headless Chromium with one unpacked extension loaded. The networking switches keep
 * Chromium from calling home, which this machine's closed network would refuse many times over.
 *
 * `uiLanguage` (BCP 47, "de") is the browser's own language, as a person sets it. Chromium on Linux
 * takes it from the LANGUAGE variable (its --lang switch is for Windows), and only for languages whose
 * locale files are installed (Debian: chromium-l10n); without them it is English whatever is asked.
 * Playwright emulates a locale in every page and worker (en-US unless told), which is what
 * `chrome.i18n.getUILanguage()` and `Intl` see there: it must be the same language.
 */
export function withExtension(
  extensionDir: string,
  uiLanguage = 'en-US',
): Pick<LaunchOptions, 'executablePath' | 'headless' | 'args' | 'env'> & { locale: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET],
    env: { ...env, LANGUAGE: uiLanguage.replace('-', '_') },
    locale: uiLanguage,
  };
}
