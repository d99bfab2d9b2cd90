import { printJson } from '@contactflow/compiler';
import {
  designerFlowTypeTokens,
  resourceKinds,
  type Environment,
  type FlowType,
  type ResourceKind,
  type ResourceReference,
} from '@contactflow/dsl';
import { errorMessage, type LiveContent, type LiveResource, type LiveSummary } from './gateway.js';
import { insertPlaceholders, referencesByValue } from './insert-placeholders.js';
import { gatewayOf, type InstanceTarget } from './instance-target.js';
import { environmentFromResources } from './live-environment.js';
import { mergeEnvironments } from './merge-environments.js';
import { matchesGlob } from './name-glob.js';

/** Options of {@link pull}, beside the instance (see `InstanceTarget`). */
export interface PullSettings {
  /** Only flows and modules whose name matches one of these globs (`*`, `?`). */
  readonly name?: string | readonly string[] | undefined;
  /** Only these flow types; `FLOW_MODULE` for modules. */
  readonly type?: FlowType | readonly FlowType[] | undefined;
  /**
   * An existing environment (the file `pull` extends): an ARN it names keeps that name, so that
   * names chosen by hand survive. Other ARNs are named as the instance names them.
   */
  readonly environment?: Environment | undefined;
  /** Pull archived flows and modules too; they are left out by default. */
  readonly includeArchived?: boolean | undefined;
  /** Called before each flow or module is read. */
  readonly onProgress?:
    | ((event: { readonly name: string; readonly done: number; readonly total: number }) => void)
    | undefined;
}

/** Options of {@link pull}. */
export type PullOptions = InstanceTarget & PullSettings;

/** A flow or module as pulled: its content with placeholders instead of the instance's ARNs. */
export interface PulledFlow {
  readonly name: string;
  /** The flow type, or `FLOW_MODULE`. */
  readonly flowType: FlowType;
  readonly description?: string | undefined;
  /** Its id and ARN on the instance it was pulled from. */
  readonly id: string;
  readonly arn: string;
  readonly state?: string | undefined;
  readonly status?: string | undefined;
  /**
   * The document as text (see `printJson`), with `{{kind:name}}` placeholders for the instance's
   * ARNs and the flow's name, description and designer type in `Metadata`, so that the file alone
   * says what to publish it as.
   */
  readonly content: string;
  /** The same document, parsed. */
  readonly document: unknown;
  /** A module's settings, as text, placeholders inserted in the same way. */
  readonly settings?: string | undefined;
  /** The references its content (and settings) now make. */
  readonly references: readonly ResourceReference[];
}

/** What {@link pull} returns. */
export interface PullResult {
  /** Modules first, then flows, each by name. */
  readonly flows: readonly PulledFlow[];
  /**
   * The names the pulled flows use, each to its ARN on this instance: what to write to (or merge
   * into, see `mergeEnvironments`) the instance's environment file.
   */
  readonly environment: Environment;
  /** What could not be pulled or named, one line each. */
  readonly warnings: readonly string[];
  /** The flows and modules that matched but could not be read (each also has a warning). */
  readonly notPulled: readonly NotPulled[];
}

/** A flow or module {@link pull} found in the listing but could not read. */
export interface NotPulled {
  readonly name: string;
  /** The flow type, or `FLOW_MODULE`. */
  readonly flowType: FlowType;
  readonly reason: string;
}

const tokenOf = new Map(
  Object.entries(designerFlowTypeTokens).map(([token, type]) => [type as string, token]),
);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value as T];
}

function describedDocument(live: LiveContent, flowType: FlowType): unknown {
  const document: unknown = JSON.parse(live.content);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return document;
  }
  const record = document as Record<string, unknown>;
  const metadata =
    typeof record['Metadata'] === 'object' && record['Metadata'] !== null
      ? (record['Metadata'] as Record<string, unknown>)
      : {};
  const token = tokenOf.get(flowType);
  return {
    ...record,
    Metadata: {
      ...metadata,
      name: live.name,
      ...(live.description !== undefined &&
        live.description !== '' && { description: live.description }),
      ...(token !== undefined && { type: token }),
    },
  };
}

/**
 * Downloads flows and modules from an instance, with each ARN of an instance resource replaced by
 * a `{{kind:name}}` placeholder (names as `resourceNaming` says, or as `environment` gives them),
 * so that a pulled flow can be published to another instance unchanged: there, the names resolve
 * to that instance's resources. It returns the documents and the environment entries they use;
 * writing files, and importing to builder source with `importFlow`, is the caller's part.
 *
 * A flow that cannot be read is left out with a warning, and so is a kind of resource the instance
 * will not list (its ARNs stay as they are); the service refusing the list of flows or of modules
 * throws a `ConnectServiceError`.
 *
 * @example
 * ```ts
 * import { pull } from '@contactflow/publish';
 * const { flows, environment } = await pull({
 *   instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
 *   region: 'us-east-1',
 *   name: 'Sales*',
 * });
 * flows[0]?.content; // '{\n  "Version": "2019-10-30", ...'
 * ```
 */
export async function pull(options: PullOptions): Promise<PullResult> {
  const gateway = gatewayOf(options);
  const globs = list(options.name);
  const types = list(options.type);
  const wanted = (name: string, type: FlowType, state: string | undefined) =>
    (options.includeArchived === true || state !== 'ARCHIVED') &&
    (globs === undefined || globs.some((glob) => matchesGlob(name, glob))) &&
    (types === undefined || types.includes(type));

  const allFlows = await gateway.listFlows();
  const allModules = await gateway.listModules();
  const flows = allFlows.filter((f) => wanted(f.name, f.type, f.state));
  const modules = allModules.filter((m) => wanted(m.name, 'FLOW_MODULE', m.state));
  // A kind the instance will not list (a permission missing, say) only leaves its ARNs as they are.
  const resources: LiveResource[] = [];
  const listWarnings: string[] = [];
  for (const kind of Object.keys(resourceKinds) as ResourceKind[]) {
    if (kind === 'flow' || kind === 'flowModule') continue;
    try {
      resources.push(...(await gateway.listResources(kind)));
    } catch (error) {
      listWarnings.push(
        `cannot list ${kind} resources (${errorMessage(error)}); their ARNs are left as they are`,
      );
    }
  }
  const entry = (kind: 'flow' | 'flowModule') => (item: LiveSummary) => ({
    kind,
    name: item.name,
    arn: item.arn,
    id: item.id,
  });
  const live = environmentFromResources([
    ...resources,
    ...allFlows.filter((f) => f.state !== 'ARCHIVED').map(entry('flow')),
    ...allModules.filter((m) => m.state !== 'ARCHIVED').map(entry('flowModule')),
  ]);
  // Names from the given environment first: they are the ones people chose.
  const lookup = referencesByValue(live.environment);
  for (const [value, reference] of referencesByValue(options.environment ?? {})) {
    lookup.set(value, reference);
  }
  const valueOf = new Map([...lookup].map(([value, reference]) => [reference, value]));
  const warnings = [
    ...listWarnings,
    ...live.ambiguous.map(
      (r) =>
        `several ${r.kind} resources are named "${r.name}"; their ARNs are left as they are unless the environment names them`,
    ),
  ];

  const targets = [
    ...modules
      .map((m) => ({ summary: m, flowType: 'FLOW_MODULE' as FlowType }))
      .sort((a, b) => compareText(a.summary.name, b.summary.name)),
    ...flows
      .map((f) => ({ summary: f, flowType: f.type as FlowType }))
      .sort((a, b) => compareText(a.summary.name, b.summary.name)),
  ];
  const pulled: PulledFlow[] = [];
  const notPulled: NotPulled[] = [];
  const used: Record<string, Record<string, string>> = {};
  for (const [index, { summary, flowType }] of targets.entries()) {
    options.onProgress?.({ name: summary.name, done: index, total: targets.length });
    let described: LiveContent;
    let document: unknown;
    try {
      described =
        flowType === 'FLOW_MODULE'
          ? await gateway.describeModule(summary.id)
          : await gateway.describeFlow(summary.id);
      document = describedDocument(described, flowType);
    } catch (error) {
      const reason = errorMessage(error);
      notPulled.push({ name: summary.name, flowType, reason });
      warnings.push(
        `${flowType === 'FLOW_MODULE' ? 'module' : 'flow'} "${summary.name}": not pulled: ${reason}`,
      );
      continue;
    }
    const content = insertPlaceholders(document, lookup);
    let settings: { value: unknown; references: readonly ResourceReference[] } | undefined;
    if (described.settings !== undefined && described.settings !== '') {
      try {
        settings = insertPlaceholders(JSON.parse(described.settings), lookup);
      } catch {
        settings = { value: described.settings, references: [] };
      }
    }
    const references = [...content.references];
    for (const reference of settings?.references ?? []) {
      if (!references.some((r) => r.kind === reference.kind && r.name === reference.name)) {
        references.push(reference);
      }
    }
    for (const reference of references) {
      const key = resourceKinds[reference.kind];
      const value = valueOf.get(reference);
      if (value !== undefined) (used[key] ??= {})[reference.name] = value;
    }
    pulled.push({
      name: summary.name,
      flowType,
      ...(described.description !== undefined &&
        described.description !== '' && {
          description: described.description,
        }),
      id: summary.id,
      arn: summary.arn,
      state: summary.state,
      status: described.status,
      content: printJson(content.value),
      document: content.value,
      ...(settings !== undefined && {
        settings: typeof settings.value === 'string' ? settings.value : printJson(settings.value),
      }),
      references,
    });
  }
  return {
    flows: pulled,
    environment: mergeEnvironments(used as Environment),
    warnings,
    notPulled,
  };
}
