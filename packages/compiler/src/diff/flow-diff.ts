/** Whether something is only in the second flow, only in the first, or in both with other values. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One difference between two values, at a path such as `Parameters.Attributes.tier`. */
export interface ValueChange {
  readonly kind: ChangeKind;
  /**
   * Where the values differ, as people write it: `StartAction`, `Parameters.Attributes.tier`,
   * `Settings.InputParameters[Name="amount"].Required`. Arrays whose entries carry a name are
   * matched by it (`[Name="amount"]`); others by position (`[0]`).
   */
  readonly path: string;
  /** The value in the first flow; absent when the value was added. */
  readonly before?: unknown;
  /** The value in the second flow; absent when the value was removed. */
  readonly after?: unknown;
}

/** The part of an action a change concerns. */
export type ActionPart = 'Type' | 'Parameters' | 'NextAction' | 'Conditions' | 'Errors' | 'Other';

/**
 * One difference inside an action. For branches (`NextAction`, `Errors`, `Conditions`), `before`
 * and `after` are the identifiers of the actions the branch leads to.
 */
export interface ActionChange extends ValueChange {
  readonly part: ActionPart;
  /** For `Errors`, the error type; for `Conditions`, the operator and operands (`Equals "2"`). */
  readonly branch?: string;
}

/** An action added, removed or changed; actions are matched by `Identifier`. */
export interface ActionDiff {
  readonly kind: ChangeKind;
  readonly identifier: string;
  /** The action's `Type`: in the second flow, or in the first for a removed action. */
  readonly type: string | undefined;
  /** A few words saying what the action does (its text, the value it checks), when it has them. */
  readonly summary: string | undefined;
  /** What changed, in a fixed order; empty for an added or removed action. */
  readonly changes: readonly ActionChange[];
  /** The whole action, for an added or removed one. */
  readonly action?: unknown;
}

/**
 * The semantic difference between two Flow-language documents. Layout, key order and the order of
 * actions, errors and conditions play no part; every list is in a fixed order, so the same two
 * documents always give the same value.
 */
export interface FlowDiff {
  /** Whether nothing at all differs, `metadata` included. */
  readonly equal: boolean;
  /** Changes of the document's own values: `StartAction`, `Version` and any other top-level key. */
  readonly flow: readonly ValueChange[];
  /** Changes of a flow module's `Settings`: inputs, outputs and named results. */
  readonly settings: readonly ValueChange[];
  /** Actions added, removed or changed, changed ones first, each group by identifier. */
  readonly actions: readonly ActionDiff[];
  /**
   * Changes of the flow's name, description, designer type and annotations (sticky notes): shown
   * to people, without effect on what the flow does. Positions and other designer data are ignored.
   */
  readonly metadata: readonly ValueChange[];
}
