import { compile } from 'json-schema-to-typescript';
import type { ActionSpec, JsonSchema } from '../src/catalog/index.js';
import { constraintComment } from '../src/catalog/index.js';

const banner = [
  '/* eslint-disable */',
  "// Generated from the catalog's parameter schemas by `pnpm generate`; do not edit.",
  '// A test fails when this file and the schemas disagree.',
].join('\n');

/** Removes what TypeScript cannot express (mutual exclusions) and our own annotations. */
function forTypes(schema: JsonSchema): JsonSchema {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-value-class' || key === 'x-resource' || key === '$comment') continue;
    if (key === 'allOf') {
      const kept = (value as JsonSchema[]).filter((clause) => !isConstraint(clause));
      if (kept.length > 0) copy.allOf = kept.map(forTypes);
      continue;
    }
    if (key === 'properties') {
      copy.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, sub]) => [
          name,
          forTypes(sub),
        ]),
      );
      continue;
    }
    if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object') {
      copy[key] = forTypes(value as JsonSchema);
      continue;
    }
    copy[key] = value;
  }
  return copy as JsonSchema;
}

function isConstraint(clause: JsonSchema): boolean {
  return Object.values(constraintComment).some((prefix) => clause.$comment?.startsWith(prefix));
}

/** The TypeScript name of an action type's parameters. */
export function parameterTypeName(type: string): string {
  return `${type}Parameters`;
}

/**
 * Renders the parameter interfaces of every action, and a map from `Type` to interface, as one
 * TypeScript module.
 */
export async function renderParameterTypes(actions: readonly ActionSpec[]): Promise<string> {
  const parts: string[] = [banner];
  for (const action of actions) {
    const schema = { ...forTypes(action.parameters), title: parameterTypeName(action.type) };
    const source = await compile(schema as never, parameterTypeName(action.type), {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      unknownAny: true,
      declareExternallyReferenced: true,
      format: false,
    });
    parts.push(source.trim());
  }
  const entries = actions.map((a) => `  ${a.type}: ${parameterTypeName(a.type)};`).join('\n');
  parts.push(
    `/** The parameters of each action type, by \`Type\`. */\nexport interface ActionParameters {\n${entries}\n}`,
  );
  return `${parts.join('\n\n')}\n`;
}
