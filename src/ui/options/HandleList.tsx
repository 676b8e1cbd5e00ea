import { tPlural } from '../../i18n/translate';

/** Accounts left out of a bulk action, each on its own line, under how many there were. */
export function HandleList(props: {
  items: string[];
  words: 'bulkProtectUnmatched' | 'bulkProtectUnreadable';
}) {
  if (props.items.length === 0) return null;
  return (
    <div data-testid={props.words}>
      <p>{tPlural(props.words, props.items.length)}</p>
      <ul class="handles">
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
