import { useState } from 'preact/hooks';

import type { PersonChange } from '../../domain/person-change';
import { t } from '../../i18n/translate';
import { formatDay } from '../../wording/format';
import type { ReviewEntry } from '../review-views';
import { OwnWordNote } from './OwnWordNote';

/** The active account in full: open it, protect it, mark it reviewed, tag it, write a note. */
export function PersonDetail(props: {
  entry: ReviewEntry;
  tags: string[];
  onChange: (change: PersonChange, announce: string) => void;
  onOpen: () => void;
}) {
  const { entry, tags, onChange, onOpen } = props;
  const person = entry.person;
  const [note, setNote] = useState(person?.note ?? '');
  const isProtected = person?.protected === true;
  const reviewed = person?.reviewedAt !== undefined;
  const own = new Set(person?.tags ?? []);
  const handle = `@${entry.handle}`;
  return (
    <section class="detail" aria-label={t('reviewHandle', { handle })}>
      <h2>
        {handle} {entry.member?.displayName && <span class="name">{entry.member.displayName}</span>}
      </h2>
      <OwnWordNote person={person} />
      <div class="detail-actions">
        <button type="button" onClick={onOpen}>
          {t('openProfile')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-pressed={isProtected}
          onClick={() =>
            onChange(
              { protected: !isProtected },
              t(isProtected ? 'announceUnprotected' : 'announceProtected', { handle }),
            )
          }
        >
          {t(isProtected ? 'unprotect' : 'protect')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-pressed={reviewed}
          onClick={() =>
            onChange(
              { reviewed: !reviewed },
              t(reviewed ? 'announceNotReviewed' : 'announceReviewed', { handle }),
            )
          }
        >
          {reviewed ? t('reviewedOn', { day: formatDay(person!.reviewedAt!) }) : t('markReviewed')}
        </button>
      </div>
      <div class="tags" role="group" aria-label={t('tagsOf', { handle })}>
        {[...new Set([...tags, ...own])].map((tag) => (
          <button
            key={tag}
            type="button"
            class="tag-toggle"
            aria-pressed={own.has(tag)}
            onClick={() =>
              onChange(
                own.has(tag) ? { removeTags: [tag] } : { addTags: [tag] },
                t(own.has(tag) ? 'announceTagRemoved' : 'announceTagAdded', { tag, handle }),
              )
            }
          >
            {tag}
          </button>
        ))}
      </div>
      <label class="note">
        {t('noteLabel')}
        <textarea
          value={note}
          maxLength={2000}
          rows={2}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        class="secondary"
        disabled={note.trim() === (person?.note ?? '')}
        onClick={() => onChange({ note }, t('announceNoteSaved', { handle }))}
      >
        {t('saveNote')}
      </button>
    </section>
  );
}

/** The set of tags offered on every account; the user adds and removes them. */
export function TagSetEditor({ tags, onSave }: { tags: string[]; onSave: (tags: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    if (draft.trim()) onSave([...tags, draft]);
    setDraft('');
  };
  return (
    <details class="tag-set">
      <summary>{t('editTags')}</summary>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            {tag}{' '}
            <button
              type="button"
              class="secondary"
              aria-label={t('removeTag', { tag })}
              onClick={() => onSave(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('newTag')}{' '}
        <input
          value={draft}
          maxLength={40}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && add()}
        />
      </label>{' '}
      <button type="button" class="secondary" onClick={add}>
        {t('addTag')}
      </button>
    </details>
  );
}
