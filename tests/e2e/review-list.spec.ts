import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { closedPart } from './support/closed-ui';
import { expect, openTabUrls, test } from './support/extension';
import { captureBothLists, closeList, openOwnList, wheelUntil } from './support/instagram-user';
import { tabTo } from './support/keyboard';

const ME = 'review.desk';
const people = (from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    handle: `p${from + i}`,
    name: from + i === 35 ? 'Zoë Éclair' : `Person ${from + i}`,
  }));

test('review with the keyboard only: protect two, mark one reviewed, tag one; all kept after a reload', async ({
  context,
  extensionId,
  openPopup,
}) => {
  // Followers p10–p30, following p21–p40: p31–p40 don't follow back.
  await serveInstagram(context, () => ({ me: ME, followers: people(10, 30), following: people(21, 40) }));
  const site = await context.newPage();
  await captureBothLists(site, ME);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  await expect(list.getByRole('option')).toHaveCount(10);
  await expect(panel.getByTestId('review-progress')).toHaveText('0 of 10 reviewed');

  // "/" jumps to search; accents and case don't matter.
  await panel.keyboard.press('/');
  await panel.keyboard.type('zoe eclair');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toHaveAttribute('aria-label', /@p35, Zoë Éclair/);
  await panel.keyboard.press('Control+A');
  await panel.keyboard.press('Backspace');
  await expect(list.getByRole('option')).toHaveCount(10);

  await tabTo(panel, list);
  // Newest first; all ten arrived in the same capture, so by name.
  await expect(list).toHaveAttribute('aria-activedescendant', 'row-p31');
  await panel.keyboard.press('End');
  await expect(list).toHaveAttribute('aria-activedescendant', 'row-p40');
  await panel.keyboard.press('Home');
  await panel.keyboard.press('j');
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('k');
  await expect(list).toHaveAttribute('aria-activedescendant', 'row-p32');

  await panel.keyboard.press('p'); // protect p32: it leaves the list, the next one becomes active
  await expect(list.getByRole('option')).toHaveCount(9);
  await expect(list).toHaveAttribute('aria-activedescendant', 'row-p33');
  await panel.keyboard.press('j');
  await panel.keyboard.press('p'); // protect p34
  await expect(list).toHaveAttribute('aria-activedescendant', 'row-p35');
  await panel.keyboard.press('r'); // p35 reviewed
  await expect(panel.getByTestId('review-progress')).toHaveText('1 of 8 reviewed · 2 protected not shown');

  // Enter opens the active account's profile for a manual review, in a new tab.
  await panel.keyboard.press('Enter');
  await expect.poll(() => openTabUrls(context)).toContain('https://www.instagram.com/p35/');
  await panel.bringToFront();

  // Tag p35 "brand" from the detail pane, by keyboard.
  const brand = panel.getByRole('group', { name: 'Tags of @p35' }).getByRole('button', { name: 'brand' });
  await tabTo(panel, brand);
  await panel.keyboard.press('Enter');
  await expect(brand).toHaveAttribute('aria-pressed', 'true');
  await expect(list.getByRole('option', { name: /@p35/ })).toHaveAttribute(
    'aria-label',
    /reviewed, tags: brand/,
  );

  // A reload reads everything back from the ledger.
  await panel.reload();
  await expect(panel.getByTestId('review-progress')).toHaveText('1 of 8 reviewed · 2 protected not shown');
  const handles = await list
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.id.replace('row-', '')));
  expect(handles.sort()).toEqual(['p31', 'p33', 'p35', 'p36', 'p37', 'p38', 'p39', 'p40']);
  await expect(list.getByRole('option', { name: /@p35/ })).toHaveAttribute(
    'aria-label',
    '@p35, Zoë Éclair, reviewed, tags: brand',
  );
  await panel.getByRole('combobox', { name: 'View' }).selectOption('protected');
  const protectedList = panel.getByRole('listbox', { name: 'Protected' });
  await expect(protectedList.getByRole('option')).toHaveCount(2);
  await expect(protectedList.getByRole('option').first()).toHaveAttribute('aria-label', /@p32, .*protected/);

  const popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('8');
  await expect(popup.getByTestId('count-protected')).toHaveText('2');
  await expect(popup.getByTestId('protected-hidden')).toHaveText('2 protected accounts not shown');
});

test('bulk actions apply to the selection, and survive a new capture and an account leaving and coming back', async ({
  context,
  extensionId,
}) => {
  let following = people(21, 40);
  await serveInstagram(context, () => ({ me: ME, followers: people(10, 30), following }));
  const site = await context.newPage();
  await captureBothLists(site, ME);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=notFollowingBack`);
  const list = panel.getByRole('listbox', { name: 'Not following back' });
  for (const handle of ['p36', 'p37', 'p38'])
    await list
      .getByRole('option', { name: new RegExp(`^@${handle},`) })
      .locator('.check')
      .click();
  await expect(list.getByRole('option', { selected: true })).toHaveCount(3);
  await panel
    .getByRole('toolbar', { name: 'Selected accounts' })
    .getByRole('combobox')
    .selectOption('campaign');
  await expect(list.getByRole('option', { name: /tags: campaign/ })).toHaveCount(3);

  // The user unfollows p37 and follows it again between captures.
  following = people(21, 40).filter((account) => account.handle !== 'p37');
  await openOwnList(site, ME, 'following');
  await wheelUntil(site, /Following complete/);
  await closeList(site);
  following = people(21, 40);
  await openOwnList(site, ME, 'following');
  await wheelUntil(site, /Following complete/);
  await closeList(site);

  await panel.reload();
  await panel.getByRole('combobox', { name: 'Tag' }).selectOption('campaign');
  const tagged = await list
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.id.replace('row-', '')));
  expect(tagged.sort()).toEqual(['p36', 'p37', 'p38']);
});

test("rows of the site's following list that don't follow back carry a marker that changes nothing else", async ({
  context,
}) => {
  await serveInstagram(context, () => ({ me: ME, followers: people(10, 30), following: people(21, 40) }));
  const site = await context.newPage();
  // Only the followers are known: the following list is marked the first time it is scrolled.
  await openOwnList(site, ME, 'followers');
  await wheelUntil(site, /Followers complete/);
  await closeList(site);

  await openOwnList(site, ME, 'following');
  const dialog = site.locator('div[role="dialog"]:not([aria-hidden="true"])');
  const marks = closedPart(site, 'span', { within: 'div[role="dialog"] a' });
  /** The list is virtualized: whatever rows are rendered, exactly the non-followers are marked, each on its own row. */
  async function expectRenderedNonFollowersMarked(): Promise<string[]> {
    // Found and read in one evaluation, like the row heights below.
    const rendered = await dialog.evaluate((element) =>
      [
        ...new Set(
          [...element.querySelectorAll('a[href]')].map((link) =>
            link.getAttribute('href')!.replaceAll('/', ''),
          ),
        ),
      ].filter((handle) => /^p\d+$/.test(handle)),
    );
    const expected = rendered.filter((handle) => Number(handle.slice(1)) > 30).sort();
    expect(expected.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await marks.seen()).map((mark) => mark.link!.href.replaceAll('/', '')).sort())
      .toEqual(expected);
    const labelOffsets = (await marks.seen()).map((mark) => Math.abs(mark.top - mark.link!.top));
    expect(Math.max(...labelOffsets)).toBeLessThan(12);
    return expected;
  }
  await wheelUntil(site, /Following complete/);
  await expectRenderedNonFollowersMarked();
  await expect.poll(() => marks.text()).toBe("doesn't follow back");
  // Back up the finished list: the rows rendered again carry their markers too.
  const p31 = dialog.getByRole('link', { name: /^p31( |$)/ });
  for (let turn = 0; turn < 20 && !(await p31.isVisible()); turn++) {
    await site.mouse.wheel(0, -120);
    await site.waitForTimeout(100);
  }
  await expect(p31).toBeVisible();
  const markedHandles = await expectRenderedNonFollowersMarked();

  // Same row height as an unmarked row, and a click on the marked link still does what the site does.
  // Found and measured in one evaluation. A locator's evaluateAll finds the links in one call and runs in a
  // second: a row the virtualized list removed in between (the marks' reading above scrolls the list to
  // each label) is measured detached, with a height of 0.
  const rowHeights = await dialog.evaluate((element) =>
    [...element.querySelectorAll('a[href]:not([tabindex="-1"])')].map(
      (link) => link.closest('div[class]')!.getBoundingClientRect().height,
    ),
  );
  expect(new Set(rowHeights.map((height) => Math.round(height))).size).toBe(1);
  const target = markedHandles[0];
  await dialog.locator(`a[href="/${target}/"]`).filter({ hasText: target }).click();
  await expect(site).toHaveURL(`https://www.instagram.com/${target}/`);
});
