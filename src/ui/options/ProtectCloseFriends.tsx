import { useState } from 'preact/hooks';

import { errorText, t, tPlural } from '../../i18n/translate';
import { sendToBackground } from '../send';
import { type Status, StatusLine } from './StatusLine';

/**
 * Instagram's close friends, from the download just imported, offered as protected (kept out of the
 * review lists): one click, never done silently.
 */
export function ProtectCloseFriends({ accountId, handles }: { accountId: string; handles: string[] }) {
  const [status, setStatus] = useState<Status>(null);
  const protect = async () => {
    try {
      await sendToBackground({ type: 'people.annotate', accountId, handles, change: { protected: true } });
      setStatus({ kind: 'ok', text: tPlural('closeFriendsProtected', handles.length) });
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
    </div>
  );
}
