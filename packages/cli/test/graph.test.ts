import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderMermaid } from '@contactflow/compiler';
import { afterAll, describe, expect, it } from 'vitest';
import { graphCommand } from '../src/commands/graph.js';
import { UsageError } from '../src/usage-error.js';
import { repositoryRoot } from './run-cli.js';

const example = 'examples/flows/customer-queue.json';
const exampleDocument: unknown = JSON.parse(readFileSync(resolve(repositoryRoot, example), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'contactflow-graph-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function usageError(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('graphCommand', () => {
  it('prints a Mermaid flowchart by default', async () => {
    const outcome = await graphCommand(example, {}, repositoryRoot);
    expect(outcome).toEqual({ output: renderMermaid(exampleDocument), exitCode: 0 });
    expect(outcome.output.startsWith('flowchart LR\n')).toBe(true);
  });

  it.each([
    ['dot', /^digraph "Customer queue with callback" \{\n/],
    ['svg', /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/],
    ['html', /^<!DOCTYPE html>\n/],
  ])('prints --format %s', async (format, start) => {
    const { output, exitCode } = await graphCommand(example, { format }, repositoryRoot);
    expect(exitCode).toBe(0);
    expect(output).toMatch(start);
  });

  it('reads the output of describe-contact-flow', async () => {
    const wrapped = join(scratch, 'described.json');
    writeFileSync(
      wrapped,
      JSON.stringify({
        ContactFlow: { Type: 'CUSTOMER_QUEUE', Content: JSON.stringify(exampleDocument) },
      }),
    );
    const { output } = await graphCommand(wrapped, {}, repositoryRoot);
    expect(output).toBe(renderMermaid(exampleDocument));
  });

  it('writes the diagram to -o whole, leaving no temporary file', async () => {
    const directory = join(scratch, 'out');
    mkdirSync(directory);
    writeFileSync(join(directory, 'flow.svg'), 'old content');
    const outcome = await graphCommand(
      resolve(repositoryRoot, example),
      { format: 'svg', output: 'out/flow.svg' },
      scratch,
    );
    expect(outcome).toEqual({ output: '', exitCode: 0 });
    expect(readFileSync(join(directory, 'flow.svg'), 'utf8')).toMatch(/^<svg /);
    expect(readdirSync(directory)).toEqual(['flow.svg']);
  });

  it('names the file when -o cannot be written', async () => {
    const message = await usageError(
      graphCommand(example, { output: join(scratch, 'missing', 'flow.mmd') }, repositoryRoot),
    );
    expect(message).toBe(`${join(scratch, 'missing', 'flow.mmd')}: its directory does not exist`);
  });

  it('refuses an unknown format before reading anything', async () => {
    const message = await usageError(
      graphCommand('no-such-file.json', { format: 'png' }, repositoryRoot),
    );
    expect(message).toBe('unknown format "png"; expected one of mermaid, dot, svg, html');
  });

  it.each([
    ['a missing file', 'packages/cli/test/fixtures/no-such-file.json'],
    ['invalid JSON', 'packages/cli/test/fixtures/not-json.json'],
    ['an empty file', 'packages/cli/test/fixtures/empty.json'],
    ['a directory', 'packages/cli/test/fixtures'],
  ])('reports %s in one line naming the file', async (_what, file) => {
    const message = await usageError(graphCommand(file, {}, repositoryRoot));
    expect(message.startsWith(file)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('refuses JSON that is not a flow', async () => {
    const file = join(scratch, 'not-a-flow.json');
    writeFileSync(file, '{"hello": "world"}');
    const message = await usageError(graphCommand(file, {}, repositoryRoot));
    expect(message.startsWith(`${file}: `)).toBe(true);
  });
});
