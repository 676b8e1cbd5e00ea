import { useUiLanguage } from './chrome-i18n';

// The extension's own strings, in English unless a test picks another language before importing.
useUiLanguage('en-US');
