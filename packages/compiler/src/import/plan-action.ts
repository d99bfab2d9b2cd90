import { blockModesOf } from '@contactflow/dsl/catalog';
import {
  findAction,
  type BlockId,
  type BlockSpec,
  type BlockVariant,
  type ParameterTemplate,
} from '@contactflow/dsl';
import type { ActionPlan } from './action-plan.js';
import { blockBranchCalls, rawBranchCalls } from './branch-calls.js';
import { buildNode, type BuiltNode } from './build-node.js';
import { DecodeContext, Unexpressible, type JsonObject } from './decode-context.js';
import { blockDecoders } from './decoders/block-decoders.js';
import type { ImportNote } from './import-note.js';
import type { InputAction } from './read-flow-input.js';
import type { ReferenceLookup } from './reference-lookup.js';
import { verifyNode, type Mismatch } from './verify-node.js';

/** An action with the way the importer writes it and what the user should know about it. */
export interface PlannedAction {
  readonly action: InputAction;
  readonly plan: ActionPlan;
  /** The node as the plan builds it, for the identifier the compiler would derive. */
  readonly built: BuiltNode;
  readonly notes: readonly ImportNote[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parameters with every value the environment names replaced by its symbolic reference. */
function symbolic(value: unknown, references: ReferenceLookup): unknown {
  if (typeof value === 'string') return references.find(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => symbolic(item, references));
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, symbolic(item, references)]),
    );
  }
  return value;
}

interface Attempt {
  readonly block: BlockSpec;
  readonly plan?: ActionPlan;
  readonly built?: BuiltNode;
  /** Why the block cannot write the action; absent when it can. */
  readonly mismatch?: Mismatch;
}

function tryBlock(
  action: InputAction,
  block: BlockSpec,
  variant: BlockVariant,
  context: DecodeContext,
): Attempt {
  try {
    const parameters =
      action.parameters === undefined ? {} : context.object(action.parameters, 'Parameters');
    const options = blockDecoders[block.id as BlockId](parameters, context, variant.mode);
    const plan: ActionPlan = {
      kind: 'block',
      block,
      mode: variant.mode,
      options,
      calls: blockBranchCalls(block, variant, action),
    };
    const built = buildNode(plan);
    const mismatch = verifyNode(built, action, context.references);
    return { block, plan, built, ...(mismatch && { mismatch }) };
  } catch (error) {
    // A builder may also throw on values its types would have refused; the action is then
    // written with raw() like any other the block cannot write.
    const reason =
      error instanceof Unexpressible
        ? error.message
        : `its builder refuses the options (${(error as Error).message})`;
    return { block, mismatch: { part: 'node', reason } };
  }
}

/**
 * Decides how one action is written: with the first block whose options write exactly its
 * parameters and whose branches connect exactly its transitions, else with `raw(...)`, noting why.
 * When neither can connect the transitions as the document has them (the compiler writes
 * `NextAction` where the document has none), a block that writes the parameters is kept, with a
 * warning. Conditions that no `.when(...)` can say make it `raw(...)` with `.whenVerbatim(...)`,
 * with a warning each.
 */
export function planAction(action: InputAction, references: ReferenceLookup): PlannedAction {
  const at = { actionId: action.id };
  const parameters = action.parameters ?? {};
  const candidates = isObject(parameters) ? blockModesOf(action.type, parameters) : [];
  const context = new DecodeContext(references);
  const attempts: Attempt[] = [];
  for (const { block, variant } of candidates) {
    const attempt = tryBlock(action, block, variant, context);
    if (attempt.mismatch === undefined) {
      return { action, plan: attempt.plan!, built: attempt.built!, notes: [] };
    }
    attempts.push(attempt);
  }

  const raw = rawPlan(action, references);
  if (raw.mismatch !== undefined || raw.omitted.length > 0) {
    const closest = attempts.find((attempt) => attempt.mismatch!.part === 'transitions');
    if (closest !== undefined) {
      return {
        action,
        plan: closest.plan!,
        built: closest.built!,
        notes: [{ severity: 'warning', message: differs(closest.mismatch!.reason), ...at }],
      };
    }
  }
  const notes: ImportNote[] = [{ severity: 'info', message: whyRaw(action, attempts[0]), ...at }];
  notes.push(...raw.notes.map((note) => ({ ...note, ...at })));
  for (const sentence of [...raw.verbatim, ...raw.omitted]) {
    notes.push({ severity: 'warning', message: `${capitalized(sentence)}.`, ...at });
  }
  if (raw.mismatch !== undefined && raw.omitted.length === 0) {
    notes.push({ severity: 'warning', message: differs(raw.mismatch.reason), ...at });
  }
  return { action, plan: raw.plan, built: raw.built, notes };
}

function differs(reason: string): string {
  return `The source cannot say exactly what the document says: ${reason}.`;
}

function whyRaw(action: InputAction, attempt: Attempt | undefined): string {
  const spec = findAction(action.type);
  if (spec === undefined) {
    return `${action.type} is not an action type the catalog knows; written with raw().`;
  }
  if (attempt === undefined) {
    return spec.blocks.length === 0
      ? `No block writes ${action.type}; written with raw().`
      : `No block writes ${action.type} with these parameters; written with raw().`;
  }
  return `Written with raw(): ${attempt.block.name} cannot write it, as ${attempt.mismatch!.reason}.`;
}

interface RawAttempt {
  readonly plan: ActionPlan;
  readonly built: BuiltNode;
  readonly mismatch: Mismatch | undefined;
  readonly omitted: readonly string[];
  readonly verbatim: readonly string[];
  readonly notes: readonly Omit<ImportNote, 'actionId'>[];
}

function rawPlan(action: InputAction, references: ReferenceLookup): RawAttempt {
  const notes: Omit<ImportNote, 'actionId'>[] = [];
  let parameters: ParameterTemplate | undefined;
  if (isObject(action.parameters)) {
    parameters = symbolic(action.parameters, references) as ParameterTemplate;
  } else if (action.parameters !== undefined) {
    notes.push({ severity: 'warning', message: 'Parameters is not an object; it is left out.' });
  }
  const { calls, omitted, verbatim } = rawBranchCalls(action);
  const plan: ActionPlan = { kind: 'raw', type: action.type, parameters, calls };
  const built = buildNode(plan);
  const mismatch = verifyNode(built, action, references);
  return { plan, built, mismatch, omitted, verbatim, notes };
}

function capitalized(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
