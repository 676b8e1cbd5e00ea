import { createReview, type Review } from '../../../src/background/review';
import type { Toolbar } from '../../../src/background/toolbar';

/** A toolbar that shows nothing: for tests of handlers whose toolbar updates are not the subject. */
export const quietToolbar: Toolbar = {
  refresh: async () => undefined,
  refreshTabs: async () => undefined,
  opened: async () => null,
};

/** A review one by one that tells no page when it moves. */
export const quietReview: Review = createReview({ announce: () => undefined, now: () => 1000 });
