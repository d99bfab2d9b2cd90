import { placeholderPresets, type PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import { buildTargets } from './build-targets.js';
import { UsageError } from './usage-error.js';

/**
 * Reads `--target` and `--placeholder-style`: the syntax references are written in for a template
 * (`undefined` for a flow, the default target). The style is a built-in preset or a syntax the
 * configuration defines; it may be left out when the configuration names exactly one syntax.
 * Anything else is a {@link UsageError}.
 *
 * @example
 * ```ts
 * import { defaultPlaceholderSyntaxes } from '@contactflow/dsl/placeholders';
 * import { placeholderStyleOption } from './placeholder-style-option.js';
 * placeholderStyleOption('template', 'percent', defaultPlaceholderSyntaxes)?.write('QueueArn'); // '%QueueArn%'
 * ```
 */
export function placeholderStyleOption(
  target: string | undefined,
  style: string | undefined,
  configured: readonly PlaceholderSyntax[],
): PlaceholderSyntax | undefined {
  if (target !== undefined && !(buildTargets as readonly string[]).includes(target)) {
    throw new UsageError(`unknown target "${target}"; expected one of ${buildTargets.join(', ')}`);
  }
  if (target !== 'template') {
    if (style !== undefined) {
      throw new UsageError('--placeholder-style is for templates: give --target template too');
    }
    return undefined;
  }
  // Presets are always known; a configured syntax of the same name is the same syntax.
  const known = new Map<string, PlaceholderSyntax>(Object.entries(placeholderPresets));
  for (const syntax of configured) if (!known.has(syntax.name)) known.set(syntax.name, syntax);
  const names = [...known.keys()].join(', ');
  if (style === undefined) {
    if (configured.length === 1) return configured[0];
    throw new UsageError(
      `--target template writes references as placeholders: say which with --placeholder-style (${names})`,
    );
  }
  const found = known.get(style);
  if (found === undefined) {
    throw new UsageError(`unknown placeholder style "${style}"; expected one of ${names}`);
  }
  return found;
}
