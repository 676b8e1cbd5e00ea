import { useEffect, useRef } from 'preact/hooks';

import type { Platform } from '../../domain/types';
import { t } from '../../i18n/translate';
import { formatDay } from '../../wording/format';
import { EntrySummary } from '../EntrySummary';
import type { ReviewEntry } from '../review-views';
import { useVirtualRows } from './use-virtual-rows';

const ROW_HEIGHT = 60;

export interface ListActions {
  setActive(index: number): void;
  open(entry: ReviewEntry): void;
  toggleProtected(entry: ReviewEntry): void;
  toggleReviewed(entry: ReviewEntry): void;
  toggleSelected(entry: ReviewEntry): void;
}

/**
 * The review queue: a listbox the keyboard drives (↑/↓ or j/k, Enter, p, r, x), virtualized so a list
 * of any length scrolls smoothly. The active row follows focus; selection is for bulk actions.
 */
export function ReviewList(props: {
  label: string;
  platform: Platform;
  entries: ReviewEntry[];
  active: number;
  selected: ReadonlySet<string>;
  actions: ListActions;
}) {
  const { entries, active, selected, actions, platform } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows(entries.length, scroller, ROW_HEIGHT);
  const activeEntry = entries[active];

  useEffect(() => {
    if (entries.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, entries.length, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = (to: number) => {
      event.preventDefault();
      actions.setActive(Math.max(0, Math.min(entries.length - 1, to)));
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return move(active + 1);
      case 'ArrowUp':
      case 'k':
        return move(active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(entries.length - 1);
      case 'PageDown':
        return move(active + 10);
      case 'PageUp':
        return move(active - 10);
    }
    if (!activeEntry) return;
    const act = (action: (entry: ReviewEntry) => void) => {
      event.preventDefault();
      action(activeEntry);
    };
    if (event.key === 'Enter') act(actions.open);
    else if (event.key === 'p') act(actions.toggleProtected);
    else if (event.key === 'r') act(actions.toggleReviewed);
    else if (event.key === 'x' || event.key === ' ') act(actions.toggleSelected);
  };

  return (
    <div
      ref={scroller}
      class="rows"
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-multiselectable="true"
      aria-activedescendant={activeEntry ? rowId(activeEntry) : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          const person = entry.person;
          return (
            <div
              key={entry.handle}
              id={rowId(entry)}
              role="option"
              aria-selected={selected.has(entry.handle)}
              aria-label={describe(entry)}
              class={item.index === active ? 'row active' : 'row'}
              style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              onClick={() => actions.setActive(item.index)}
            >
              {/* Drawn, not an input: an option can't hold a control; aria-selected says it, x or Space toggles it. */}
              <span class="check" aria-hidden="true" onClick={() => actions.toggleSelected(entry)}>
                {selected.has(entry.handle) ? '✓' : ''}
              </span>
              <div class="summary">
                <div class="line">
                  <EntrySummary platform={platform} entry={entry} linked={false} />
                </div>
                <div class="marks">
                  {person?.protected && <span class="mark">{t('protectedMark')}</span>}
                  {person?.reviewedAt !== undefined && (
                    <span class="mark reviewed">
                      {t('reviewedOn', { day: formatDay(person.reviewedAt) })}
                    </span>
                  )}
                  {person?.tags?.map((tag) => (
                    <span key={tag} class="mark tag">
                      {tag}
                    </span>
                  ))}
                  {person?.note && (
                    <span class="mark note" title={person.note}>
                      {person.note}
                    </span>
                  )}
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function rowId(entry: ReviewEntry): string {
  return `row-${entry.handle}`;
}

/** What a screen reader says for a row: everything the row shows, in words. */
function describe(entry: ReviewEntry): string {
  const parts = [`@${entry.handle}`];
  if (entry.member?.displayName) parts.push(entry.member.displayName);
  if (entry.member?.verified) parts.push(t('rowVerified'));
  if (entry.person?.protected) parts.push(t('rowProtected'));
  parts.push(t(entry.person?.reviewedAt !== undefined ? 'rowReviewed' : 'rowNotReviewed'));
  if (entry.person?.tags?.length) parts.push(t('rowTags', { tags: entry.person.tags.join(', ') }));
  if (entry.person?.note) parts.push(t('rowNote', { note: entry.person.note }));
  return parts.join(', ');
}
