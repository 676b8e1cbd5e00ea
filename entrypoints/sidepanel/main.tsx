import { render } from 'preact';
import { localizePage } from '@/src/i18n/translate';
import { ReviewApp } from '@/src/ui/sidepanel/ReviewApp';
import { initialReviewState } from '@/src/ui/sidepanel/initial-state';
import '@/src/ui/theme.css';
import '@/src/ui/sidepanel/sidepanel.css';

localizePage('pageTitleReview');
render(<ReviewApp initial={initialReviewState(location.search)} />, document.getElementById('app')!);
