import {
  customPlaceholderSyntax,
  defaultPlaceholderSyntaxes,
  placeholderPresets,
  type PlaceholderSyntax,
} from '@contactflow/dsl/placeholders';
import { UsageError } from '../usage-error.js';
import type { LoadedConfig } from './load-config.js';

/**
 * The placeholder syntaxes a configuration names, in its order: every built-in preset when it names
 * none. A custom syntax that does not work (no capture group, a pattern that does not read back
 * what `write` writes) is a {@link UsageError} naming the configuration file.
 *
 * @example
 * ```ts
 * import { placeholderSyntaxes } from './placeholder-syntaxes.js';
 * const loaded = { config: { placeholders: ['terraform' as const] }, file: undefined, path: undefined, baseDirectory: '.' };
 * placeholderSyntaxes(loaded).map((syntax) => syntax.name); // ['terraform']
 * ```
 */
export function placeholderSyntaxes(loaded: LoadedConfig): readonly PlaceholderSyntax[] {
  const configured = loaded.config.placeholders;
  if (configured === undefined) return defaultPlaceholderSyntaxes;
  return configured.map((entry) => {
    if (typeof entry === 'string') return placeholderPresets[entry];
    try {
      return customPlaceholderSyntax(entry);
    } catch (error) {
      throw new UsageError(`${loaded.file ?? 'configuration'}: ${(error as Error).message}`);
    }
  });
}
