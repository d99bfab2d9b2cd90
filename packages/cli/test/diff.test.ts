import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffArguments, diffCommand, runDiff } from '../src/commands/diff.js';
import { UsageError } from '../src/usage-error.js';
import { repositoryRoot } from './run-cli.js';

const fixture = (name: string) => `packages/cli/test/fixtures/diff/${name}`;
const diff = (a: string, b: string, options: Parameters<typeof diffCommand>[2] = {}) =>
  diffCommand(a, b, options, repositoryRoot);

/** The one-line message of the usage error `run` fails with. */
async function usageError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a usage error');
}

const helloChanges = [
  '~ menu (GetParticipantInput "Press 1 for sales, 2 for support.")',
  '    ~ Parameters.Text: "Press 1 for sales." -> "Press 1 for sales, 2 for support."',
  '    - Conditions Equals "1": sales',
  '    + Conditions Equals "2": support',
  '    ~ Errors NoMatchingError: bye -> menu',
  '+ support (UpdateContactAttributes)',
  '- sales (UpdateContactAttributes)',
  '',
].join('\n');

describe('contactflow diff', () => {
  it('says so and exits 0 when two files differ only in layout and key order', async () => {
    const reordered = mkdtempSync(join(tmpdir(), 'contactflow-diff-'));
    const document = JSON.parse(readFileSync(join(repositoryRoot, fixture('hello.json')), 'utf8'));
    document.Actions.reverse();
    document.Metadata.entryPointPosition = { x: 0, y: 900 };
    writeFileSync(join(reordered, 'hello.json'), JSON.stringify(document));
    expect(await diff(fixture('hello.json'), join(reordered, 'hello.json'))).toEqual({
      output: 'The flows do the same (layout and formatting aside).\n',
      exitCode: 0,
    });
  });

  it('prints what changed and exits 1 when the flows differ', async () => {
    expect(await diff(fixture('hello.json'), fixture('hello-changed.json'))).toEqual({
      output: helloChanges,
      exitCode: 1,
    });
  });

  it('colours the text when asked', async () => {
    const { output } = await diff(fixture('hello.json'), fixture('hello-changed.json'), {
      color: true,
    });
    expect(output).toContain('\u001b[32m+\u001b[39m');
    expect(output.replace(/\u001b\[\d+m/g, '')).toBe(helloChanges);
  });

  it('writes the structured difference with --format json', async () => {
    const result = await diff(fixture('hello.json'), fixture('hello-changed.json'), {
      format: 'json',
    });
    expect(result.exitCode).toBe(1);
    const value = JSON.parse(result.output);
    expect(value).toMatchObject({
      before: fixture('hello.json'),
      after: fixture('hello-changed.json'),
      equal: false,
      flow: [],
      settings: [],
      metadata: [],
    });
    expect(
      value.actions.map((a: { kind: string; identifier: string }) => a.kind + a.identifier),
    ).toEqual(['changedmenu', 'addedsupport', 'removedsales']);
  });

  it('reads a describe-contact-flow wrapper as the flow inside it', async () => {
    expect(await diff(fixture('hello-described.json'), fixture('hello.json'))).toMatchObject({
      exitCode: 0,
    });
  });

  it("takes a module's settings from a describe-contact-flow-module wrapper", async () => {
    expect(await diff(fixture('module.json'), fixture('module-described.json'))).toEqual({
      output: '~ Settings.InputParameters[Name="amount"].Required: false -> true\n',
      exitCode: 1,
    });
  });

  it('compiles a .flow.ts source with the environment given', async () => {
    const result = await diff('examples/pay-by-phone.flow.ts', 'examples/flows/pay-by-phone.json', {
      env: 'examples/environments/dev.json',
    });
    expect(result).toEqual({
      output: 'The flows do the same (layout and formatting aside).\n',
      exitCode: 0,
    });
  });

  it('leaves references as placeholders without an environment', async () => {
    const result = await diff('examples/pay-by-phone.flow.ts', 'examples/flows/pay-by-phone.json');
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(
      '~ Parameters.FlowModuleId: "{{flowModule:Take payment}}" -> "arn:',
    );
  });

  it('compares a module source with its settings', async () => {
    const result = await diff(
      'examples/payment-module.flow.ts',
      'examples/flows/payment-module.json',
      { env: 'examples/environments/dev.json' },
    );
    // The compiled content carries no settings; the module's source does.
    expect(result.output).toMatch(/^- Settings: \{"InputParameters":/);
    expect(result.output.split('\n')).toHaveLength(2);
  });

  it('picks one of several flows in a source by its export name', async () => {
    const result = await diff(
      `${fixture('two-flows.flow.ts')}#morning`,
      `${fixture('two-flows.flow.ts')}#evening`,
    );
    expect(result.exitCode).toBe(1);
    expect(result.output).toBe(
      [
        '~ greeting (MessageParticipant "Good evening.")',
        '    ~ Parameters.Text: "Good morning." -> "Good evening."',
        '~ Metadata.name: "Morning" -> "Evening"',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [fixture('missing.json'), `${fixture('missing.json')}: no such file or directory`],
    [fixture(''), `${fixture('')}: is a directory`],
    [fixture('broken.json'), `${fixture('broken.json')}:4:1: Invalid JSON: value expected.`],
    [
      fixture('broken-described.json'),
      `${fixture('broken-described.json')}:1:71: Invalid JSON in ContactFlow.Content: "]" expected.`,
    ],
    [
      fixture('not-a-flow.json'),
      `${fixture('not-a-flow.json')}: not a Flow-language document (it has no "Actions" list)`,
    ],
    [
      fixture('throws.flow.ts'),
      `${fixture('throws.flow.ts')}: cannot be loaded: the hours table is missing`,
    ],
    [
      fixture('no-flow.flow.ts'),
      `${fixture('no-flow.flow.ts')}: exports no flow (the value of flow(...) or flowModule(...))`,
    ],
    [
      fixture('two-flows.flow.ts'),
      `${fixture('two-flows.flow.ts')}: exports 2 flows (evening, morning); name one as ${fixture('two-flows.flow.ts')}#evening`,
    ],
    [
      `${fixture('two-flows.flow.ts')}#noon`,
      `${fixture('two-flows.flow.ts')}: exports no flow named "noon" (it exports evening, morning)`,
    ],
  ])('refuses %s with one line naming it', async (file, message) => {
    expect(await usageError(() => diff(fixture('hello.json'), file))).toBe(message);
  });

  it('names the source line of a reference the environment lacks', async () => {
    const message = await usageError(() =>
      diff(fixture('unresolved.flow.ts'), fixture('hello.json'), {
        env: 'examples/environments/dev.json',
      }),
    );
    // The line and column are the builder's (7:10 when Node runs the command; the test runner's
    // own stack traces differ).
    expect(message).toMatch(
      /^packages\/cli\/test\/fixtures\/diff\/unresolved\.flow\.ts:\d+:\d+: The environment names no queue "Nowhere"\.$/,
    );
  });

  it.each([
    [{ format: 'xml' as 'json' }, 'unknown format "xml"; expected one of text, json'],
    [{ env: 'no/such/env.json' }, 'no/such/env.json: no such file or directory'],
  ])('refuses the options %j', async (options, message) => {
    expect(
      await usageError(() => diff(fixture('hello.json'), fixture('hello.json'), options)),
    ).toBe(message);
  });
});

describe('contactflow diff as a git diff driver', () => {
  const gitArgs = (old: string, current: string) => [
    'flows/hello.json',
    old,
    '0123456789abcdef0123456789abcdef01234567',
    '100644',
    current,
    '.',
    '100644',
  ];

  it('reads the seven arguments git passes', () => {
    expect(diffArguments(gitArgs('/tmp/a_hello.json', 'flows/hello.json'))).toEqual({
      before: '/tmp/a_hello.json',
      after: 'flows/hello.json',
      gitPath: 'flows/hello.json',
    });
    expect(diffArguments(['a.json', 'b.json'])).toEqual({ before: 'a.json', after: 'b.json' });
    expect(diffArguments(['flows/x.json'])).toEqual({ unmerged: 'flows/x.json' });
    expect(
      diffArguments([...gitArgs('old.json', 'new.json'), 'flows/renamed.json', 'similarity 90%']),
    ).toMatchObject({ gitPath: 'flows/hello.json', gitNewPath: 'flows/renamed.json' });
    expect(() => diffArguments(['a.json', 'b.json', 'c.json'])).toThrow(
      'diff takes two files (or the 7 arguments git gives a diff driver), not 3',
    );
  });

  it('heads its output with the path and exits 0 though the flows differ', async () => {
    const result = await runDiff(
      gitArgs(fixture('hello.json'), fixture('hello-changed.json')),
      {},
      repositoryRoot,
    );
    expect(result).toEqual({
      output: `diff --contactflow a/flows/hello.json b/flows/hello.json\n${helloChanges}`,
      exitCode: 0,
    });
  });

  it('names both paths of a renamed file', async () => {
    const args = [...gitArgs(fixture('hello.json'), fixture('hello.json')), 'flows/hi.json', ''];
    expect((await runDiff(args, {}, repositoryRoot)).output).toBe(
      'diff --contactflow a/flows/hello.json b/flows/hi.json\n' +
        'The flows do the same (layout and formatting aside).\n',
    );
  });

  it('shows a new file as all added, from /dev/null', async () => {
    const result = await runDiff(gitArgs('/dev/null', fixture('hello.json')), {}, repositoryRoot);
    expect(result.exitCode).toBe(0);
    expect(result.output.split('\n').slice(0, 3)).toEqual([
      'diff --contactflow a/flows/hello.json b/flows/hello.json',
      '+ StartAction: menu',
      '+ Version: "2019-10-30"',
    ]);
  });

  it('reports a file it cannot read in its output, and exits 0 so that git goes on', async () => {
    const result = await runDiff(
      gitArgs(fixture('not-a-flow.json'), fixture('hello.json')),
      {},
      repositoryRoot,
    );
    expect(result).toEqual({
      output:
        'diff --contactflow a/flows/hello.json b/flows/hello.json\n' +
        'contactflow: a/flows/hello.json: not a Flow-language document (it has no "Actions" list)\n',
      exitCode: 0,
    });
  });

  it('says when only the layout changed', async () => {
    const result = await runDiff(
      gitArgs(fixture('hello.json'), fixture('hello-described.json')),
      {},
      repositoryRoot,
    );
    expect(result.output).toBe(
      'diff --contactflow a/flows/hello.json b/flows/hello.json\n' +
        'The flows do the same (layout and formatting aside).\n',
    );
  });

  it('names an unmerged path, as git does', async () => {
    expect(await runDiff(['flows/hello.json'], {}, repositoryRoot)).toEqual({
      output: '* Unmerged path flows/hello.json\n',
      exitCode: 0,
    });
  });
});
