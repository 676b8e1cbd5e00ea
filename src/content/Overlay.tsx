import { t, translate } from '../i18n/translate';
import { earlyEndAdvice, formatCoverage } from '../ui/format';
import type { ListKind } from '../domain/types';
import type { MessageKey } from '../i18n/translatable';
import type { OverlayActions, OverlayView } from './overlay-view';
import './overlay.css';

const PROGRESS = {
  reading: { followers: 'overlayReadingFollowers', following: 'overlayReadingFollowing' },
  saving: { followers: 'overlaySavingFollowers', following: 'overlaySavingFollowing' },
} as const satisfies Record<string, Record<ListKind, MessageKey>>;

const RESULT = {
  complete: { followers: 'resultCompleteFollowers', following: 'resultCompleteFollowing' },
  partial: { followers: 'resultPartialFollowers', following: 'resultPartialFollowing' },
} as const satisfies Record<string, Record<ListKind, MessageKey>>;

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  return (
    <section class="fl-overlay" role="status" aria-live="polite" aria-label={t('extName')} lang={t('languageTag')}>
      <header>
        <strong>{t('extName')}</strong>
        <button type="button" class="fl-close" aria-label={t('overlayClose')} onClick={actions.dismiss}>
          ×
        </button>
      </header>
      {view.problem ? (
        <p class="fl-problem">{translate(view.problem)}</p>
      ) : view.phase === 'finished' && view.result ? (
        <Result view={view} result={view.result} />
      ) : (
        <>
          <p class="fl-progress">
            {t(PROGRESS[view.phase === 'ending' ? 'saving' : 'reading'][view.list], { coverage: formatCoverage(view.read, view.header) })}
          </p>
          {view.phase === 'reading' && (
            <>
              {view.trouble ? (
                <p class="fl-problem">{translate(view.trouble)}</p>
              ) : (
                <p class="fl-hint">{t('overlayHint')}</p>
              )}
              <button type="button" class="fl-assist" aria-pressed={view.assisting} onClick={actions.toggleAssist}>
                {t(view.assisting ? 'assistStop' : 'assistStart')}
              </button>
            </>
          )}
        </>
      )}
      {view.assistNote && <p class="fl-note">{translate(view.assistNote)}</p>}
    </section>
  );
}

function Result({ view, result }: { view: OverlayView; result: NonNullable<OverlayView['result']> }) {
  const coverage = formatCoverage(result.read, view.header);
  if (result.complete) {
    return <p class="fl-result fl-complete">{t(RESULT.complete[view.list], { coverage })}</p>;
  }
  return (
    <p class="fl-result fl-partial">
      {t(RESULT.partial[view.list], { coverage })}{' '}
      {result.endReached ? earlyEndAdvice(view.platform, view.list, result.read, view.header) : t('resultEndNotReached')}
    </p>
  );
}
