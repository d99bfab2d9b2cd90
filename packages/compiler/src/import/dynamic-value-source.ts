import {
  attribute,
  caseField,
  customerProfile,
  DynamicValue,
  flowAttribute,
  lambdaResult,
  lex,
  queueMetrics,
  sipHeader,
  storedInput,
  system,
  viewResult,
} from '@contactflow/dsl';
import { stringLiteral } from './js-literal.js';

/** Builder source that evaluates to a dynamic value, with the names it imports. */
export interface HelperExpression {
  readonly source: string;
  readonly imports: readonly string[];
}

const constants = new Map<string, HelperExpression>();

function addConstants(object: object, name: string): void {
  for (const [key, value] of Object.entries(object)) {
    if (value instanceof DynamicValue && !constants.has(value.path)) {
      constants.set(value.path, { source: `${name}.${key}`, imports: [name] });
    }
  }
}
addConstants(system, 'system');
addConstants(queueMetrics, 'queueMetrics');
addConstants(lex, 'lex');
constants.set(storedInput.path, { source: 'storedInput', imports: ['storedInput'] });

interface Family {
  readonly prefix: string;
  readonly call: string;
  readonly import: string;
  readonly make: (name: string) => DynamicValue;
}

const families: readonly Family[] = [
  { prefix: '$.Attributes', call: 'attribute', import: 'attribute', make: attribute },
  {
    prefix: '$.FlowAttributes',
    call: 'flowAttribute',
    import: 'flowAttribute',
    make: flowAttribute,
  },
  { prefix: '$.External', call: 'lambdaResult', import: 'lambdaResult', make: lambdaResult },
  {
    prefix: '$.Customer',
    call: 'customerProfile',
    import: 'customerProfile',
    make: customerProfile,
  },
  { prefix: '$.Case', call: 'caseField', import: 'caseField', make: caseField },
  { prefix: '$.Views.ViewResultData', call: 'viewResult', import: 'viewResult', make: viewResult },
  { prefix: '$.Media.Sip.Headers', call: 'sipHeader', import: 'sipHeader', make: sipHeader },
  { prefix: '$.Lex.Slots', call: 'lex.slot', import: 'lex', make: (name) => lex.slot(name) },
  {
    prefix: '$.Lex.SessionAttributes',
    call: 'lex.sessionAttribute',
    import: 'lex',
    make: (name) => lex.sessionAttribute(name),
  },
];

function segmentName(rest: string): string | undefined {
  const dotted = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(rest);
  if (dotted) return dotted[1];
  const quoted = /^\['((?:[^'\\]|\\.)*)'\]$/.exec(rest);
  return quoted ? quoted[1]!.replace(/\\'/g, "'") : undefined;
}

/**
 * The typed helper that stands for a JSONPath (`attribute('tier')` for `$.Attributes.tier`), when
 * one renders exactly that path; `undefined` for paths no helper writes.
 */
export function helperFor(path: string): HelperExpression | undefined {
  const constant = constants.get(path);
  if (constant !== undefined) return constant;
  for (const family of families) {
    if (!path.startsWith(family.prefix)) continue;
    const name = segmentName(path.slice(family.prefix.length));
    if (name === undefined || family.make(name).path !== path) continue;
    return { source: `${family.call}(${stringLiteral(name)})`, imports: [family.import] };
  }
  return undefined;
}

// A JSONPath inside text: `$.` and dotted or quoted segments, as the Flow language interpolates.
const embeddedPath =
  /\$\.[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\['(?:[^'\\]|\\.)*'\])*/y;

/**
 * Text split into literal parts and the dynamic values embedded in it, when every `$.` in it starts
 * a path that a helper writes; `undefined` otherwise, so that doubtful text stays one literal.
 */
export function textParts(text: string): (string | DynamicValue)[] | undefined {
  const parts: (string | DynamicValue)[] = [];
  let from = 0;
  for (let at = text.indexOf('$.'); at !== -1; at = text.indexOf('$.', from)) {
    embeddedPath.lastIndex = at;
    const match = embeddedPath.exec(text);
    if (match === null) return undefined;
    const end = at + match[0].length;
    if (text[end] === '[' || helperFor(match[0]) === undefined) return undefined;
    if (at > from) parts.push(text.slice(from, at));
    parts.push(new DynamicValue(match[0]));
    from = end;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
