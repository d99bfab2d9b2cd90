import type { FlowDiff } from '@contactflow/compiler';
import type { FlowType, ResourceKind } from '@contactflow/dsl';
import type { Diagnostic } from '@contactflow/validator';
import type { PlannedAction, PublishPlan } from './plan-publish.js';

/**
 * What became of a unit: `created`, `updated` or `unchanged` on the instance; `planned` in a dry
 * run; `failed` (the service refused it, or its group was undone); `skipped` (it refers to a unit
 * that could not be created, or the run stopped first); `invalid` (it has errors and was refused).
 */
export type UnitOutcome =
  'created' | 'updated' | 'unchanged' | 'planned' | 'failed' | 'skipped' | 'invalid';

/** One unit's line of a publish result. */
export interface UnitResult {
  readonly name: string;
  readonly flowType: FlowType;
  readonly file?: string | undefined;
  /** What the plan said to do; absent when the run stopped before planning. */
  readonly action?: PlannedAction | undefined;
  readonly outcome: UnitOutcome;
  /** Its id and ARN on the instance, when it has them (after the run, for a create). */
  readonly id?: string | undefined;
  readonly arn?: string | undefined;
  /** Why it failed or was skipped, one line. */
  readonly reason?: string | undefined;
  /** Its validation errors and warnings, and the problems the service reported. */
  readonly diagnostics: readonly Diagnostic[];
  /** In a dry run, for an update or an unchanged unit: live content against the new content. */
  readonly diff?: FlowDiff | undefined;
  /** Whether it was (or would be) created with placeholder content first, being in a cycle. */
  readonly stub?: boolean | undefined;
}

/** A reference neither the environment nor the instance resolves, with the files that use it. */
export interface UnresolvedReference {
  readonly kind: ResourceKind;
  readonly name: string;
  /** The units that use it, by file (or `flow "name"` without one). */
  readonly usedBy: readonly string[];
  /** Why: no resource of that name, or several. */
  readonly reason: 'missing' | 'ambiguous';
}

/**
 * How a run ended: `published` (every unit created, updated or unchanged), `dry-run`,
 * `refused` (nothing written: invalid units, unresolved references, name conflicts), or `failed`
 * (some units failed or were skipped, or the instance could not be read).
 */
export type PublishOutcome = 'published' | 'dry-run' | 'refused' | 'failed';

/** What `publish` returns; it never throws for a unit's failure. */
export interface PublishResult {
  readonly outcome: PublishOutcome;
  /** `published` or `dry-run`: what an exit code of 0 means. */
  readonly ok: boolean;
  readonly instanceId: string;
  /** One per unit, in the order they were (or would be) written. */
  readonly units: readonly UnitResult[];
  readonly unresolved: readonly UnresolvedReference[];
  /** Why the run was refused or stopped as a whole, one line each. */
  readonly problems: readonly string[];
  /** The run's backup folder, when it saved or created anything. */
  readonly backupDirectory?: string | undefined;
  /** The plan, when the run got that far. */
  readonly plan?: PublishPlan | undefined;
}

/** A moment of a run, for progress displays. */
export interface PublishProgress {
  readonly phase: 'validating' | 'reading' | 'resolving' | 'backing-up' | 'writing' | 'undoing';
  /** The unit concerned, by name. */
  readonly unit?: string | undefined;
  /** For `writing` and `undoing`: the write, and how many of how many writes are done. */
  readonly operation?: string | undefined;
  readonly done?: number | undefined;
  readonly total?: number | undefined;
}
