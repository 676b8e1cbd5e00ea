import { capitalize, earlyEndAdvice, formatCoverage, LIST_LABEL } from '../ui/format';
import type { OverlayActions, OverlayView } from './overlay-view';
import './overlay.css';

/**
 * The box in the site's page. It is a region, not a live one: the count changes with every row read, and a
 * screen reader would read each. What changes the state (reading, trouble, the result) is said once by
 * the status line beside it.
 */
export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const list = LIST_LABEL[view.list];
  return (
    <>
      <OverlayBox view={view} actions={actions} list={list} />
      <p class="fl-announce" role="status">
        {announcement(view, list)}
      </p>
    </>
  );
}

function announcement(view: OverlayView, list: string): string {
  if (view.problem) return view.problem;
  if (view.phase === 'finished' && view.result) {
    const { headline, next } = resultText(view, view.result, list);
    return `${headline} ${next}`;
  }
  return [`Reading ${list}.`, view.trouble, view.assistNote].filter(Boolean).join(' ');
}

function OverlayBox({ view, actions, list }: { view: OverlayView; actions: OverlayActions; list: string }) {
  return (
    <section class="fl-overlay" aria-label="Follow Ledger">
      <header>
        <strong>Follow Ledger</strong>
        <button type="button" class="fl-close" aria-label="Hide Follow Ledger" onClick={actions.dismiss}>
          ×
        </button>
      </header>
      {view.problem ? (
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

/** What a finished capture came to, and what to do next. */
function resultText(view: OverlayView, result: NonNullable<OverlayView['result']>, list: string): { headline: string; next: string } {
  const coverage = formatCoverage(result.read, view.header);
  if (result.complete) return { headline: `${capitalize(list)} complete · ${coverage} read.`, next: 'Open the Follow Ledger popup to review.' };
  return {
    headline: `${capitalize(list)} partial · ${coverage} read.`,
    next: result.endReached
      ? earlyEndAdvice(view.platform, view.list, result.read, view.header)
      : 'End not reached: open the list again and scroll to the end for a complete capture.',
  };
}

function Result({ list, view, result }: { list: string; view: OverlayView; result: NonNullable<OverlayView['result']> }) {
  const { headline, next } = resultText(view, result, list);
  return (
    <p class={`fl-result ${result.complete ? 'fl-complete' : 'fl-partial'}`}>
      <strong>{headline}</strong> {next}
    </p>
  );
}
