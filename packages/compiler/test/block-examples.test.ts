import { existsSync } from 'node:fs';
import { blocks, isFlowDefinition } from '@contactflow/dsl';
import { validateText } from '@contactflow/validator';
import { describe, expect, test } from 'vitest';
import { compile } from '../src/index.js';
import { anyNameEnvironment } from './test-environment.js';

const examplesDirectory = new URL('../../../examples/blocks/', import.meta.url);

describe.each(Object.values(blocks).map((block) => [block.id, block] as const))(
  '%s',
  (id, block) => {
    const file = new URL(`${id}.flow.ts`, examplesDirectory);

    test('has an example flow', () => {
      expect(existsSync(file), `examples/blocks/${id}.flow.ts`).toBe(true);
    });

    // Modes that exclude each other's flow types (Transfer to queue inside and outside customer
    // queue flows) need more than one flow, so every flow the file exports counts.
    test.runIf(existsSync(file))(
      'compiles to valid flows using every mode of the block',
      async () => {
        const module = (await import(file.href)) as Record<string, unknown>;
        expect(isFlowDefinition(module['example'])).toBe(true);
        const modesUsed = new Set<string | undefined>();
        for (const [name, definition] of Object.entries(module)) {
          if (!isFlowDefinition(definition)) continue;
          const result = compile(definition, { environment: anyNameEnvironment });
          expect(
            result.diagnostics.filter((d) => d.severity === 'error'),
            name,
          ).toEqual([]);
          const problems = validateText(result.json, { fileName: `${id}.json` }).filter(
            (d) => d.severity === 'error',
          );
          expect(problems.map((d) => `${name} ${d.code} ${d.pointer}: ${d.message}`)).toEqual([]);
          for (const origin of result.origins.values()) {
            if (origin.blockId === id) modesUsed.add(origin.mode);
          }
        }
        expect([...modesUsed].sort()).toEqual(block.variants.map((v) => v.mode).sort());
      },
    );
  },
);
