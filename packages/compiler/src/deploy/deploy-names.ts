import type { FlowReference } from './flow-references.js';

/**
 * The words of a name: runs of ASCII letters and digits, split where a lower-case letter or a digit
 * meets a capital, so that `checkHoliday`, `Check holiday` and `check_holiday` have the same words.
 */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

function snakeJoin(parts: readonly string[]): string {
  return parts.map((word) => word.toLowerCase()).join('_');
}

function pascalJoin(parts: readonly string[]): string {
  return parts.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/**
 * A name in `snake_case`, as Terraform names variables and resources.
 *
 * @example
 * ```ts
 * import { snakeCase } from './deploy-names.js';
 * snakeCase('Government services IVR'); // 'government_services_ivr'
 * ```
 */
export function snakeCase(text: string): string {
  return snakeJoin(words(text));
}

/**
 * A name in `PascalCase`, as CloudFormation logical ids are usually written; the letters after
 * the first of a word keep their case, so `IVR` stays `IVR`.
 *
 * @example
 * ```ts
 * import { pascalCase } from './deploy-names.js';
 * pascalCase('Government services IVR'); // 'GovernmentServicesIVR'
 * ```
 */
export function pascalCase(text: string): string {
  return pascalJoin(words(text));
}

/** A resource kind in words, for descriptions: `lambdaFunction` is `lambda function`. */
export function kindWords(reference: FlowReference): string {
  return words(reference.kind).join(' ').toLowerCase();
}

/**
 * The words of the input (a Terraform variable, a CloudFormation parameter) that stands for a
 * reference: its name, then its kind unless the name ends with it, then `arn` unless the name
 * already says it is one. A name without words, or starting with a digit, gets the kind first.
 */
function inputWords(reference: FlowReference): string[] {
  const kind = words(reference.kind);
  const given = words(reference.name);
  const name = given.length === 0 || /^[0-9]/.test(given[0]!) ? [...kind, ...given] : given;
  const said = (ending: readonly string[]) =>
    snakeJoin(name.slice(-ending.length)) === snakeJoin(ending);
  if (said(['arn'])) return name;
  return said(kind) ? [...name, 'arn'] : [...name, ...kind, 'arn'];
}

/**
 * The name of the Terraform variable for a reference: `sales_queue_arn` for the queue "Sales".
 *
 * @example
 * ```ts
 * import { inputVariableName } from './deploy-names.js';
 * inputVariableName({ kind: 'lambdaFunction', name: 'checkHoliday' }); // 'check_holiday_lambda_function_arn'
 * ```
 */
export function inputVariableName(reference: FlowReference): string {
  return snakeJoin(inputWords(reference));
}

/**
 * The logical id of the CloudFormation parameter for a reference: `SalesQueueArn` for the queue
 * "Sales".
 *
 * @example
 * ```ts
 * import { inputParameterId } from './deploy-names.js';
 * inputParameterId({ kind: 'queue', name: 'support_queue_arn' }); // 'SupportQueueArn'
 * ```
 */
export function inputParameterId(reference: FlowReference): string {
  return pascalJoin(inputWords(reference));
}

/**
 * Hands out names that are unique within one output: a name already taken gets a number
 * (`sales_queue_arn_2`). Callers ask in a fixed order, so the same input gets the same names.
 */
export class UniqueNames {
  readonly #taken = new Set<string>();

  constructor(private readonly separator: string) {}

  /** Marks names as taken without handing them out. */
  reserve(...names: readonly string[]): void {
    for (const name of names) this.#taken.add(name.toLowerCase());
  }

  /** The wanted name, or the first numbered variant of it that is free. */
  take(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.#taken.has(name.toLowerCase()); n++)
      name = `${wanted}${this.separator}${n}`;
    this.#taken.add(name.toLowerCase());
    return name;
  }
}
