import '@/src/ui/theme.css';
import '@/src/ui/popup/popup.css';

import { render } from 'preact';

import { localizePage } from '@/src/i18n/translate';
import { App } from '@/src/ui/popup/App';

localizePage('extName');
render(<App />, document.getElementById('app')!);
