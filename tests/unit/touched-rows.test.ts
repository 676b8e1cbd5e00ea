// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { touchedRows } from '../../src/content/touched-rows';

/** The records a real observer takes while `change` edits a list of rows a, b, c. */
async function recordsOf(change: (rows: HTMLElement, byName: (name: string) => HTMLElement) => void) {
  const rows = document.createElement('div');
  rows.innerHTML = '<div id="a"><span>a</span></div><div id="b"><span>b</span></div><div id="c"></div>';
  document.body.replaceChildren(rows);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((taken) => records.push(...taken));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  change(rows, (name) => rows.querySelector<HTMLElement>(`#${name}`)!);
  await new Promise((resolve) => setTimeout(resolve, 5));
  observer.disconnect();
  return { rows, touched: touchedRows(rows, records).map((element) => element.id) };
}

const row = (id: string) => Object.assign(document.createElement('div'), { id });

describe('touchedRows', () => {
  it('names the rows a render added, even those already scrolled away again', async () => {
    const { touched } = await recordsOf((rows) => {
      rows.append(row('d'), 'text', row('e'));
      rows.querySelector('#e')!.remove();
    });
    expect(touched).toEqual(['d', 'e']);
  });

  it('names the row around a change deep inside it, once', async () => {
    const { touched } = await recordsOf((_, byName) => {
      byName('b').querySelector('span')!.append(document.createElement('a'));
      byName('b').append(document.createElement('span'));
    });
    expect(touched).toEqual(['b']);
  });

  it('names nothing for rows removed, or for changes outside the rows', async () => {
    const { touched } = await recordsOf((rows, byName) => {
      byName('a').remove();
      byName('b').querySelector('span')!.remove();
      document.body.append(document.createElement('p'));
      rows.before(document.createElement('p'));
    });
    expect(touched).toEqual([]);
  });
});
