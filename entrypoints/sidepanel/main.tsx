import '@/src/ui/theme.css';
import '@/src/ui/sidepanel/sidepanel.css';

import { render } from 'preact';

import { localizePage } from '@/src/i18n/translate';
import { initialReviewState } from '@/src/ui/sidepanel/initial-state';
import { ReviewApp } from '@/src/ui/sidepanel/ReviewApp';

localizePage('pageTitleReview');
render(<ReviewApp initial={initialReviewState(location.search)} />, document.getElementById('app')!);
