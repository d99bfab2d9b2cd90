import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultPlaceholderSyntaxes, findPlaceholders } from '@contactflow/dsl';
import { afterAll, describe, expect, test } from 'vitest';
import { corpusAvailable, corpusDirectory, corpusEntries } from '../../validator/test/corpus.js';
import { repositoryRoot, runInProcess } from './run-cli.js';

// Every corpus template (a file in which the built-in syntaxes find a placeholder) goes through
// the commands a team would use: `import` to builder source, then `build --target template` in the
// style the import names, and `diff` against the original must find the same start and the same
// actions. Layout, the flow's name and description, and a module's settings may differ.
const templates = corpusEntries().flatMap((entry) => {
  const file = resolve(corpusDirectory, entry.file);
  const found = findPlaceholders(readFileSync(file, 'utf8'), defaultPlaceholderSyntaxes);
  return found.length === 0 ? [] : [[entry.file, file, found] as const];
});

const scratch = resolve(import.meta.dirname, '.tmp');
mkdirSync(scratch, { recursive: true });
const work = mkdtempSync(join(scratch, 'template-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface FlowDiffJson {
  readonly flow: readonly unknown[];
  readonly actions: readonly unknown[];
}

async function semanticDiff(args: string[]): Promise<FlowDiffJson> {
  const result = await runInProcess(['diff', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as FlowDiffJson;
}

let built = 0;

describe.skipIf(!corpusAvailable)('corpus templates through import and build', () => {
  test('the corpus has templates in each built-in style', () => {
    const styles = new Set(templates.flatMap(([, , found]) => found.map((p) => p.syntax)));
    expect(templates.length).toBeGreaterThanOrEqual(30);
    expect([...styles].sort()).toEqual(['handlebars', 'percent', 'terraform']);
  });

  test.each(templates.map(([name, file, found], index) => [name, file, found, index] as const))(
    '%s',
    async (_name, file, found, index) => {
      const source = relative(repositoryRoot, join(work, `template-${index}.flow.ts`));
      const imported = await runInProcess(['import', file, '-o', source]);
      expect(imported.exitCode).toBe(0);
      const text = readFileSync(resolve(repositoryRoot, source), 'utf8');
      // The import names the style of the references it made; a template whose placeholders are
      // all text builds back the same in any style, so its first placeholder's is taken.
      const named = /--placeholder-style (\S+)/.exec(text)?.[1];
      const style = named ?? found[0]!.syntax;
      // No corpus template has whole-value placeholders of two syntaxes, which one style could
      // not write back.
      expect(imported.stderr).not.toMatch(/placeholders of \d+ syntaxes/);

      const compiled = await semanticDiff([file, source, '--placeholder-style', style]);
      expect(compiled.flow).toEqual([]);
      expect(compiled.actions).toEqual([]);

      const out = relative(repositoryRoot, join(work, `out-${index}`));
      const build = await runInProcess([
        'build',
        source,
        '--target',
        'template',
        '--placeholder-style',
        style,
        '-o',
        out,
        '--format',
        'json',
      ]);
      if (build.exitCode === 0) {
        built++;
        const written = join(out, `template-${index}.json`);
        const again = await semanticDiff([file, written]);
        expect(again.flow).toEqual([]);
        expect(again.actions).toEqual([]);
        return;
      }
      // A flow with defects of its own is not written; none of its errors may be about a
      // placeholder.
      expect(build.exitCode).toBe(1);
      const results = JSON.parse(build.stdout) as {
        diagnostics: { severity: string; message: string }[];
      }[];
      const errors = results.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const { name, text: placeholder } of found) {
        for (const error of errors) {
          expect(error.message).not.toContain(placeholder);
          expect(error.message).not.toContain(`:${name}}}`);
        }
      }
    },
  );

  test('most templates build', () => {
    expect(built).toBeGreaterThan(templates.length / 2);
  });
});
