import type { ListKind, Platform } from '../../domain/types';
import { t } from '../../i18n/translate';
import type { CaptureRecord } from '../../storage/schema';
import { earlyEndAdvice, formatCoverage, formatMoment, listTitle } from '../../wording/format';
import { importBasisText } from '../../wording/import-basis';

/** "Followers: 1,180 of 1,234 read · end not reached: keep scrolling" — every number with its coverage. */
export function CaptureStatus({
  platform,
  list,
  capture,
}: {
  platform: Platform;
  list: ListKind;
  capture: CaptureRecord | null;
}) {
  const label = t('labelWithColon', { label: listTitle(list) });
  if (!capture) {
    return (
      <p class="capture-status" data-testid={`capture-${list}`}>
        <strong>{label}</strong> {t('notCapturedYet')}
      </p>
    );
  }
  return (
    <p class="capture-status" data-testid={`capture-${list}`}>
      <strong>{label}</strong> {t('coverageRead', { coverage: formatCoverage(capture.read, capture.header) })}{' '}
      · <Verdict capture={capture} />
      <span class="muted">
        {' '}
        ·{' '}
        {capture.source === 'import'
          ? t('fromDownloadOf', { date: formatMoment(capture.endedAt ?? capture.updatedAt) })
          : formatMoment(capture.endedAt ?? capture.updatedAt)}
        {capture.basis && ` · ${importBasisText(capture.basis)}`}
      </span>
      {capture.status === 'closed' && capture.endReached && !capture.complete && !capture.source && (
        <span class="advice">{earlyEndAdvice(platform, list, capture.read, capture.header)}</span>
      )}
    </p>
  );
}

export function Verdict({ capture }: { capture: CaptureRecord }) {
  if (capture.status === 'open') return <span class="partial">{t('verdictInProgress')}</span>;
  if (capture.complete) return <span class="complete">{t('verdictComplete')}</span>;
  if (capture.source === 'import') return <span class="partial">{t('verdictImportPartial')}</span>;
  return <span class="partial">{t(capture.endReached ? 'verdictEndedEarly' : 'verdictEndNotReached')}</span>;
}
