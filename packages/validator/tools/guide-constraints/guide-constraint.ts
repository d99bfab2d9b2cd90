/**
 * One constraint the Amazon Connect Administrator Guide puts on flows, and what the validator does
 * about it. The list is rendered into docs/rules/guide-coverage.md, so that users can see which of
 * the guide's rules are checked before publishing and why the others cannot be.
 */
export interface GuideConstraint {
  /** What the guide requires, in one or two sentences of our own. */
  readonly constraint: string;
  /** Where the guide says so: line ranges of the reference edition, e.g. 'L33920' or 'L30386-30388'. */
  readonly source: string;
  /**
   * How the validator handles it:
   * - `checked`: the rules in `checkedBy` find every breach that the document shows;
   * - `partly`: some breaches are found (see `note` for which are not and why);
   * - `not-checkable`: a document cannot show it (instance state, runtime data, audio files...).
   */
  readonly status: 'checked' | 'partly' | 'not-checkable';
  /** Rule ids, or `schema` refinements named as the rule reporting them (e.g. invalid-parameters). */
  readonly checkedBy: readonly string[];
  /** What is not checked and why, or how the check works where that is not obvious. */
  readonly note?: string;
}
