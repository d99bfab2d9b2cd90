import {
  designerFlowTypeTokens,
  findAction,
  isFlowNode,
  isMissingAction,
  resourceKinds,
  wholePlaceholder,
  type Environment,
  type FlowDefinition,
  type FlowModuleDefinition,
  type FlowNode,
  type PlaceholderSyntax,
  type ResourceReference,
  type SourceLocation,
} from '@contactflow/dsl';
import { assignIdentifiers } from './assign-identifiers.js';
import { collectNodes, orderedConnections } from './collect-nodes.js';
import type { CompileDiagnostic } from './compile-diagnostic.js';
import { encodeTransitions, type FlowTransitions } from './encode-transitions.js';
import { layoutFlow } from './layout.js';
import { moduleSettings } from './module-settings.js';
import { maxNestingDepth, nestsDeeperThan } from './nesting-depth.js';
import { printJson } from './print-json.js';
import {
  referencePlaceholder,
  resolveParameters,
  type UnresolvedReferences,
} from './resolve-parameters.js';

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Logical names to ARNs or ids, per resource kind. */
  readonly environment?: Environment;
  /**
   * What to do with a reference the environment does not name: report an error (the default), or
   * leave a `{{kind:name}}` placeholder for publish-time lookup.
   */
  readonly unresolvedReferences?: UnresolvedReferences;
  /**
   * Compiles a flow template: every reference is written as a placeholder of this syntax, named
   * as the reference is (`queue('support_queue_arn')` becomes `${support_queue_arn}` with the
   * Terraform syntax), for a deploy tool to fill in. `environment` and `unresolvedReferences` are
   * then not used. A name the syntax cannot write so that it reads back is an error.
   */
  readonly placeholderStyle?: PlaceholderSyntax;
}

/** One compiled action, keys in the order the project writes them. */
export interface FlowAction {
  Identifier: string;
  Type: string;
  Parameters: unknown;
  Transitions: FlowTransitions;
}

/** A Flow-language document as the compiler writes it. */
export interface FlowDocument {
  Version: '2019-10-30';
  StartAction: string;
  Metadata: {
    entryPointPosition: { x: number; y: number };
    ActionMetadata: Record<string, { position: { x: number; y: number } }>;
    name: string;
    description: string;
    type?: string;
  };
  Actions: FlowAction[];
}

/** Where a compiled action came from. */
export interface ActionOrigin {
  /** The console block; absent for `raw` actions. */
  readonly blockId: string | undefined;
  readonly mode: string | undefined;
  /** Where the block was created in the builder source. */
  readonly location: SourceLocation | undefined;
}

/** What {@link compile} returns. */
export interface CompileResult {
  /** The document as text (see `printJson`), byte-identical on every run. */
  readonly json: string;
  readonly document: FlowDocument;
  readonly diagnostics: readonly CompileDiagnostic[];
  /** The block, mode and source location each action came from, by action identifier. */
  readonly origins: ReadonlyMap<string, ActionOrigin>;
  /** For a module: the `Settings` the module APIs take beside the content, as text. */
  readonly settings?: string;
}

function describe(value: unknown): string {
  return typeof value === 'object' && value !== null ? 'an object' : String(value);
}

const designerTokenOf = new Map(
  Object.entries(designerFlowTypeTokens).map(([token, type]) => [type as string, token]),
);

type Report = (diagnostic: Omit<CompileDiagnostic, 'actionId' | 'location'>) => void;

/** How the options say each reference is written, reporting what cannot be written. */
function referenceRenderer(
  options: CompileOptions,
): (reference: ResourceReference, report: Report) => string {
  const style = options.placeholderStyle;
  if (style !== undefined) {
    const only = [style];
    return (reference, report) => {
      const text = style.write(reference.name);
      if (wholePlaceholder(text, only)?.name !== reference.name) {
        report({
          code: 'unwritable-placeholder',
          severity: 'error',
          message: `The ${reference.kind} "${reference.name}" cannot be written as a ${style.name} placeholder: ${text} does not read back as one.`,
          hint: `Rename the ${reference.kind} to a name the ${style.name} syntax can hold, or build with another placeholder style.`,
        });
      }
      return text;
    };
  }
  const environment: Environment = options.environment ?? {};
  return (reference, report) => {
    const resolved = environment[resourceKinds[reference.kind]]?.[reference.name];
    if (resolved !== undefined) return resolved;
    if (options.unresolvedReferences !== 'placeholder') {
      report({
        code: 'unresolved-reference',
        severity: 'error',
        message: `The environment names no ${reference.kind} "${reference.name}".`,
        hint: `Add it to the environment, or compile with unresolved references left as ${referencePlaceholder(reference)} for publish-time lookup.`,
      });
    }
    return referencePlaceholder(reference);
  };
}

/**
 * Compiles a flow or a module to Flow-language JSON.
 *
 * Identifiers come from each block's content, so inserting a block changes no other identifier;
 * actions are written in identifier order for the same reason. Parameters are encoded as console
 * exports encode them, and `Metadata` carries a left-to-right layout for the console designer.
 *
 * @example
 * ```ts
 * import { disconnect, flow, playPrompt, queue } from '@contactflow/dsl';
 * import { compile } from '@contactflow/compiler';
 * const bye = disconnect();
 * const hello = playPrompt({ text: 'Hello.' }).then(bye).onError(bye);
 * const { json, diagnostics } = compile(flow('Hello', { start: hello }));
 * ```
 */
export function compile(definition: FlowDefinition, options: CompileOptions = {}): CompileResult {
  const diagnostics: CompileDiagnostic[] = [];
  // The types rule out anything but blocks here; a JavaScript source can still pass something else.
  const start = isFlowNode(definition.start) ? definition.start : undefined;
  const detached = Array.isArray(definition.detached)
    ? (definition.detached as readonly unknown[]).filter(isFlowNode)
    : [];
  if (start === undefined) {
    diagnostics.push({
      code: 'invalid-target',
      severity: 'error',
      message: `The flow's start must be a block, not ${describe(definition.start)}.`,
      ...(definition.location && { location: definition.location }),
    });
  }
  const nodes = collectNodes(start, detached);
  const identifiers = assignIdentifiers(nodes, diagnostics);
  // A missing action is written as the identifier it was given, and never as an action.
  const idOf = (node: FlowNode) =>
    isMissingAction(node) ? (node.identifier ?? '') : identifiers.get(node)!;
  if (start !== undefined && isMissingAction(start)) {
    diagnostics.push({
      code: 'dangling-start-action',
      severity: 'error',
      message: `The flow starts at "${idOf(start)}", which is not a block of the flow.`,
      ...(start.location && { location: start.location }),
    });
  }

  const renderReference = referenceRenderer(options);
  const origins = new Map<string, ActionOrigin>();
  const actions: FlowAction[] = [];
  for (const node of nodes) {
    const id = idOf(node);
    origins.set(id, { blockId: node.blockId, mode: node.mode, location: node.location });
    const at = { actionId: id, ...(node.location && { location: node.location }) };
    for (const problem of node.problems) diagnostics.push({ ...problem, ...at });
    if (nestsDeeperThan(node.parameters)) {
      diagnostics.push({
        code: 'invalid-parameters',
        severity: 'error',
        message: `The parameters nest deeper than ${maxNestingDepth} levels (or contain themselves); what lies deeper is left out.`,
        ...at,
      });
    }
    for (const { branch, target } of node.connections) {
      if (!isMissingAction(target)) continue;
      diagnostics.push({
        code: 'dangling-transition',
        severity: 'warning',
        message: `The ${branch} branch points to "${idOf(target)}", which is not a block of the flow.`,
        hint: 'Connect the branch to a block of the flow.',
        ...at,
      });
    }
    if (findAction(node.actionType) === undefined) {
      diagnostics.push({
        code: 'unknown-action-type',
        severity: 'warning',
        message: `${node.actionType} is not an action type the catalog knows; it is written as given.`,
        ...at,
      });
    }
    const parameters = resolveParameters(node.parameters, (reference) =>
      renderReference(reference, (diagnostic) => diagnostics.push({ ...diagnostic, ...at })),
    );
    actions.push({
      Identifier: id,
      Type: node.actionType,
      Parameters: parameters,
      Transitions: encodeTransitions(node.actionType, orderedConnections(node), (c) =>
        idOf(c.target),
      ),
    });
  }
  actions.sort((a, b) => (a.Identifier < b.Identifier ? -1 : a.Identifier > b.Identifier ? 1 : 0));

  const layout = layoutFlow(
    nodes.map((node) => ({
      id: idOf(node),
      branchCount: node.connections.length,
      successors: orderedConnections(node)
        .filter((c) => !isMissingAction(c.target))
        .map((c) => idOf(c.target)),
    })),
  );
  // Built from entries, so that an identifier such as `__proto__` is a key like any other.
  const actionMetadata: FlowDocument['Metadata']['ActionMetadata'] = Object.fromEntries(
    actions.map(({ Identifier }) => [Identifier, { position: layout.actions.get(Identifier)! }]),
  );
  const designerType = designerTokenOf.get(definition.flowType);
  const document: FlowDocument = {
    Version: '2019-10-30',
    StartAction: start === undefined ? '' : idOf(start),
    Metadata: {
      entryPointPosition: layout.entryPoint,
      ActionMetadata: actionMetadata,
      name: definition.name,
      description: definition.description ?? '',
      ...(designerType !== undefined && { type: designerType }),
    },
    Actions: actions,
  };
  return {
    json: printJson(document),
    document,
    diagnostics,
    origins,
    ...(definition.flowType === 'FLOW_MODULE' && {
      settings: printJson(moduleSettings(definition as FlowModuleDefinition)),
    }),
  };
}
