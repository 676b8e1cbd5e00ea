// DOM building for the mock sites (served to their pages as /static/mock-dom.js, before each app).
// Never innerHTML: scenario data goes in through textContent and attributes only.
(() => {
  'use strict';

  function h(tag, props = {}, children = []) {
    const el = document.createElement(tag);
    setProps(el, props);
    appendChildren(el, children);
    return el;
  }

  function svg(tag, attrs = {}, children = []) {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    setProps(el, attrs);
    appendChildren(el, children);
    return el;
  }

  function setProps(el, props) {
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === false) continue;
      if (key === 'class') el.setAttribute('class', value);
      else if (key === 'style') Object.assign(el.style, value);
      else if (key === 'text') el.textContent = value;
      else if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }

  function appendChildren(el, children) {
    for (const child of [].concat(children)) {
      if (child == null || child === false) continue;
      el.append(child);
    }
  }

  /** FNV-1a: stable pseudo-random numbers from names, so generated data is the same on every load. */
  function hashString(text) {
    let hash = 2166136261;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 16777619);
    }
    return hash >>> 0;
  }

  window.mockDom = { h, svg, hashString };
})();
