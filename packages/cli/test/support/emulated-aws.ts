import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConnectEmulator, EmulatedInstance } from '../../../publish/test/emulator/index.js';
import { runExecutable, runInProcess } from '../run-cli.js';

/** Credentials the emulator accepts; the secret must never appear in anything the command prints. */
export const accessKeyId = 'AKIAEMULATEDKEY00001';
export const secretAccessKey = 'emulated/Secret+Key/4f9c2b7e1a0d63e8b5c9';

/**
 * The environment a user of the command would have: static credentials, a region, and the
 * emulator as the endpoint of the Connect API. Nothing from the machine's AWS set-up (profiles,
 * session tokens, config files) takes part.
 */
export function awsEnvironment(endpoint: string): Record<string, string | undefined> {
  return {
    AWS_ENDPOINT_URL_CONNECT: endpoint,
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_DEFAULT_PROFILE: undefined,
    AWS_ENDPOINT_URL: undefined,
    AWS_CONFIG_FILE: join(import.meta.dirname, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(import.meta.dirname, 'no-aws-credentials'),
  };
}

/** Sets variables of this process (`undefined` removes one); returns what puts them back. */
export function setEnvironment(variables: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(variables);
  return () => apply(saved);
}

/**
 * An instance with the resources the fixture flows name: queues, prompts and a Lambda function,
 * two of each kind or more so that the lists page.
 */
export function seededInstance(
  emulator: ConnectEmulator,
  options: { region?: string; accountId?: string } = {},
): EmulatedInstance {
  const instance = emulator.addInstance(options);
  for (const name of ['Billing', 'Sales', 'Support']) instance.addQueue(name);
  for (const name of ['Hold music', 'Welcome', 'Hello']) instance.addPrompt(name);
  instance.addLambdaFunction('isHoliday');
  instance.addLambdaFunction('lookupCustomer');
  return instance;
}

const scratch = resolve(import.meta.dirname, '../.tmp');

/**
 * A copy of `fixtures/publish` to work in, under the package (so that `*.flow.ts` files find
 * `@contactflow/dsl` as a project's sources would), removed by {@link removeWorkDirectories}.
 */
export function workDirectory(): string {
  mkdirSync(scratch, { recursive: true });
  const directory = mkdtempSync(join(scratch, 'publish-'));
  cpSync(resolve(import.meta.dirname, '../fixtures/publish'), directory, { recursive: true });
  created.push(directory);
  return directory;
}

const created: string[] = [];

/** Removes every directory {@link workDirectory} made. */
export function removeWorkDirectories(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Replaces the part of a text file in the work directory, as an edit of the flow would. */
export function edit(directory: string, file: string, from: string, to: string): void {
  const path = join(directory, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** The backup folder of a run, named by the time it ran, as `<run>`. */
export function normalise(text: string): string {
  return text.replace(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z(-\d+)?/g, '<run>');
}

/** Everything the command printed in this file's runs, to check that no secret is among it. */
export const printed: string[] = [];

/** Runs the command in-process, recording what it printed. */
export async function cli(args: string[], cwd: string) {
  const result = await runInProcess(args, cwd);
  printed.push(result.stdout, result.stderr);
  return result;
}

/** Runs the installed executable with the emulator's environment, recording what it printed. */
export async function executable(args: string[], cwd: string, endpoint: string) {
  const result = await runExecutable(args, cwd, awsEnvironment(endpoint));
  printed.push(result.stdout, result.stderr);
  return result;
}
