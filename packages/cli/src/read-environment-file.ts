import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnvironment } from '@contactflow/compiler';
import type { Environment } from '@contactflow/dsl';
import { UsageError } from './usage-error.js';

/**
 * Reads an environment file for compiling `.flow.ts` inputs; a {@link UsageError} when it cannot be
 * read or is not an environment.
 */
export function readEnvironmentFile(file: string, cwd: string): Environment {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`${file}: no such file or directory`);
  }
  const parsed = parseEnvironment(text, file);
  if (parsed.error !== undefined) throw new UsageError(parsed.error);
  return parsed.environment;
}
