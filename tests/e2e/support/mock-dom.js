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

  /** Hues an avatar's colour is picked from: few enough that each is drawn once per page. */
  const AVATAR_HUES = 24;
  const avatars = new Map();

  /**
   * A generated avatar as a data: URI (no external hosts): the handle's initial on a colour of its own.
   * A PNG, like the sites' own JPEG pictures, not an SVG: the browser decodes a bitmap off the page's
   * main thread but draws an SVG on it, which would load that thread with work the real page does not do.
   */
  function avatarSrc(handle) {
    const hue = (hashString(handle) % AVATAR_HUES) * (360 / AVATAR_HUES);
    const initial = /^[A-Za-z0-9]/.test(handle) ? handle[0].toUpperCase() : '?';
    const key = `${hue} ${initial}`;
    let src = avatars.get(key);
    if (!src) {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const context = canvas.getContext('2d');
      context.fillStyle = `hsl(${hue},55%,62%)`;
      context.fillRect(0, 0, 64, 64);
      context.fillStyle = '#fff';
      context.font = '28px sans-serif';
      context.textAlign = 'center';
      context.fillText(initial, 32, 42);
      src = canvas.toDataURL('image/png');
      avatars.set(key, src);
    }
    return src;
  }

  window.mockDom = { h, svg, hashString, avatarSrc };
})();
