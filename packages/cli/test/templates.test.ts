// Goldens: `UPDATE_GOLDENS=1 npx vitest run packages/cli/test/templates.test.ts` rewrites
// packages/cli/test/golden/template-inbound.*.json.txt from the current build; review the
// difference before committing it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runInProcess } from './run-cli.js';

const fixture = 'packages/cli/test/fixtures/templates/inbound.flow.ts';
const goldens = resolve(import.meta.dirname, 'golden');
const updateGoldens = process.env['UPDATE_GOLDENS'] === '1';
const scratch = resolve(import.meta.dirname, '.tmp');

// Under the package, so that imported sources find `@contactflow/dsl` as a project's would.
mkdirSync(scratch, { recursive: true });
const work = mkdtempSync(join(scratch, 'templates-'));
const at = (...parts: string[]) => relative(repositoryRoot, join(work, ...parts));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** A fresh folder for one run's output, relative to the repository. */
const outDir = () => at(`out-${runs++}`);

const styles = [
  ['terraform', '${support_queue_arn}'],
  ['percent', '%support_queue_arn%'],
  ['handlebars', '{{support_queue_arn}}'],
] as const;

async function buildTemplate(style: string, ...more: string[]) {
  const out = outDir();
  const result = await runInProcess([
    'build',
    fixture,
    '--target',
    'template',
    '--placeholder-style',
    style,
    '-o',
    out,
    ...more,
  ]);
  return { ...result, out, file: resolve(repositoryRoot, out, 'inbound.json') };
}

describe('contactflow build --target template', () => {
  it.each(styles)('writes every reference as a %s placeholder', async (style, queue) => {
    const result = await buildTemplate(style);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    const written = readFileSync(result.file, 'utf8');
    expect(written).toContain(`"QueueId": ${JSON.stringify(queue)}`);
    const golden = resolve(goldens, `template-inbound.${style}.json.txt`);
    if (updateGoldens) writeFileSync(golden, written);
    expect(written).toBe(readFileSync(golden, 'utf8'));
  });

  it('takes a syntax the configuration defines, and the only one it names by default', async () => {
    const config = at('at.config.json');
    writeFileSync(
      resolve(repositoryRoot, config),
      JSON.stringify({
        placeholders: [{ name: 'at', pattern: '@@([A-Za-z0-9_]+)@@', write: '@@{name}@@' }],
      }),
    );
    const out = outDir();
    const result = await runInProcess([
      'build',
      fixture,
      '--target',
      'template',
      '--config',
      config,
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(resolve(repositoryRoot, out, 'inbound.json'), 'utf8')).toContain(
      '"QueueId": "@@support_queue_arn@@"',
    );
  });

  it('says that an environment given too is not used, and does not read it', async () => {
    const result = await buildTemplate('terraform', '--env', 'no-such-environment');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(
      '--env no-such-environment is not used: --target template writes every reference as a terraform placeholder\n',
    );
    expect(readFileSync(result.file, 'utf8')).toContain('"${support_queue_arn}"');
  });

  it('refuses what it cannot do, in one line', async () => {
    const cases: [string[], string][] = [
      [
        ['--placeholder-style', 'terraform'],
        '--placeholder-style is for templates: give --target template too',
      ],
      [
        ['--target', 'template'],
        '--target template writes references as placeholders: say which with --placeholder-style (terraform, percent, handlebars)',
      ],
      [
        ['--target', 'template', '--placeholder-style', 'mustache'],
        'unknown placeholder style "mustache"; expected one of terraform, percent, handlebars',
      ],
    ];
    for (const [options, message] of cases) {
      const result = await runInProcess(['build', fixture, '-o', outDir(), ...options]);
      expect(result).toMatchObject({ exitCode: 2, stderr: `contactflow: ${message}\n` });
    }
    const target = await runInProcess(['build', fixture, '--target', 'pulumi']);
    expect(target.exitCode).toBe(2);
    expect(target.stderr).toContain("argument 'pulumi' is invalid");
  });

  it('reports a reference the style cannot write, and writes nothing', async () => {
    const source = at('spaced.flow.ts');
    writeFileSync(
      resolve(repositoryRoot, source),
      "import { disconnect, flow, queue, setWorkingQueue } from '@contactflow/dsl';\n" +
        'const bye = disconnect();\n' +
        "export const spaced = flow('Spaced', {\n" +
        "  start: setWorkingQueue({ queue: queue('Support queue') }).then(bye).onError(bye),\n" +
        '});\n',
    );
    const out = outDir();
    const result = await runInProcess([
      'build',
      source,
      '--target',
      'template',
      '--placeholder-style',
      'percent',
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'The queue "Support queue" cannot be written as a percent placeholder: %Support queue% does not read back as one.',
    );
    expect(result.stdout).toContain('unwritable-placeholder');
    expect(existsSync(resolve(repositoryRoot, out, 'spaced.json'))).toBe(false);
  });
});

describe('contactflow import of a template, and back', () => {
  it.each(styles)(
    'imports the %s template as references, and builds it back the same',
    async (style, queue) => {
      const template = relative(
        repositoryRoot,
        resolve(goldens, `template-inbound.${style}.json.txt`),
      );
      const source = at(`inbound-${style}.flow.ts`);
      const imported = await runInProcess(['import', template, '-o', source]);
      expect(imported.exitCode).toBe(0);
      expect(imported.stderr).toContain(
        `${template}: a flow template; its ${style} placeholders are references in the source (build it back with --target template --placeholder-style ${style})\n`,
      );
      const text = readFileSync(resolve(repositoryRoot, source), 'utf8');
      expect(text).toContain(
        `// Build it back with: contactflow build --target template --placeholder-style ${style}\n`,
      );
      expect(text).toContain("queue('support_queue_arn')");
      expect(text).toContain("flowRef('after_hours_flow_arn')");
      expect(text).not.toContain(queue);

      const same = await runInProcess(['diff', template, source, '--placeholder-style', style]);
      expect(same).toMatchObject({ exitCode: 0 });
      expect(same.stdout).toBe('The flows do the same (layout and formatting aside).\n');
    },
  );

  it('keeps placeholders as text with a configuration that names none', async () => {
    const config = at('none.config.json');
    writeFileSync(resolve(repositoryRoot, config), JSON.stringify({ placeholders: [] }));
    const template = relative(
      repositoryRoot,
      resolve(goldens, 'template-inbound.terraform.json.txt'),
    );
    const imported = await runInProcess(['import', template, '--config', config]);
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain("queue: '${support_queue_arn}'");
    expect(imported.stderr).toBe('');
  });
});

describe('contactflow diff of templates', () => {
  it('shows both placeholders where two templates differ, and exits 1', async () => {
    const before = resolve(goldens, 'template-inbound.terraform.json.txt');
    const after = resolve(repositoryRoot, at('renamed.json'));
    writeFileSync(
      after,
      readFileSync(before, 'utf8').replace('${support_queue_arn}', '${sales_queue_arn}'),
    );
    const result = await runInProcess(['diff', before, after]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      '~ set-working-queue-9ac85af4 (UpdateContactTargetQueue)\n' +
        '    ~ Parameters.QueueId: "${support_queue_arn}" -> "${sales_queue_arn}"\n',
    );
  });

  it('compares a source built in another style as different', async () => {
    const template = resolve(goldens, 'template-inbound.terraform.json.txt');
    const result = await runInProcess([
      'diff',
      template,
      fixture,
      '--placeholder-style',
      'percent',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '~ Parameters.QueueId: "${support_queue_arn}" -> "%support_queue_arn%"',
    );
  });
});
