import type { Toolbar } from '../../../src/background/toolbar';

/** A toolbar that shows nothing: for tests of handlers whose toolbar updates are not the subject. */
export const quietToolbar: Toolbar = {
  refresh: async () => undefined,
  refreshTabs: async () => undefined,
  opened: async () => null,
};
