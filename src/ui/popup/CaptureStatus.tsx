import type { ListKind, Platform } from '../../domain/types';
import type { CaptureRecord } from '../../storage/schema';
import { capitalize, earlyEndAdvice, formatCoverage, formatMoment, LIST_LABEL } from '../format';

/** "Followers: 1,180 of 1,234 read · end not reached: keep scrolling" — every number with its coverage. */
export function CaptureStatus({ platform, list, capture }: { platform: Platform; list: ListKind; capture: CaptureRecord | null }) {
  const label = capitalize(LIST_LABEL[list]);
  if (!capture) {
    return (
      <p class="capture-status" data-testid={`capture-${list}`}>
        <strong>{label}:</strong> not captured yet
      </p>
    );
  }
  return (
    <p class="capture-status" data-testid={`capture-${list}`}>
      <strong>{label}:</strong> {formatCoverage(capture.read, capture.header)} read · <Verdict capture={capture} />
      <span class="muted">
        {' '}
        · {capture.source === 'import' ? 'from your data download of ' : ''}
        {formatMoment(capture.endedAt ?? capture.updatedAt)}
      </span>
      {capture.status === 'closed' && capture.endReached && !capture.complete && (
        <span class="advice">{earlyEndAdvice(platform, list, capture.read, capture.header)}</span>
      )}
    </p>
  );
}

export function Verdict({ capture }: { capture: CaptureRecord }) {
  if (capture.status === 'open') return <span class="partial">in progress</span>;
  if (capture.complete) return <span class="complete">complete</span>;
  return (
    <span class="partial">
      {capture.endReached ? 'partial: the list ended early' : 'partial: end not reached, keep scrolling'}
    </span>
  );
}
