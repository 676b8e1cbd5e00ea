import type { StateUpdater } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { profileUrl } from '../../domain/handle';
import type { PersonChange } from '../../domain/person-change';
import type { Platform } from '../../domain/types';
import { errorText, t } from '../../i18n/translate';
import { annotate } from '../../storage/people';
import type { PersonRecord } from '../../storage/schema';
import type { ReviewEntry } from '../review-views';
import { sendToBackground } from '../send';
import type { Bulk } from './BulkBar';
import type { ListActions } from './ReviewList';

export interface ReviewState {
  accountId: string;
  platform: Platform;
  selected: ReadonlySet<string>;
  setPeople: (update: StateUpdater<Map<string, PersonRecord>>) => void;
  setTags: (tags: string[]) => void;
  setSelected: (selected: StateUpdater<ReadonlySet<string>>) => void;
  setActive: (index: number) => void;
  announce: (words: string) => void;
  /** Reads the ledger again: a change the background refused is taken back. */
  reload: () => void;
}

/**
 * What the person does to accounts in the review list. A change shows at once and is then saved by
 * the background; when saving fails the person is told, and the ledger is read again.
 */
export function reviewActions(state: ReviewState) {
  const { accountId } = state;
  const change = (handles: string[], personChange: PersonChange, announce: string) => {
    const now = Date.now();
    state.setPeople((previous) => {
      const next = new Map(previous);
      for (const handle of handles) {
        const person = annotate(previous.get(handle), { accountId, handle }, personChange, now);
        if (person) next.set(handle, person);
        else next.delete(handle);
      }
      return next;
    });
    sendToBackground({ type: 'people.annotate', accountId, handles, change: personChange }).then(
      () => state.announce(announce),
      (failure: unknown) => {
        state.announce(t('notSaved', { error: errorText(failure) }));
        state.reload();
      },
    );
  };
  const openProfile = (entry: ReviewEntry) =>
    void browser.tabs.create({ url: profileUrl(state.platform, entry.handle) });
  const listActions: ListActions = {
    setActive: state.setActive,
    open: openProfile,
    toggleProtected: (entry) =>
      change(
        [entry.handle],
        { protected: !entry.person?.protected },
        t(entry.person?.protected ? 'announceUnprotected' : 'announceProtected', {
          handle: `@${entry.handle}`,
        }),
      ),
    toggleReviewed: (entry) => {
      const reviewed = entry.person?.reviewedAt !== undefined;
      change(
        [entry.handle],
        { reviewed: !reviewed },
        t(reviewed ? 'announceNotReviewed' : 'announceReviewed', { handle: `@${entry.handle}` }),
      );
    },
    toggleSelected: (entry) =>
      state.setSelected((previous) => {
        const next = new Set(previous);
        if (!next.delete(entry.handle)) next.add(entry.handle);
        return next;
      }),
  };
  const bulk: Bulk = (personChange, announce) => {
    const handles = [...state.selected];
    change(handles, personChange, announce(handles.length));
    state.setSelected(new Set());
  };
  const saveTags = (next: string[]) =>
    sendToBackground({ type: 'tags.set', tags: next }).then(state.setTags, (failure: unknown) =>
      state.announce(t('tagsNotSaved', { error: errorText(failure) })),
    );
  return { change, openProfile, listActions, bulk, saveTags };
}
