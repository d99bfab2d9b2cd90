import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { channels as allChannels, flowTypes } from '@contactflow/dsl/catalog';
import type { Channel, FlowType } from '@contactflow/dsl/catalog';
import type { Diagnostic } from '@contactflow/validator';
import picomatch from 'picomatch/posix.js';
import { UsageError } from '../usage-error.js';
import { configFileName, type RuleSettings } from './config-schema.js';
import type { LoadedConfig } from './load-config.js';

/**
 * What the configuration and the command line say about one file. The command line's flow type
 * wins over the document's own; the configuration's applies only when the document has none.
 */
export interface FileSettings {
  readonly flowType?: FlowType;
  readonly defaultFlowType?: FlowType;
  readonly channels?: readonly Channel[];
  readonly rules: RuleSettings;
}

/** Settings from the command line, for every file; they win over the configuration. */
export interface CommandLineSettings {
  readonly flowType?: string;
  /** Comma-separated. */
  readonly channels?: string;
}

/** Answers, for each file to lint, whether to lint it and how. */
export interface LintSettings {
  /**
   * Whether the configuration ignores `file`, or it is a configuration file. `file` is as the user
   * sees it: relative to the working directory, or absolute.
   */
  isIgnored(file: string): boolean;
  forFile(file: string): FileSettings;
}

type Matcher = (path: string) => boolean;

/**
 * A matcher for glob patterns (picomatch, `/` separators, dot files included) that also accepts a
 * path below a matching directory; a trailing `/` is ignored.
 */
function matcherOf(patterns: readonly string[]): Matcher {
  const matches = picomatch(
    patterns.map((pattern) => pattern.replace(/(.)\/+$/, '$1')),
    { dot: true },
  );
  return (path) => {
    const segments = path.split('/');
    for (let end = segments.length; end > 0; end--) {
      if (matches(segments.slice(0, end).join('/'))) return true;
    }
    return false;
  };
}

function parseFlowType(value: string): FlowType {
  if (flowTypes.includes(value as FlowType)) return value as FlowType;
  throw new UsageError(`unknown flow type "${value}"; expected one of ${flowTypes.join(', ')}`);
}

function parseChannels(value: string): Channel[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new UsageError(`--channels needs at least one of ${allChannels.join(', ')}`);
  }
  for (const name of names) {
    if (!allChannels.includes(name as Channel)) {
      throw new UsageError(`unknown channel "${name}"; expected ${allChannels.join(', ')}`);
    }
  }
  return [...new Set(names as Channel[])];
}

/**
 * Combines a configuration with the command line. Glob patterns are matched against the path of
 * the file relative to the configuration's directory; files outside it match none.
 */
export function lintSettings(
  loaded: LoadedConfig,
  commandLine: CommandLineSettings,
  cwd: string,
): LintSettings {
  const flowType =
    commandLine.flowType === undefined ? undefined : parseFlowType(commandLine.flowType);
  const channels =
    commandLine.channels === undefined ? undefined : parseChannels(commandLine.channels);
  const { config, baseDirectory } = loaded;
  const ignored = matcherOf(config.ignores ?? []);
  const overrides = (config.overrides ?? []).map((override) => ({
    override,
    matches: matcherOf(override.files),
  }));

  const pathOf = (file: string): string | undefined => {
    const path = relative(baseDirectory, resolve(cwd, file));
    if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) {
      return undefined;
    }
    return path.split(sep).join('/');
  };

  return {
    isIgnored(file) {
      const absolute = resolve(cwd, file);
      if (absolute === loaded.path || basename(absolute) === configFileName) return true;
      const path = pathOf(file);
      return path !== undefined && ignored(path);
    },
    forFile(file) {
      const path = pathOf(file);
      let settings: FileSettings = { rules: config.rules ?? {} };
      for (const { override, matches } of overrides) {
        if (path === undefined || !matches(path)) continue;
        settings = {
          ...settings,
          ...(override.flowType !== undefined && { defaultFlowType: override.flowType }),
          ...(override.channels !== undefined && { channels: override.channels }),
          rules: { ...settings.rules, ...override.rules },
        };
      }
      return {
        ...settings,
        ...(flowType !== undefined && { flowType }),
        ...(channels !== undefined && { channels }),
      };
    },
  };
}

/** Drops the diagnostics whose code is `off` and gives the others their configured severity. */
export function applyRuleSettings(
  diagnostics: readonly Diagnostic[],
  rules: RuleSettings,
): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = Object.hasOwn(rules, diagnostic.code) ? rules[diagnostic.code] : undefined;
    if (setting === undefined) return [diagnostic];
    if (setting === 'off') return [];
    return [{ ...diagnostic, severity: setting }];
  });
}
