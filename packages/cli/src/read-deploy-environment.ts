import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseDeployEnvironment,
  type DeployEnvironment,
  type DeployTarget,
} from '@contactflow/compiler';
import { UsageError } from './usage-error.js';

/**
 * Reads the environment of a Terraform or CloudFormation build; a {@link UsageError} naming the
 * file when it cannot be read or says something the target cannot write.
 */
export function readDeployEnvironment(
  file: string,
  cwd: string,
  target: DeployTarget,
): DeployEnvironment {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`${file}: no such file or directory`);
  }
  const parsed = parseDeployEnvironment(text, file, target);
  if (parsed.error !== undefined) throw new UsageError(parsed.error);
  return parsed.environment;
}
