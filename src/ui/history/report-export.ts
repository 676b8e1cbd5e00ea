import { toCsv } from '../../data/csv';
import { startOfLocalDay } from '../../domain/daily';
import type { PeriodReport } from '../../domain/period-report';
import { uiLocale } from '../../i18n/locale';
import { t } from '../../i18n/translate';
import { formatDay } from '../../wording/format';
import { downloadFile } from '../download-file';

/** The report's lines as label and value, the same in the page, the CSV and the picture. */
export function reportLines(report: PeriodReport): [string, string][] {
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 1 });
  return [
    [t('reportGained'), String(report.gained)],
    [t('reportLost'), String(report.lost)],
    [t('reportNet'), report.net > 0 ? `+${report.net}` : String(report.net)],
    [t('reportChurn'), report.churn === null ? t('notAvailable') : percent.format(report.churn)],
    [t('reportLostFriends'), String(report.lostFriends.length)],
    [t('reportRenamed'), String(report.renamed)],
  ];
}

export const reportDay = (date: string) => formatDay(startOfLocalDay(date));

export function endedByText(endedBy: 'them' | 'me' | undefined): string {
  return endedBy === 'me' ? t('reportEndedByMe') : endedBy === 'them' ? t('reportEndedByThem') : '';
}

const fileName = (report: PeriodReport, ext: string) =>
  `follow-ledger-report-${report.from}-to-${report.to}.${ext}`;

/**
 * Dates stay ISO in the CSV, so a spreadsheet in any language reads them as dates; handles go without
 * "@" and a biggest day's gained and lost as plain numbers, which the CSV's formula guard leaves alone.
 */
export function exportReportCsv(report: PeriodReport, account: string): void {
  const rows: string[][] = [
    [t('reportAccount'), account.replace(/^@/, '')],
    [t('reportFrom'), report.from],
    [t('reportTo'), report.to],
    ...reportLines(report),
    ...report.lostFriends.map((event) => [t('reportLostFriend'), event.handle, endedByText(event.endedBy)]),
    ...report.biggestDays.map((day) => [
      t('reportBiggestDay'),
      day.date,
      String(day.gained),
      String(day.lost),
    ]),
  ];
  downloadFile(fileName(report, 'csv'), toCsv([t('reportCsvItem'), t('reportCsvValue')], rows), 'text/csv');
}

/** The chart as drawn, on white, with the report's numbers under it: a picture to send as it is. */
export function exportReportPng(
  report: PeriodReport,
  account: string,
  chart: HTMLCanvasElement | null,
): void {
  const width = Math.max(640, chart?.width ?? 0);
  const chartHeight = chart?.height ?? 0;
  const lines = [
    `${account} · ${reportDay(report.from)} – ${reportDay(report.to)}`,
    ...reportLines(report).map(([label, value]) => `${t('labelWithColon', { label })} ${value}`),
    ...report.biggestDays.map((day) =>
      t('reportDayChanges', { day: reportDay(day.date), gained: day.gained, lost: day.lost }),
    ),
  ];
  const canvas = Object.assign(document.createElement('canvas'), {
    width,
    height: chartHeight + 24 + lines.length * 24 + 16,
  });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (chart) ctx.drawImage(chart, 0, 0);
  ctx.fillStyle = '#1c1e21';
  ctx.font = '16px system-ui, sans-serif';
  lines.forEach((line, index) => ctx.fillText(line, 16, chartHeight + 32 + index * 24));
  canvas.toBlob((blob) => blob && downloadFile(fileName(report, 'png'), blob), 'image/png');
}
