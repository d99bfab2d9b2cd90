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
  return words(text)
    .map((word) => word.toLowerCase())
    .join('_');
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
  return words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
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
