import { useState } from 'preact/hooks';

import { errorText, t, tPlural } from '../../i18n/translate';
import { HandleList } from './HandleList';
import { protectKnown } from './protect-known';
import { type Status, StatusLine } from './StatusLine';

/**
 * Instagram's close friends, from the download just imported, offered as protected (kept out of the
 * review lists): one click, never done silently.
 */
export function ProtectCloseFriends({ accountId, handles }: { accountId: string; handles: string[] }) {
  const [status, setStatus] = useState<Status>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const protect = async () => {
    try {
      const found = await protectKnown(accountId, handles);
      setStatus({ kind: 'ok', text: tPlural('closeFriendsProtected', found.matched.length) });
      setUnmatched(found.unmatched.map((handle) => `@${handle}`));
    } catch (error) {
      setStatus({ kind: 'error', text: t('nothingChanged', { error: errorText(error) }) });
    }
  };
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
