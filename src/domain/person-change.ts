/** What a person may change about an account in their ledger: the annotations that are theirs alone. */
export interface PersonChange {
  protected?: boolean;
  reviewed?: boolean;
  /** An empty note removes it. */
  note?: string;
  addTags?: string[];
  removeTags?: string[];
  /** The person's own word that they unfollowed the account ("I unfollowed"), or taking it back. */
  saidUnfollowed?: boolean;
}
