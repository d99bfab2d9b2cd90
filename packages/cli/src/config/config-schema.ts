import { channels, flowTypes, type Channel, type FlowType } from '@contactflow/dsl/catalog';
import {
  placeholderPresets,
  type CustomPlaceholderSyntaxOptions,
  type PlaceholderPreset,
} from '@contactflow/dsl/placeholders';
import { checkCodes, rules, type CheckCode } from '@contactflow/validator';
import { configFileName } from './config-file-name.js';

export { configFileName };

/** What a configuration may say about a rule: switch it off, or report it with this severity. */
export const ruleSettings = ['off', 'error', 'warning', 'info'] as const;

/** One of {@link ruleSettings}. */
export type RuleSetting = (typeof ruleSettings)[number];

/** Rule ids (and the validator's own check codes) with what to do about them. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** Settings for the files that match `files`; later overrides win over earlier ones. */
export interface ConfigOverride {
  /** Glob patterns, relative to the directory of the configuration file. */
  readonly files: readonly string[];
  readonly flowType?: FlowType;
  readonly channels?: readonly Channel[];
  readonly rules?: RuleSettings;
}

/** The content of `contactflow.config.json`. */
export interface ContactflowConfig {
  readonly $schema?: string;
  readonly rules?: RuleSettings;
  readonly overrides?: readonly ConfigOverride[];
  /** Glob patterns of files not to lint, relative to the directory of the configuration file. */
  readonly ignores?: readonly string[];
  /**
   * The placeholder syntaxes of flow templates, in the order they are tried: built-in presets by
   * name, or syntaxes of one's own. Absent: every preset. An empty list: flows are final, with no
   * placeholders.
   */
  readonly placeholders?: readonly (PlaceholderPreset | CustomPlaceholderSyntaxOptions)[];
}

const checkDescriptions: Readonly<Record<CheckCode, string>> = {
  'flow-type-unknown': 'The flow type is not known, so the rules that need it did not run.',
};

/**
 * The ids a configuration may name under `rules`: every rule of the validator, then the codes of
 * the validator's own checks.
 *
 * @example
 * ```ts
 * import { configurableIds } from './config-schema.js';
 * configurableIds().includes('unreachable-action'); // true
 * ```
 */
export function configurableIds(): string[] {
  return [...rules.map((rule) => rule.meta.id), ...checkCodes];
}

const globs = (description: string) => ({
  description,
  type: 'array',
  items: { type: 'string', minLength: 1 },
});

/**
 * The JSON Schema of `contactflow.config.json` (draft-07). The CLI checks configurations with it;
 * `packages/cli/schema/config.schema.json` is this object, written by `pnpm generate`, for editors.
 */
export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries([
    ...rules.map((rule) => [
      rule.meta.id,
      {
        $ref: '#/definitions/ruleSetting',
        description: `${rule.meta.description} Default: ${rule.meta.severity}.`,
      },
    ]),
    ...checkCodes.map((code) => [
      code,
      { $ref: '#/definitions/ruleSetting', description: checkDescriptions[code] },
    ]),
  ]);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'contactflow configuration',
    description: `The configuration of \`contactflow lint\` (${configFileName}).`,
    type: 'object',
    properties: {
      $schema: { description: 'The JSON Schema of this file, for editors.', type: 'string' },
      rules: { $ref: '#/definitions/rules' },
      overrides: {
        description: 'Settings for some files; later entries win over earlier ones.',
        type: 'array',
        items: { $ref: '#/definitions/override' },
      },
      ignores: globs(
        'Files not to lint: glob patterns relative to the directory of this file. A pattern that matches a directory ignores everything below it.',
      ),
      placeholders: {
        description:
          'The placeholder syntaxes of flow templates, tried in this order: built-in presets by name, or your own. Absent: every preset. Empty: flows have no placeholders.',
        type: 'array',
        items: {
          anyOf: [
            { description: 'A built-in syntax.', enum: Object.keys(placeholderPresets) },
            { $ref: '#/definitions/customPlaceholderSyntax' },
          ],
        },
      },
    },
    additionalProperties: false,
    definitions: {
      ruleSetting: {
        description: 'Switch the check off, or report what it finds with this severity.',
        enum: [...ruleSettings],
      },
      rules: {
        description: 'Severity by rule id or check code.',
        type: 'object',
        properties: ruleProperties,
        additionalProperties: false,
      },
      customPlaceholderSyntax: {
        description: 'A placeholder syntax of your own.',
        type: 'object',
        properties: {
          name: { description: 'How messages name the syntax.', type: 'string', minLength: 1 },
          pattern: {
            description:
              'A regular expression (JavaScript, u flag) with exactly one capture group, the name: "@@([A-Za-z_]+)@@".',
            type: 'string',
            minLength: 1,
          },
          write: {
            description: 'The placeholder text, with {name} where the name goes: "@@{name}@@".',
            type: 'string',
            minLength: 1,
          },
        },
        required: ['name', 'pattern', 'write'],
        additionalProperties: false,
      },
      override: {
        type: 'object',
        properties: {
          files: {
            ...globs(
              'The files this entry applies to: glob patterns relative to the directory of this file. A pattern that matches a directory applies to everything below it.',
            ),
            minItems: 1,
          },
          flowType: {
            description: 'The flow type of these files.',
            enum: [...flowTypes],
          },
          channels: {
            description: 'The channels these files serve.',
            type: 'array',
            items: { enum: [...channels] },
            minItems: 1,
            uniqueItems: true,
          },
          rules: { $ref: '#/definitions/rules' },
        },
        required: ['files'],
        additionalProperties: false,
      },
    },
  };
}
