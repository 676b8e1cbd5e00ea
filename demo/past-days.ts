import type { BrowserContext, Page } from '@playwright/test';

import {
  captureBothLists,
  closeList,
  openOwnList,
  wheelTimes,
  wheelUntil,
} from '../tests/e2e/support/instagram-user';
import { setWorkerDate } from '../tests/e2e/support/worker-clock';
import { type Day, ME, PAST_DAYS } from './story';

const DAY = 86_400_000;

/**
 * Plays the story's past days the way the person lived them: each day, the worker's clock is set back
 * to it, `show` puts that day's lists on the mock site, and both lists are scrolled to their end on the
 * page (or the followers abandoned halfway). The ledger is built by captures, never written directly.
 */
export async function capturePastDays(
  context: BrowserContext,
  site: Page,
  show: (day: Day) => void,
  days: readonly Day[] = PAST_DAYS,
): Promise<void> {
  for (const day of days) {
    show(day);
    await setWorkerDate(context, Date.now() - day.daysAgo * DAY);
    if (day.followersAbandoned) {
      await openOwnList(site, ME, 'followers');
      await wheelTimes(site, 3);
      await closeList(site);
      await openOwnList(site, ME, 'following');
      await wheelUntil(site, /Following complete/);
      await closeList(site);
    } else {
      await captureBothLists(site, ME);
    }
  }
  await setWorkerDate(context, Date.now());
}
