/**
 * A way deploy tools mark a value they fill in when they render a flow template: Terraform's
 * `templatefile` writes `${name}`, CDK and build scripts often `%Name%` or `{{name}}`. The project
 * recognises them so that a template can be linted, imported and compared before it is rendered.
 */
export interface PlaceholderSyntax {
  /** How configuration and messages name the syntax (`terraform`, `percent`, ...). */
  readonly name: string;
  /**
   * Matches one placeholder; its first capture group is the placeholder's name. Written without
   * flags: the functions that search with it add the ones they need.
   */
  readonly pattern: string;
  /** The placeholder text for a name: the inverse of `pattern`. */
  write(name: string): string;
}

/** The names of the syntaxes built in, which `--placeholder-style` and configuration accept. */
export type PlaceholderPreset = 'terraform' | 'percent' | 'handlebars';

/**
 * The syntaxes built in:
 * - `terraform`: `${support_queue_arn}`, Terraform `templatefile` interpolation, and scripts that
 *   copy it (`${Q:Support:Q}`); `$${` is Terraform's escape for a literal `${` and is not one;
 * - `percent`: `%CustomerQueuePromptArn%`, a word between percent signs;
 * - `handlebars`: `{{prompts.hold.arn}}`, Mustache and Handlebars style, spaces inside allowed.
 */
export const placeholderPresets: Readonly<Record<PlaceholderPreset, PlaceholderSyntax>> = {
  terraform: {
    name: 'terraform',
    pattern: String.raw`(?<!\$)\$\{([^{}\s][^{}]*?)\}`,
    write: (name) => `\${${name}}`,
  },
  percent: {
    name: 'percent',
    pattern: String.raw`%([A-Za-z_][A-Za-z0-9_.\-]*)%`,
    write: (name) => `%${name}%`,
  },
  handlebars: {
    name: 'handlebars',
    pattern: String.raw`\{\{\s*([^{}\s](?:[^{}]*[^{}\s])?)\s*\}\}`,
    write: (name) => `{{${name}}}`,
  },
};

/** Every built-in syntax, as commands use them when the configuration names none. */
export const defaultPlaceholderSyntaxes: readonly PlaceholderSyntax[] =
  Object.values(placeholderPresets);

/**
 * Whether a name is one of the built-in syntaxes.
 *
 * @example
 * ```ts
 * import { isPlaceholderPreset } from '@contactflow/dsl';
 * isPlaceholderPreset('terraform'); // true
 * ```
 */
export function isPlaceholderPreset(name: string): name is PlaceholderPreset {
  return Object.hasOwn(placeholderPresets, name);
}
