// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

import { hiddenUi, onlyTrusted, randomElementName } from '../../src/content/hidden-host';
import { markRow } from '../../src/content/row-markers';

describe("the extension's elements in a site's page", () => {
  it('are named anew each time, as valid custom elements that can hold a closed shadow root', () => {
    const names = Array.from({ length: 200 }, () => randomElementName());
    expect(new Set(names).size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]{4,8}-[a-z]{4,8}$/);
      expect(document.createElement(name).attachShadow({ mode: 'closed' })).toBeTruthy();
    }
  });

  it('ignore a click the page made up, and answer the one the person made', () => {
    const pressed = vi.fn();
    const button = document.createElement('button');
    button.addEventListener('click', onlyTrusted(pressed));
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pressed).not.toHaveBeenCalled();
    onlyTrusted(pressed)({ isTrusted: true } as Event);
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it('mark a row once, with nothing the page can read or find by name', () => {
    const link = document.createElement('a');
    markRow(link, "doesn't follow back");
    markRow(link, "doesn't follow back");
    expect(link.children).toHaveLength(1);
    const host = link.firstElementChild!;
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes).toHaveLength(0);
    expect(link.textContent).toBe('');
    expect(host.localName).not.toMatch(/follow|ledger/);
  });

  it("hold what they draw in a closed root the site can't open, with the site's styles reset", () => {
    const { host, container } = hiddenUi('.mine { color: red }');
    document.body.append(host);
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes).toHaveLength(0);
    const root = container.getRootNode() as ShadowRoot;
    expect(root.querySelector('style')?.textContent).toContain(':host{all:initial !important;}');
    expect(root.querySelector('style')?.textContent).toContain('.mine { color: red }');
    host.remove();
  });

  it('keep keys typed inside from the site only when asked to', () => {
    const heard = vi.fn();
    document.addEventListener('keydown', heard);
    for (const isolateKeys of [true, false]) {
      const { host, container } = hiddenUi('', isolateKeys);
      document.body.append(host);
      const input = document.createElement('input');
      container.append(input);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
      host.remove();
    }
    expect(heard).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', heard);
  });
});
