import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as dsl from '@contactflow/dsl';

const root = resolve(import.meta.dirname, '../../..');
const blockReference = readFileSync(resolve(root, 'docs/blocks.md'), 'utf8');
const exported = dsl as unknown as Record<string, unknown>;

describe.each(Object.values(dsl.blocks).map((block) => [block.id, block] as const))(
  '%s',
  (id, block) => {
    test('has a builder, exported under its catalog name, in a file named after the block', () => {
      const builder = exported[block.builder] as { block?: dsl.BlockSpec } | undefined;
      expect(typeof builder).toBe('function');
      expect(builder!.block).toBe(block);
      expect(existsSync(resolve(root, `packages/dsl/src/blocks/${id}.ts`))).toBe(true);
    });

    test('has an entry in the block reference with its builder and example', () => {
      const section = blockReference.split(/^## /m).find((s) => s.startsWith(`${block.name}\n`));
      expect(section, `docs/blocks.md has no "## ${block.name}"`).toBeDefined();
      expect(section).toContain(`Builder: \`${block.builder}(`);
      expect(section).toContain(`examples/blocks/${id}.flow.ts`);
    });

    test('is used by its example flow, which the compiler tests compile', () => {
      const example = readFileSync(resolve(root, `examples/blocks/${id}.flow.ts`), 'utf8');
      expect(example).toMatch(new RegExp(`\\b${block.builder}\\(`));
    });
  },
);

test('every builder module is a block of the catalog', () => {
  const builders = new Set(Object.values(dsl.blocks).map((block) => block.builder));
  const withBlock = Object.entries(exported).filter(
    ([, value]) => typeof value === 'function' && 'block' in value,
  );
  expect(withBlock.map(([name]) => name).filter((name) => !builders.has(name))).toEqual([]);
  expect(withBlock).toHaveLength(49);
});
