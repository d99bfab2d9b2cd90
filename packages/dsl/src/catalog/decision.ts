/**
 * A choice the catalog made where its sources disagree or are silent, kept next to the entry it
 * concerns so that the reason travels with the fact. `docs/catalog-decisions.md` lists them all.
 */
export interface Decision {
  /** What was decided, in one sentence. */
  readonly decision: string;
  /** Why: the sources weighed and what tipped it. */
  readonly reason: string;
}
