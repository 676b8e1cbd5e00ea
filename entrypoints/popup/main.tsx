import { render } from 'preact';
import { localizePage } from '@/src/i18n/translate';
import { App } from '@/src/ui/popup/App';
import '@/src/ui/theme.css';
import '@/src/ui/popup/popup.css';

localizePage('extName');
render(<App />, document.getElementById('app')!);
