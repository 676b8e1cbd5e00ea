import '@/src/ui/theme.css';
import '@/src/ui/options/options.css';

import { render } from 'preact';

import { localizePage } from '@/src/i18n/translate';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { localizeZodMessages } from '@/src/ui/zod-locale';

localizePage('pageTitleOptions');
localizeZodMessages();
render(<OptionsApp />, document.getElementById('app')!);
