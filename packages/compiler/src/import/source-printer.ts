import {
  DynamicValue,
  isDynamicValue,
  isResourceReference,
  isTextTemplate,
  type ConditionOperator,
  type ResourceKind,
  type TextTemplate,
} from '@contactflow/dsl';
import type { ConditionArgument } from './branch-calls.js';
import { helperFor } from './dynamic-value-source.js';
import { propertyKey, stringLiteral, templateText } from './js-literal.js';

/** The builder function that makes a reference of each kind. */
const referenceFunctions: Readonly<Record<ResourceKind, string>> = {
  queue: 'queue',
  prompt: 'prompt',
  hoursOfOperation: 'hoursOfOperation',
  lambdaFunction: 'lambdaFunction',
  lexBot: 'lexBot',
  flow: 'flowRef',
  flowModule: 'moduleRef',
  phoneNumber: 'phoneNumber',
  quickConnect: 'quickConnect',
  agent: 'agent',
  view: 'view',
  taskTemplate: 'taskTemplate',
};

/** The `is.*` helper of each condition operator. */
const conditionHelpers: Readonly<Record<ConditionOperator, string>> = {
  Equals: 'equalTo',
  TextStartsWith: 'startingWith',
  TextEndsWith: 'endingWith',
  TextContains: 'containing',
  NumberGreaterThan: 'greaterThan',
  NumberGreaterOrEqualTo: 'greaterThanOrEqualTo',
  NumberLessThan: 'lessThan',
  NumberLessOrEqualTo: 'lessThanOrEqualTo',
};

/**
 * Writes option values as builder source (`queue('Sales')`, `attribute('tier')`, text templates,
 * object and array literals) and remembers which names of `@contactflow/dsl` the source uses.
 */
export class SourcePrinter {
  readonly imports = new Set<string>();

  /** Source that evaluates to the value. */
  value(value: unknown): string {
    if (value === null) return 'null';
    if (typeof value === 'string') return stringLiteral(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (isResourceReference(value)) {
      const fn = referenceFunctions[value.kind];
      this.imports.add(fn);
      return `${fn}(${stringLiteral(value.name)})`;
    }
    if (isDynamicValue(value)) return this.dynamic(value);
    if (isTextTemplate(value)) return this.template(value);
    if (Array.isArray(value)) return `[${value.map((item) => this.value(item)).join(', ')}]`;
    if (typeof value === 'object') {
      const entries = Object.entries(value).filter(([, item]) => item !== undefined);
      if (entries.length === 0) return '{}';
      return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${this.value(item)}`).join(', ')} }`;
    }
    throw new Error(`cannot write ${typeof value} as source`);
  }

  /** A dynamic value: its helper, else the JSONPath wrapped in `new DynamicValue(...)`. */
  dynamic(value: DynamicValue): string {
    const helper = helperFor(value.path);
    if (helper !== undefined) {
      for (const name of helper.imports) this.imports.add(name);
      return helper.source;
    }
    this.imports.add('DynamicValue');
    return `new DynamicValue(${stringLiteral(value.path)})`;
  }

  /** A `text` template literal. */
  template(value: TextTemplate): string {
    this.imports.add('text');
    const body = value.parts
      .map((part) => (typeof part === 'string' ? templateText(part) : `\${${this.dynamic(part)}}`))
      .join('');
    return `text\`${body}\``;
  }

  /** The argument of a `.when(...)` call. */
  condition(argument: ConditionArgument): string {
    switch (argument.kind) {
      case 'equals':
        return stringLiteral(argument.operand);
      case 'dynamic':
        return this.dynamic(new DynamicValue(argument.path));
      case 'share':
        return String(argument.percent);
      case 'is': {
        this.imports.add('is');
        const operand = argument.operand;
        const asNumber =
          String(Number(operand)) === operand && operand !== '' ? operand : stringLiteral(operand);
        return `is.${conditionHelpers[argument.operator]}(${asNumber})`;
      }
    }
  }
}
