import { relative } from 'node:path';
import { compile, type CompileDiagnostic } from '@contactflow/compiler';
import {
  resourceKinds,
  type Environment,
  type FlowDefinition,
  type ResourceKind,
} from '@contactflow/dsl';
import type { FlowEnvironment } from './flow-environment.js';
import { referenceArn } from './reference-arn.js';

/** An environment entry a flow refers to. */
export interface UsedResource {
  readonly kind: ResourceKind;
  readonly name: string;
  /** The entry as the environment gives it: a construct, or an ARN string. */
  readonly entry: unknown;
}

/** What {@link flowContent} returns. */
export interface FlowContent {
  /** The Flow-language document, with each resource's ARN as a CloudFormation reference. */
  readonly content: string;
  /** For a module: its settings. */
  readonly settings: string | undefined;
  /** The environment's constructs the flow refers to, in environment order. */
  readonly used: readonly UsedResource[];
  /** What the compiler warns about. */
  readonly warnings: readonly CompileDiagnostic[];
}

function where(diagnostic: CompileDiagnostic): string {
  const location = diagnostic.location;
  if (location === undefined) return '';
  return `${relative(process.cwd(), location.file)}:${location.line}:${location.column}: `;
}

/**
 * Compiles a builder flow for a stack. Each environment entry is given to the compiler as its ARN,
 * a token for a construct, which CDK writes into the template as a reference to the resource, so
 * the compiler's own checks report a reference the environment lacks, at the block that makes it.
 *
 * @throws Error naming the construct, the flow and each problem, one a line.
 */
export function flowContent(
  definition: FlowDefinition,
  environment: FlowEnvironment,
  constructPath: string,
): FlowContent {
  const subject = `${constructPath} (flow "${definition.name}")`;
  const arns: Record<string, Record<string, string>> = {};
  const constructs: UsedResource[] = [];
  const problems: string[] = [];
  for (const [kind, key] of Object.entries(resourceKinds) as [ResourceKind, string][]) {
    const entries = (environment as Readonly<Record<string, unknown>>)[key];
    if (entries === undefined) continue;
    // No prototype: a name such as `toString` is looked up like any other.
    const names = Object.create(null) as Record<string, string>;
    for (const [name, entry] of Object.entries(entries as Readonly<Record<string, unknown>>)) {
      const found = referenceArn(kind, entry);
      if ('problem' in found) {
        problems.push(`environment ${key} "${name}": ${found.problem}.`);
        continue;
      }
      names[name] = found.arn;
      if (typeof entry !== 'string') constructs.push({ kind, name, entry });
    }
    arns[key] = names;
  }
  if (problems.length > 0) throw new Error(`${subject}: ${problems.join(`\n${subject}: `)}`);

  const result = compile(definition, { environment: arns as Environment });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((d) =>
      d.code === 'unresolved-reference'
        ? `${where(d)}${d.message} Add it to the environment given to the construct.`
        : `${where(d)}${d.message}`,
    );
    throw new Error(`${subject}: ${lines.join(`\n${subject}: `)}`);
  }
  // A reference is always a whole string value, and a token is unique: finding the quoted ARN in
  // the content means the flow uses the entry.
  const used = constructs.filter(({ kind, name }) =>
    result.json.includes(JSON.stringify(arns[resourceKinds[kind]]![name]!)),
  );
  return {
    content: result.json,
    settings: result.settings,
    used,
    warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
  };
}
