import { type MockAccount, serveInstagram } from './mock-instagram/server';
import { expect, test } from './support/extension';
import { captureBothLists } from './support/instagram-user';

const ME = 'corner.cafe';
const people = (from: number, to: number): MockAccount[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ handle: `p${String(from + i).padStart(2, '0')}` }));

test('a paste of handles and profile links protects the accounts the ledger holds and lists the rest', async ({
  context,
  extensionId,
  openPopup,
}) => {
  // Fans p01–p05, mutuals p06–p10, not following back p11 and p12.
  await serveInstagram(context, () => ({ me: ME, followers: people(1, 10), following: people(6, 12) }));
  await captureBothLists(await context.newPage(), ME);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Protect accounts in bulk' });
  const paste = section.getByRole('textbox', { name: 'Handles or profile links' });
  const protect = section.getByRole('button', { name: 'Protect them' });

  // Nothing to read, or nobody the ledger knows: said, and nothing changes.
  await paste.fill(' ,\n ');
  await protect.click();
  await expect(section.getByRole('alert')).toHaveText(
    'Paste at least one handle or profile link: nothing was changed.',
  );
  await paste.fill('@ghost.one');
  await protect.click();
  await expect(section.getByRole('alert')).toHaveText('None of them is in this ledger: nothing was changed.');
  await expect(section.getByTestId('bulkProtectUnmatched').getByRole('listitem')).toHaveText(['@ghost.one']);

  await paste.fill(
    '@P11, https://www.instagram.com/p01/?hl=de\ninstagram.com/p12 ; @ghost.one • nobody!! p11',
  );
  await protect.click();
  await expect(section.getByRole('status')).toHaveText(
    '3 accounts of this ledger matched and are now protected.',
  );
  await expect(section.getByTestId('bulkProtectUnmatched')).toContainText(
    '1 not in this ledger, not protected:',
  );
  await expect(section.getByTestId('bulkProtectUnmatched').getByRole('listitem')).toHaveText(['@ghost.one']);
  await expect(section.getByTestId('bulkProtectUnreadable').getByRole('listitem')).toHaveText(['nobody!!']);

  // The protected accounts leave the review views: none left that doesn't follow back, one fan fewer.
  const popup = await openPopup();
  await expect(popup.getByTestId('count-notFollowingBack')).toHaveText('0');
  await expect(popup.getByTestId('count-fans')).toHaveText('4');
  await expect(popup.getByTestId('count-protected')).toHaveText('3');
});
