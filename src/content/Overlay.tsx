import { capitalize, earlyEndAdvice, formatCoverage, LIST_LABEL, unreadableText } from '../ui/format';
import type { OverlayActions, OverlayView } from './overlay-view';
import './overlay.css';

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const list = LIST_LABEL[view.list];
  return (
    <section class="fl-overlay" role="status" aria-live="polite" aria-label="Follow Ledger">
      <header>
        <strong>Follow Ledger</strong>
        <button type="button" class="fl-close" aria-label="Hide Follow Ledger" onClick={actions.dismiss}>
          ×
        </button>
      </header>
      {view.unreadable ? (
        <p class="fl-problem">{unreadableText(view.list, view.unreadable)}</p>
      ) : view.problem ? (
        <p class="fl-problem">{view.problem}</p>
      ) : view.phase === 'finished' && view.result ? (
        <Result list={list} view={view} result={view.result} />
      ) : (
        <>
          <p class="fl-progress">
            {view.phase === 'ending' ? 'Saving' : 'Reading'} {list} · {formatCoverage(view.read, view.header)}
          </p>
          {view.phase === 'reading' && (
            <>
              {view.trouble ? (
                <p class="fl-problem">{view.trouble}</p>
              ) : (
                <p class="fl-hint">Scroll to the end of the list for a complete capture.</p>
              )}
              <button type="button" class="fl-assist" aria-pressed={view.assisting} onClick={actions.toggleAssist}>
                {view.assisting ? 'Stop' : 'Assist scroll'}
              </button>
            </>
          )}
        </>
      )}
      {view.assistNote && <p class="fl-note">{view.assistNote}</p>}
    </section>
  );
}

function Result({ list, view, result }: { list: string; view: OverlayView; result: NonNullable<OverlayView['result']> }) {
  const coverage = formatCoverage(result.read, view.header);
  if (result.complete) {
    return (
      <p class="fl-result fl-complete">
        {capitalize(list)} complete · {coverage} read. Open the Follow Ledger popup to review.
      </p>
    );
  }
  return (
    <p class="fl-result fl-partial">
      {capitalize(list)} partial · {coverage} read.{' '}
      {result.endReached
        ? earlyEndAdvice(view.platform, view.list, result.read, view.header)
        : 'End not reached: open the list again and scroll to the end for a complete capture.'}
    </p>
  );
}
