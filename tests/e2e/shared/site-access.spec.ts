import { serveInstagram } from '../mock-instagram/server';
import { expectText, textOf } from '../support/page-user';
import { captureLine } from '../support/popup-reader';
import { expect, test } from '../support/shared-test';
import {
  expectOverlay,
  openOwnList,
  overlay,
  scrollInstagramTimes,
  scrollInstagramUntil,
} from '../support/site-user';

const ME = 'studio.lumen';
const NOTICE = '[data-testid="host-access"]';
const accounts = (count: number) => Array.from({ length: count }, (_, i) => ({ handle: `a${i + 1}` }));

test('site access withheld: the popup says how to grant it, and nothing is read or recorded meanwhile', async ({
  ext,
}) => {
  await serveInstagram(ext, () => ({ me: ME, followers: accounts(20), following: [] }));
  await ext.setSiteAccess(false);

  const page = await ext.newTab();
  await openOwnList(page, ME, 'followers');
  await scrollInstagramTimes(page, 20);
  // No content script ran: no box on the page.
  expect(await overlay(page).count()).toBe(0);

  let popup = await ext.openPopupOver(page);
  await expectText(popup, NOTICE, /does not let Follow Ledger read www\.instagram\.com.*www\.tiktok\.com/);
  expect(await textOf(popup, NOTICE)).toMatch(/nothing is read or recorded there/);
  expect(await textOf(popup, NOTICE)).toMatch(/extensions menu.*Follow Ledger.*reload the site's tab/);
  expect(await popup.$(`${NOTICE} button`)).not.toBeNull();
  // Nothing recorded: the popup still welcomes a first run.
  expect(await popup.$('[data-testid="capture-followers"]')).toBeNull();
  await popup.close();

  // Given back (and the tab reloaded, as the notice says), the same list is read.
  await ext.setSiteAccess(true);
  await openOwnList(page, ME, 'followers');
  await scrollInstagramUntil(page, /Followers complete · 20 of 20 read/);
  popup = await ext.openPopupOver(page);
  await expect.poll(() => captureLine(popup, 'followers')).toContain('20 of 20 read · complete');
  expect(await popup.$(NOTICE)).toBeNull();
  await expectOverlay(page, 'Followers complete');
});
