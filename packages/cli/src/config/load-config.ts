import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parseFlowText } from '@contactflow/validator';
import { validateConfigSchema } from '../generated/config-validator.js';
import { UsageError } from '../usage-error.js';
import { configFileName, configurableIds, type ContactflowConfig } from './config-schema.js';

/** A configuration and where it was read from. */
export interface LoadedConfig {
  readonly config: ContactflowConfig;
  /** The file, as the user named it; `undefined` when there is none. */
  readonly file: string | undefined;
  /** The file's absolute path; `undefined` when there is none. */
  readonly path: string | undefined;
  /** The directory glob patterns are relative to: the file's, or the working directory. */
  readonly baseDirectory: string;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function list(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? value : show(value))).join(', ');
}

/** One Ajv error as the rest of a line that starts with the file name. */
export function describeConfigError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the configuration' : error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      if (/\/rules$/.test(error.instancePath)) {
        return `unknown rule "${name}" in ${where}; known rules: ${list(configurableIds())}`;
      }
      const allowed = Object.keys((error.parentSchema?.properties ?? {}) as object);
      return `unknown property "${name}" in ${where}; expected ${list(allowed)}`;
    }
    case 'enum':
      return `${where} is ${show(error.data)}; expected one of ${list(error.params.allowedValues as unknown[])}`;
    case 'type':
      return `${where} is ${show(error.data)}; expected ${String(error.params.type)}`;
    case 'required':
      return `${where} needs "${String(error.params.missingProperty)}"`;
    case 'minItems':
    case 'minLength':
      return `${where} must not be empty`;
    case 'uniqueItems':
      return `${where} names ${show((error.data as unknown[])[Number(error.params.i)])} twice`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

/**
 * Checks a parsed configuration against the schema; throws a one-line {@link UsageError} that names
 * the file and the first problem.
 */
export function checkConfig(value: unknown, file: string): ContactflowConfig {
  // Precompiled by `pnpm generate`: loading Ajv and compiling the schema slowed every start.
  if (validateConfigSchema(value)) return value as ContactflowConfig;
  const [error] = validateConfigSchema.errors ?? [];
  throw new UsageError(
    `${file}: ${error ? describeConfigError(error) : 'not a valid configuration'}`,
  );
}

function readConfig(file: string, shown: string): ContactflowConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${shown}: cannot be read`);
  }
  if (text.trim() === '') throw new UsageError(`${shown}: the file is empty`);
  const parsed = parseFlowText(text);
  const [syntax] = parsed.diagnostics;
  if (syntax) {
    const message = syntax.message.replace(/^Invalid JSON: /, '').replace(/\.$/, '');
    throw new UsageError(
      `${shown}:${syntax.line ?? 1}:${syntax.column ?? 1}: invalid JSON: ${message}`,
    );
  }
  return checkConfig(parsed.value, shown);
}

/**
 * Reads the configuration: the file given (relative to `cwd`), else `contactflow.config.json` in
 * `cwd` when there is one, else an empty configuration. A file that is missing, is not JSON or
 * does not match the schema is a {@link UsageError}.
 */
export function loadConfig(file: string | undefined, cwd: string): LoadedConfig {
  if (file === undefined) {
    const found = resolve(cwd, configFileName);
    if (!existsSync(found)) {
      return { config: {}, file: undefined, path: undefined, baseDirectory: cwd };
    }
    return {
      config: readConfig(found, configFileName),
      file: configFileName,
      path: found,
      baseDirectory: cwd,
    };
  }
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute)) throw new UsageError(`${file}: no such file or directory`);
  return {
    config: readConfig(absolute, file),
    file,
    path: absolute,
    baseDirectory: dirname(absolute),
  };
}
