import { describe, expect, test } from 'vitest';
import { validate } from '../src/index.js';
import { corpusAvailable, corpusEntries, corpusText } from './corpus.js';
import { expectedCorpusFailures } from './expected-corpus-failures.js';
import { defectKinds } from './seeding/defect-kinds.js';
import type { FlowJson } from './seeding/seeded-defect.js';

/**
 * Each kind of defect is planted into every real flow that the validator accepts and that has a
 * place for it; the validator must report at least 95% of them, on the action where each was
 * planted.
 */
describe.skipIf(!corpusAvailable)('defects seeded into real flows', () => {
  const flows = corpusEntries()
    .filter((entry) => entry.kind === 'raw' && expectedCorpusFailures[entry.file] === undefined)
    .map((entry) => ({ file: entry.file, flow: JSON.parse(corpusText(entry)) as FlowJson }))
    .filter(({ flow }) => Array.isArray(flow.Actions) && flow.Actions.length > 0);

  test('has real flows to seed', () => {
    expect(flows.length).toBeGreaterThan(50);
  });

  test.each(defectKinds.map((kind) => [kind.name, kind] as const))('%s', (_name, kind) => {
    let seeded = 0;
    const missed: string[] = [];
    for (const { file, flow } of flows) {
      const defect = kind.seed(flow);
      if (defect === undefined) continue;
      seeded++;
      const found = validate(defect.document, defect.options).some(
        (d) =>
          d.code === defect.code &&
          (defect.actionId === undefined || d.actionId === defect.actionId) &&
          (defect.pointer === undefined || d.pointer === defect.pointer),
      );
      if (!found) missed.push(file);
    }
    expect(seeded, 'flows with a place for this defect').toBeGreaterThan(0);
    const caught = (seeded - missed.length) / seeded;
    expect(caught, `missed in ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
