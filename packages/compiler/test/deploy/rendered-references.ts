import { compile, type DeployableFlow } from '@contactflow/compiler';
import { resourceKinds, type ResourceKind } from '@contactflow/dsl';
import { expect } from 'vitest';
import { anyNameEnvironment } from '../test-environment.js';

const placeholder = /^\{\{([A-Za-z]+):([\s\S]+)\}\}$/;

function walk(
  written: unknown,
  compiled: unknown,
  at: string,
  onReference: (reference: string, written: unknown, at: string) => void,
): void {
  if (typeof compiled === 'string' && placeholder.test(compiled)) {
    onReference(compiled, written, at);
    return;
  }
  if (typeof compiled !== 'object' || compiled === null) {
    expect(written, at).toEqual(compiled);
    return;
  }
  expect(typeof written, at).toBe('object');
  expect(Array.isArray(written), at).toBe(Array.isArray(compiled));
  expect(Object.keys(written as object), at).toEqual(Object.keys(compiled));
  for (const [key, value] of Object.entries(compiled)) {
    walk((written as Record<string, unknown>)[key], value, `${at}/${key}`, onReference);
  }
}

/**
 * What a test renders an expression as inside a flow's content: `expression(<text>)`, escaped so
 * that the content stays JSON whatever the expression holds.
 */
export function writtenExpression(text: string): string {
  return `expression(${JSON.stringify(text).slice(1, -1)})`;
}

/**
 * Checks a deploy tool's content for a flow, after the tool has rendered it with each expression
 * written by {@link writtenExpression}: it is the compiled document, except that every reference is
 * one expression, the same one wherever the reference occurs, and no two references share one.
 * Returns the expression of each reference (`queue:Sales` -> `var.sales_queue_arn`).
 */
export function expressionsOfReferences(
  rendered: string,
  flow: DeployableFlow,
): Map<string, string> {
  const expressions = new Map<string, string>();
  walk(JSON.parse(rendered), flow.result.document, '', (reference, written, at) => {
    const match = /^expression\(([\s\S]+)\)$/.exec(String(written));
    expect(match, `${at}: ${reference} is written as ${String(written)}`).not.toBeNull();
    const key = reference.slice(2, -2);
    const seen = expressions.get(key);
    expect(seen ?? match![1], `${at}: ${reference}`).toBe(match![1]);
    expressions.set(key, match![1]!);
  });
  const distinct = new Set(expressions.values());
  expect(distinct.size, 'two references share an expression').toBe(expressions.size);
  return expressions;
}

/** The document the compiler writes for the flow when each reference has an ARN. */
export function compiledWithArns(flow: DeployableFlow): unknown {
  return compile(flow.definition, { environment: anyNameEnvironment }).document;
}

/** The ARN the test environment gives a reference written as `kind:name`. */
export function arnOf(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const name = key.slice(colon + 1);
  return (anyNameEnvironment as Record<string, Record<string, string>>)[
    resourceKinds[kind as ResourceKind]
  ]![name]!;
}
