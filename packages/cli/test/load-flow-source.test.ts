import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@contactflow/compiler';
import {
  disconnect,
  flow,
  isFlowDefinition,
  missingAction,
  playPrompt,
  queue,
  raw,
  setWorkingQueue,
  text,
  attribute,
  type FlowDefinition,
} from '@contactflow/dsl';
import { describe, expect, it } from 'vitest';
import { snapshotFlows } from '../src/flow-snapshot.js';
import { loadFlowSource } from '../src/load-flow-source.js';
import { rebuildFlow } from '../src/rebuild-flow.js';
import { UsageError } from '../src/usage-error.js';
import { repositoryRoot } from './run-cli.js';

// Sources run in a worker thread and their flows come back as data, built again here: the flows
// must compile to exactly what the source's own flows compile to, source locations included.
const examples = resolve(repositoryRoot, 'examples');
const sources = [
  ...readdirSync(examples).filter((name) => name.endsWith('.flow.ts')),
  ...readdirSync(join(examples, 'blocks')).map((name) => `blocks/${name}`),
].sort();

function compiled(definition: FlowDefinition) {
  const result = compile(definition, { unresolvedReferences: 'placeholder' });
  return { json: result.json, diagnostics: result.diagnostics, origins: [...result.origins] };
}

describe('loadFlowSource', () => {
  it.each(sources)('gives the flows of examples/%s as the source made them', async (name) => {
    const file = join(examples, name);
    const own = (await import(file)) as Record<string, unknown>;
    const expected = Object.keys(own)
      .sort()
      .filter((key) => isFlowDefinition(own[key]))
      .map((key) => [key, compiled(own[key] as FlowDefinition)] as const);
    const loaded = await loadFlowSource(file, repositoryRoot);
    expect(loaded.map((f) => [f.exportName, compiled(f.definition)] as const)).toEqual(expected);
  });

  it('stops a source after the time limit it is given', async () => {
    const scratch = resolve(import.meta.dirname, '.tmp');
    mkdirSync(scratch, { recursive: true });
    const directory = mkdtempSync(join(scratch, 'load-'));
    try {
      writeFileSync(join(directory, 'spins.flow.ts'), 'for (;;) {}\nexport {};\n');
      const loading = loadFlowSource('spins.flow.ts', directory, { timeLimitSeconds: 1 });
      await expect(loading).rejects.toThrow(UsageError);
      await expect(loading).rejects.toThrow(
        'spins.flow.ts: did not finish loading within 1 second and was stopped',
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('a flow taken apart and built again', () => {
  it('keeps what the compiler reads: names, references, values, missing actions, problems', () => {
    const bye = disconnect();
    const hello = playPrompt({ text: text`Hi ${attribute('name')}.` })
      .then(bye)
      .onError(missingAction('Gone'))
      .named('__proto__');
    const odd = raw({
      type: 'Custom',
      parameters: { ['__proto__']: { nested: [1, null, true] }, constructor: 'x', list: [] },
    }).then(hello);
    const working = setWorkingQueue({ queue: queue('Sales') })
      .then(odd)
      .onError(odd);
    working.then(bye);
    const original = flow('Hostile names', { start: working, detached: [disconnect()] });
    const [snapshot] = snapshotFlows({ original });
    const rebuilt = rebuildFlow(structuredClone(snapshot!));
    expect(compiled(rebuilt)).toEqual(compiled(original));
    expect(Object.getPrototypeOf(odd.parameters)).toBe(Object.prototype);
  });

  it('reports a start that is no block instead of failing', () => {
    const broken = { ...flow('Broken', { start: disconnect() }), start: undefined };
    const [snapshot] = snapshotFlows({ broken });
    const result = compile(rebuildFlow(snapshot!));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-target', severity: 'error' }),
    ]);
    expect(result.document.Actions).toEqual([]);
  });
});
