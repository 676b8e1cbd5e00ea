import { useEffect, useState } from 'preact/hooks';

import { type Rhythm, RHYTHMS } from '../../domain/rhythm';
import { errorText, t } from '../../i18n/translate';
import { readRhythm } from '../../storage/rhythm';
import { ledgerDb } from '../ledger-db';
import { sendToBackground } from '../send';
import { type Status, StatusLine } from './StatusLine';

const WORDS = { daily: 'rhythmDaily', weekly: 'rhythmWeekly', off: 'rhythmOff' } as const;

/** How often the toolbar button reminds the person to read their lists completely. */
export function RhythmSetting() {
  const [rhythm, setRhythm] = useState<Rhythm | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    ledgerDb()
      .then(readRhythm)
      .then(setRhythm, () => setRhythm(null));
  }, []);
  const choose = async (chosen: Rhythm) => {
    try {
      setRhythm(await sendToBackground({ type: 'settings.rhythm', rhythm: chosen }));
      setStatus({ kind: 'ok', text: t('rhythmSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('rhythmNotSaved', { error: errorText(error) }) });
    }
  };
  return (
    <section aria-labelledby="rhythm">
      <h2 id="rhythm">{t('rhythmHeading')}</h2>
      <label>
        {t('rhythmLabel')}{' '}
        <select
          value={rhythm ?? ''}
          disabled={rhythm === null}
          onChange={(event) => void choose(event.currentTarget.value as Rhythm)}
        >
          {RHYTHMS.map((choice) => (
            <option key={choice} value={choice}>
              {t(WORDS[choice])}
            </option>
          ))}
        </select>
      </label>
      <StatusLine status={status} />
    </section>
  );
}
