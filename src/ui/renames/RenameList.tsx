import { useState } from 'preact/hooks';

import { errorText, t, tPlural } from '../../i18n/translate';
import type { RenameOutcome } from '../../storage/rename-decisions';
import type { Rename } from '../../storage/renames';
import { sendToBackground } from '../send';

const OUTCOME = {
  moved: 'renameMoved',
  merged: 'renameMerged',
  nothing: 'renameNothing',
  split: 'renameSplitDone',
} as const;

/**
 * Likely renames in place of the lost and new changes they stand for, each with the person's two
 * answers: confirm (annotations follow) or not a rename (the two are shown apart from then on).
 * Always "likely" until confirmed: the sites give no ids that would prove it.
 */
export function RenameList({
  renames,
  accountId,
  onDecided,
}: {
  renames: readonly Rename[];
  accountId: string;
  onDecided: () => void;
}) {
  const [said, setSaid] = useState('');
  if (renames.length === 0 && !said) return null;
  const decide = (pair: Rename, decision: 'confirm' | 'split') =>
    sendToBackground({ type: 'people.rename', accountId, from: pair.from, to: pair.to, decision }).then(
      (outcome: RenameOutcome) => {
        setSaid(t(OUTCOME[outcome], { from: pair.from, to: pair.to }));
        onDecided();
      },
      (failure: unknown) => setSaid(t('notSaved', { error: errorText(failure) })),
    );
  return (
    <section class="renames" aria-label={t('renamesTitle')}>
      {renames.length > 0 && <p class="muted">{tPlural('renamesNotCounted', renames.length)}</p>}
      <ul>
        {renames.map((pair) => (
          <li key={`${pair.from}:${pair.to}:${pair.before}`} data-rename={`${pair.from}>${pair.to}`}>
            <span>
              {t(pair.confirmed ? 'renameConfirmed' : 'renameLikely', { from: pair.from, to: pair.to })}
            </span>
            {!pair.confirmed && (
              <span class="rename-actions">
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('renameConfirmLabel', { from: pair.from, to: pair.to })}
                  onClick={() => void decide(pair, 'confirm')}
                >
                  {t('renameConfirm')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('renameSplitLabel', { from: pair.from, to: pair.to })}
                  onClick={() => void decide(pair, 'split')}
                >
                  {t('renameSplit')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <p role="status" class="rename-said">
        {said}
      </p>
    </section>
  );
}
