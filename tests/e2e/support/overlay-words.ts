/** What the Follow Ledger box says when the first rows of the list scrolled by unread. */
export const START_UNREAD = 'scroll back to the top of the list';
