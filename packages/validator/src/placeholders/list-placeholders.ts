import {
  defaultPlaceholderSyntaxes,
  findPlaceholders,
  type PlaceholderSyntax,
} from '@contactflow/dsl/placeholders';
import type { Diagnostic } from '../diagnostic.js';
import { readFlowShape, type ActionShape } from '../graph/flow-shape.js';
import { pointerFrom } from '../json-pointer.js';
import { parseFlowText } from '../parse-flow-text.js';
import { unwrapFlow } from '../unwrap-flow.js';
import { parameterName } from '../values/describe-value.js';
import { parameterLeaves, type ParameterLeaf } from '../values/parameter-leaves.js';
import { expectedKind } from './expected-kind.js';

/** One place where a flow template uses a deploy-time placeholder. */
export interface PlaceholderUse {
  /** The placeholder's name, as the deploy tool knows it (`support_queue_arn`). */
  readonly name: string;
  /** The syntax it is written in (`terraform`, `percent`, `handlebars` or a custom one). */
  readonly syntax: string;
  /** The placeholder as written (`${support_queue_arn}`). */
  readonly text: string;
  /** JSON pointer to the value (or, for a placeholder in a key, the member) that holds it. */
  readonly pointer: string;
  /** The parameter, as flow authors read it (`Messages[0].PromptId`), when in an action's parameters. */
  readonly parameter?: string;
  /** The identifier of the action whose parameters hold it. */
  readonly actionId?: string;
  /** The type of that action. */
  readonly actionType?: string;
  /**
   * What the deploy tool must put there: "queue ARN", "prompt ARN", "Lambda function ARN", "flow
   * ARN", "language code", "phone number", "number", "text", "part of a queue ARN", ..., from the
   * catalog; "designer metadata" in `Metadata`, "name" in a key, "value" where the catalog says
   * nothing.
   */
  readonly kind: string;
  /** 1-based line, when read from text. */
  readonly line?: number;
  /** 1-based column, when read from text. */
  readonly column?: number;
}

/** Options of {@link listPlaceholders}. */
export interface ListPlaceholdersOptions {
  /** The syntaxes to recognise; every built-in one when not given. */
  readonly placeholders?: readonly PlaceholderSyntax[];
}

interface Visit {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Visit | undefined;
}

function segmentsOf(visit: Visit): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) {
    segments.push(at.key);
  }
  return segments.reverse();
}

interface Place {
  readonly action?: ActionShape;
  readonly leaf?: ParameterLeaf;
  /** The path under the action's `Parameters`. */
  readonly path?: readonly (string | number)[];
}

function placeOf(
  segments: readonly (string | number)[],
  actions: readonly ActionShape[],
  leaves: ReadonlyMap<string, ParameterLeaf>,
  pointer: string,
): Place {
  if (segments[0] !== 'Actions' || typeof segments[1] !== 'number') return {};
  const action = actions[segments[1]];
  if (action === undefined || segments[2] !== 'Parameters') return action ? { action } : {};
  return { action, leaf: leaves.get(pointer), path: segments.slice(3) };
}

/**
 * Every deploy-time placeholder of a flow document, in document order, with where it is and what
 * it stands for, so that a team can check that its deploy tool provides each one. Values and keys
 * anywhere in the document are read, `Metadata` included; the kind comes from the catalog for
 * action parameters.
 *
 * @example
 * ```ts
 * import { listPlaceholders } from '@contactflow/validator';
 * const queue = {
 *   Identifier: 'queue', Type: 'UpdateContactTargetQueue',
 *   Parameters: { QueueId: '${support_queue_arn}' }, Transitions: {},
 * };
 * const [use] = listPlaceholders({ Version: '2019-10-30', StartAction: 'queue', Actions: [queue] });
 * use?.kind; // 'queue ARN'
 * ```
 */
export function listPlaceholders(
  document: unknown,
  options: ListPlaceholdersOptions = {},
): PlaceholderUse[] {
  const syntaxes = options.placeholders ?? defaultPlaceholderSyntaxes;
  if (syntaxes.length === 0) return [];
  const { actions } = readFlowShape(document);
  const leaves = new Map<string, ParameterLeaf>();
  for (const action of actions) {
    for (const leaf of parameterLeaves(action)) leaves.set(leaf.pointer, leaf);
  }
  const uses: PlaceholderUse[] = [];
  // Paths are rebuilt from parent links only where a placeholder is found, so that a deep document
  // costs time in proportion to its size.
  const record = (text: string, where: () => (string | number)[], inKey: boolean) => {
    const found = findPlaceholders(text, syntaxes);
    if (found.length === 0) return;
    const segments = where();
    const pointer = pointerFrom(segments);
    const { action, leaf, path } = placeOf(segments, actions, leaves, pointer);
    for (const placeholder of found) {
      const kind = inKey
        ? 'name'
        : leaf !== undefined
          ? expectedKind(action?.type, leaf, placeholder.text === text)
          : segments[0] === 'Metadata'
            ? 'designer metadata'
            : 'value';
      uses.push({
        name: placeholder.name,
        syntax: placeholder.syntax,
        text: placeholder.text,
        pointer,
        ...(path !== undefined && path.length > 0 && { parameter: parameterName(path) }),
        ...(action?.id !== undefined && { actionId: action.id }),
        ...(action?.type !== undefined && { actionType: action.type }),
        kind,
      });
    }
  };
  // An explicit stack: templates are untrusted input and may nest deeply.
  const stack: Visit[] = [{ value: document, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      record(value, () => segmentsOf(visit), false);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], key: i, parent: visit });
      }
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ value: child, key, parent: visit });
      }
      // Keys come before the values below them, as they do in the text.
      for (const [key] of entries) record(key, () => [...segmentsOf(visit), key], true);
    }
  }
  return uses;
}

/** What {@link listPlaceholdersInText} finds in a file. */
export interface PlaceholdersInText {
  /** The placeholders, each with its line and column in the text. */
  readonly uses: PlaceholderUse[];
  /** Why the text could not be read as a flow (invalid JSON, an empty wrapper); empty otherwise. */
  readonly diagnostics: Diagnostic[];
}

/**
 * {@link listPlaceholders} for flow JSON text, as {@link validateText} reads it (a
 * `DescribeContactFlow` wrapper included): each use carries the line and column of its value.
 *
 * @example
 * ```ts
 * import { listPlaceholdersInText } from '@contactflow/validator';
 * const text = '{ "Version": "2019-10-30", "StartAction": "%Start%", "Actions": [] }';
 * listPlaceholdersInText(text).uses.map((use) => `${use.line}:${use.column} ${use.name}`); // ['1:28 Start']
 * ```
 */
export function listPlaceholdersInText(
  text: string,
  options: ListPlaceholdersOptions = {},
): PlaceholdersInText {
  const outer = parseFlowText(text);
  const parsed = unwrapFlow(text, outer) ?? outer;
  if (parsed.diagnostics.length > 0) return { uses: [], diagnostics: [...parsed.diagnostics] };
  const uses = listPlaceholders(parsed.value, options).map((use) => ({
    ...use,
    ...parsed.locate(use.pointer),
  }));
  return { uses, diagnostics: [] };
}
