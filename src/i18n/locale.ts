import { browser } from 'wxt/browser';

let language: string | undefined;

/** The browser's UI language: numbers, dates and plural rules follow it. */
export function uiLocale(): string {
  return (language ??= browser.i18n.getUILanguage());
}

let numbers: Intl.NumberFormat | undefined;

export function formatCount(value: number): string {
  return (numbers ??= new Intl.NumberFormat(uiLocale())).format(value);
}
