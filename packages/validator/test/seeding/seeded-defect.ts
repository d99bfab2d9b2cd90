import type { FlowContextOptions } from '../../src/index.js';

/** A flow document as the seeding mutators see it: plain JSON, mutated on a copy. */
export interface FlowJson {
  StartAction?: unknown;
  Actions: ActionJson[];
  [key: string]: unknown;
}

/** One action, loosely typed: corpus flows carry every shape. */
export interface ActionJson {
  Identifier: string;
  Type: string;
  Parameters?: Record<string, unknown>;
  Transitions?: {
    NextAction?: string;
    Errors?: { NextAction: string; ErrorType: string }[];
    Conditions?: { NextAction: string; Condition: unknown }[];
  };
  [key: string]: unknown;
}

/** A defect planted in a copy of a real flow, and where the validator must report it. */
export interface SeededDefect {
  readonly document: FlowJson;
  /** The code the validator must report. */
  readonly code: string;
  /** The action it must be reported on; absent for document-level defects. */
  readonly actionId?: string;
  /** The pointer it must be reported at, for document-level defects. */
  readonly pointer?: string;
  /** Where the flow is said to run, for defects that depend on the flow type or channels. */
  readonly options?: FlowContextOptions;
}

/**
 * Plants one kind of defect into a flow, on the first action where it applies after `skip`
 * candidates, or returns `undefined` when the flow offers no place for it.
 */
export interface DefectKind {
  readonly name: string;
  seed(flow: FlowJson): SeededDefect | undefined;
}

/** A deep copy, so that each seeding starts from the original flow. */
export function copyOf(flow: FlowJson): FlowJson {
  return structuredClone(flow);
}
