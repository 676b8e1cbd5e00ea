import type { DownloadContents } from '../../data/downloads';
import { downloadDate } from '../../domain/import-rule';
import { PLATFORM_NAMES } from '../../domain/platforms';
import { t, tPlural } from '../../i18n/translate';
import type { ImportResult } from '../../storage/imports';
import { formatList, formatMoment, listTitle } from '../../wording/format';
import { importBasisText } from '../../wording/import-basis';

/** What a download holds, before anything is written: lists, skipped accounts, dates read, empty lists, owner. */
export function downloadSummary(contents: DownloadContents, now: number): string {
  const rows = contents.lists.flatMap((list) => list.rows);
  const lines = [
    t('downloadSummary', {
      platform: PLATFORM_NAMES[contents.platform],
      date: formatMoment(downloadDate(contents.filesDated, rows, now)),
      lists: formatList(
        contents.lists.map((list) =>
          tPlural(list.list === 'followers' ? 'followerCount' : 'followingCount', list.rows.length),
        ),
      ),
    }),
    t('datesRead', { dated: rows.length - contents.undated, total: rows.length }),
  ];
  if (contents.skipped) lines.push(tPlural('skippedAccounts', contents.skipped));
  for (const list of contents.emptyLists)
    lines.push(t(list === 'followers' ? 'downloadNoFollowers' : 'downloadNoFollowing'));
  if (contents.owner) lines.push(t('downloadOwnerNamed', { handle: `@${contents.owner}` }));
  return lines.join(' ');
}

/** What was actually stored, list by list, complete or partial and why. */
export function importOutcome(handle: string, contents: DownloadContents, result: ImportResult): string {
  const unfollows = result.unfollowed ? ` ${tPlural('unfollowsRecorded', result.unfollowed)}` : '';
  return `${t('importedInto', {
    handle: `@${handle}`,
    platform: PLATFORM_NAMES[contents.platform],
    date: formatMoment(result.at),
    lists: result.lists
      .map((list) =>
        t(list.complete ? 'importedListComplete' : 'importedListPartial', {
          list: listTitle(list.list),
          read: list.read,
          reason: importBasisText(list.basis),
        }),
      )
      .join(' '),
  })}${unfollows}`;
}
