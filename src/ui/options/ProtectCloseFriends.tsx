import { t, tPlural } from '../../i18n/translate';
import { sendToBackground } from '../send';
import { StatusLine } from './StatusLine';
import { useStatus } from './use-status';

/**
 * Instagram's close friends, from the download just imported, offered as protected (kept out of the
 * review lists): one click, never done silently.
 */
export function ProtectCloseFriends({ accountId, handles }: { accountId: string; handles: string[] }) {
  const { status, attempt } = useStatus();
  const protect = () =>
    attempt(
      async () => {
        await sendToBackground({ type: 'people.annotate', accountId, handles, change: { protected: true } });
        return tPlural('closeFriendsProtected', handles.length);
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
    </div>
  );
}
