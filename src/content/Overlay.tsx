import type { ComponentChildren } from 'preact';

import type { ListKind } from '../domain/types';
import type { MessageKey } from '../i18n/translatable';
import { t, translate } from '../i18n/translate';
import { earlyEndAdvice, formatCount, formatCoverage, unreadableText } from '../wording/format';
import { onlyTrusted } from './hidden-host';
import type { CaptureView, OverlayActions, OverlayView } from './overlay-view';

const PROGRESS = {
  reading: { followers: 'overlayReadingFollowers', following: 'overlayReadingFollowing' },
  saving: { followers: 'overlaySavingFollowers', following: 'overlaySavingFollowing' },
} as const satisfies Record<string, Record<ListKind, MessageKey>>;

const RESULT = {
  complete: { followers: 'resultCompleteFollowers', following: 'resultCompleteFollowing' },
  partial: { followers: 'resultPartialFollowers', following: 'resultPartialFollowing' },
} as const satisfies Record<string, Record<ListKind, MessageKey>>;

/** What the overlay shows once the extension is gone (updated or reloaded), when browser.i18n no longer answers. */
export const OVERLAY_WITHOUT_EXTENSION = [
  'extName',
  'languageTag',
  'overlayClose',
  'extensionRestarted',
] as const satisfies readonly MessageKey[];

const ANNOUNCE_READING = {
  followers: 'announceReadingFollowers',
  following: 'announceReadingFollowing',
} as const satisfies Record<ListKind, MessageKey>;

/**
 * The box in the site's page. It is a region, not a live one: the count changes with every row read, and a
 * screen reader would read each. What changes the state (reading, trouble, the result) is said once by
 * the status line beside it.
 */
export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const refusal = 'refusal' in view ? translate(view.refusal) : null;
  return (
    <>
      {refusal === null ? (
        <OverlayBox view={view as CaptureView} actions={actions} />
      ) : (
        <Frame actions={actions}>
          <p class="fl-problem">{refusal}</p>
        </Frame>
      )}
      <p class="fl-announce" role="status" lang={t('languageTag')}>
        {refusal ?? announcement(view as CaptureView)}
      </p>
    </>
  );
}

function announcement(view: CaptureView): string {
  if (view.unreadable) return unreadableText(view.list, view.unreadable);
  if (view.problem) return translate(view.problem);
  if (view.phase === 'finished' && view.result) {
    const { headline, next } = resultText(view, view.result);
    return `${headline} ${next}`;
  }
  return [
    t(ANNOUNCE_READING[view.list]),
    view.trouble && translate(view.trouble),
    view.startUnread && t('overlayStartUnread'),
    view.assistNote && translate(view.assistNote),
  ]
    .filter(Boolean)
    .join(' ');
}

function Frame({ actions, children }: { actions: OverlayActions; children: ComponentChildren }) {
  return (
    <section class="fl-overlay" aria-label={t('extName')} lang={t('languageTag')}>
      <header>
        <strong>{t('extName')}</strong>
        <button
          type="button"
          class="fl-close"
          aria-label={t('overlayClose')}
          onClick={onlyTrusted(actions.dismiss)}
        >
          ×
        </button>
      </header>
      {children}
    </section>
  );
}

function OverlayBox({ view, actions }: { view: CaptureView; actions: OverlayActions }) {
  return (
    <Frame actions={actions}>
      {view.unreadable ? (
        <p class="fl-problem">{unreadableText(view.list, view.unreadable)}</p>
      ) : view.problem ? (
        <p class="fl-problem">{translate(view.problem)}</p>
      ) : view.phase === 'finished' && view.result ? (
        <Result view={view} result={view.result} />
      ) : (
        <>
          <p class="fl-progress">
            {t(PROGRESS[view.phase === 'ending' ? 'saving' : 'reading'][view.list], {
              coverage: formatCoverage(view.read, view.header),
            })}
          </p>
          {view.phase === 'reading' && (
            <>
              {view.trouble ? (
                <p class="fl-problem">{translate(view.trouble)}</p>
              ) : view.startUnread ? (
                <p class="fl-hint">{t('overlayStartUnread')}</p>
              ) : (
                <p class="fl-hint">{t('overlayHint')}</p>
              )}
              <button
                type="button"
                class="fl-assist"
                aria-pressed={view.assisting}
                onClick={onlyTrusted(actions.toggleAssist)}
              >
                {t(view.assisting ? 'assistStop' : 'assistStart')}
              </button>
            </>
          )}
        </>
      )}
      {view.headerMovedFrom && view.header && (
        <p class="fl-note">
          {t('headerCountMoved', {
            from: formatCount(view.headerMovedFrom.value),
            to: formatCount(view.header.value),
          })}
        </p>
      )}
      {view.assistNote && <p class="fl-note">{translate(view.assistNote)}</p>}
    </Frame>
  );
}

/** What a finished capture came to, and what to do next. */
function resultText(
  view: CaptureView,
  result: NonNullable<CaptureView['result']>,
): { headline: string; next: string } {
  const coverage = formatCoverage(result.read, view.header);
  if (result.complete)
    return { headline: t(RESULT.complete[view.list], { coverage }), next: t('resultOpenPopup') };
  return {
    headline: t(RESULT.partial[view.list], { coverage }),
    next: result.endReached
      ? earlyEndAdvice(view.platform, view.list, result.read, view.header)
      : t('resultEndNotReached'),
  };
}

function Result({ view, result }: { view: CaptureView; result: NonNullable<CaptureView['result']> }) {
  const { headline, next } = resultText(view, result);
  return (
    <p class={`fl-result ${result.complete ? 'fl-complete' : 'fl-partial'}`}>
      <strong>{headline}</strong> {next}
    </p>
  );
}
