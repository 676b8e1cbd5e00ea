/**
 * `npm run demo`: Chromium with the built extension, on mock Instagram and TikTok sites served at their
 * real origins inside that browser only, walked through three weeks of a bakery's history (demo/tour.ts).
 *
 * With a display, the tour plays in a window that stays open for you to scroll the lists and try every
 * surface; close the window to end. Without one (`--headless`, `CI` set, or no DISPLAY), the same tour
 * runs headless and photographs every surface in light and dark into docs/screenshots/.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

import { launchWithExtension } from '../tests/e2e/support/extension';
import { ME } from './story';
import { runTour, type Surface } from './tour';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../docs/screenshots');
const SITE_SIZE = { width: 1100, height: 720 };

const headless =
  process.argv.includes('--headless') ||
  Boolean(process.env.CI) ||
  !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function photograph(surface: Surface): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await surface.page.emulateMedia({ colorScheme: scheme });
    // Let the page repaint in the new scheme (the chart reads its colours when drawn).
    await surface.page.waitForTimeout(150);
    const file = path.join(SCREENSHOTS, `${surface.name}-${scheme}.png`);
    // An extension page is as tall as its content, like the popup; a site's page is what the window shows.
    const frame = surface.frame ?? (surface.extensionParts ? null : surface.page.locator('body'));
    if (frame) await frame.screenshot({ path: file, animations: 'disabled' });
    else await surface.page.screenshot({ path: file, animations: 'disabled' });
    console.log(`  ${path.relative(process.cwd(), file)}`);
  }
  await surface.page.emulateMedia({ colorScheme: null });
}

async function main(): Promise<void> {
  const context = await launchWithExtension({ headless, viewport: SITE_SIZE });
  try {
    if (headless) {
      await rm(SCREENSHOTS, { recursive: true, force: true });
      await mkdir(SCREENSHOTS, { recursive: true });
      console.log('Follow Ledger demo, headless: screenshots of every surface');
      await runTour(context, photograph);
      return;
    }
    console.log(
      'Follow Ledger demo: the tour plays in the window, then it is yours. Close the window to end.',
    );
    await runTour(context, async (surface) => {
      await surface.page.bringToFront();
      await surface.page.waitForTimeout(1500);
    });
    const site = await context.newPage();
    await site.goto(`https://www.instagram.com/${ME}/`);
    console.log(
      'Now: open the followers or following list and scroll it, click the toolbar icon for the popup, open a profile\n' +
        `from a list for its badge, or the TikTok tab (https://www.tiktok.com/@${ME}). Nothing leaves this browser.`,
    );
    await new Promise((resolve) => context.on('close', resolve));
  } finally {
    await context.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
