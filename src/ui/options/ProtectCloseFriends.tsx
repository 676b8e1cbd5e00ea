import { useState } from 'preact/hooks';

import { t, tPlural } from '../../i18n/translate';
import { HandleList } from './HandleList';
import { protectKnown } from './protect-known';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';

/**
 * Instagram's close friends, from the download just imported, offered as protected (kept out of the
 * review lists): one click, never done silently.
 */
export function ProtectCloseFriends({ accountId, handles }: { accountId: string; handles: string[] }) {
  const { status, attempt } = useStatus();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const protect = () =>
    attempt(
      async () => {
        const found = await protectKnown(accountId, handles);
        setUnmatched(found.unmatched.map((handle) => `@${handle}`));
        return tPlural('closeFriendsProtected', found.matched.length);
      },
      (error) => t('nothingChanged', { error }),
    );
  return (
    <div class="close-friends">
      {status?.kind !== 'ok' && (
        <button type="button" class="secondary" onClick={protect}>
          {tPlural('protectCloseFriends', handles.length)}
        </button>
      )}
      <StatusLine status={status} />
      <HandleList items={unmatched} words="bulkProtectUnmatched" />
    </div>
  );
}
