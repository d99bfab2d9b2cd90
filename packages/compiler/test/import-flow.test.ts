// Goldens: `UPDATE_GOLDENS=1 npx vitest run packages/compiler/test/import-flow.test.ts` rewrites
// packages/compiler/test/golden/import-*.flow.ts.txt from the current importer; review the
// difference before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  isFlowDefinition,
  isResourceReference,
  resourceKinds,
  type Environment,
  type FlowDefinition,
} from '@contactflow/dsl';
import { afterAll, describe, expect, test } from 'vitest';
import { collectNodes } from '../src/collect-nodes.js';
import { compile, ImportError, importFlow, parseEnvironment } from '../src/index.js';
import { evaluateSource, removeGenerated } from './evaluate-source.js';
import { flowDifferences } from './flow-equivalence.js';
import { anyNameEnvironment } from './test-environment.js';

const folder = 'import-flow';
const root = resolve(import.meta.dirname, '../../..');
const goldens = resolve(import.meta.dirname, 'golden');
const updateGoldens = process.env['UPDATE_GOLDENS'] === '1';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const fixture = (name: string) => readJson(resolve(import.meta.dirname, 'fixtures/import', name));

const parsed = parseEnvironment(
  readFileSync(resolve(root, 'examples/environments/dev.json'), 'utf8'),
  'dev.json',
);
const dev = parsed.environment!;

afterAll(() => removeGenerated(folder));

let loaded = 0;
async function load(source: string) {
  return evaluateSource(source, folder, `source-${loaded++}`);
}

describe('importing the example flows', () => {
  const flows = readdirSync(resolve(root, 'examples/flows')).filter((f) => f.endsWith('.json'));

  test.each(flows)('%s compiles back to the same bytes', async (file) => {
    const text = readFileSync(resolve(root, 'examples/flows', file), 'utf8');
    const settingsFile = resolve(root, 'examples/module-settings', file);
    const settings = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined;
    const document = JSON.parse(text) as Record<string, unknown>;
    const imported = await importFlow(
      settings === undefined ? document : { ...document, Settings: JSON.parse(settings) },
      { environment: dev, ...(settings !== undefined && { flowType: 'FLOW_MODULE' as const }) },
    );
    expect(imported.notes).toEqual([]);
    expect(imported.source).not.toContain('raw(');
    // Identifiers the compiler derives need no `.named(...)`.
    expect(imported.source).not.toContain('.named(');

    const result = compile(await load(imported.source), { environment: dev });
    expect(result.diagnostics).toEqual([]);
    expect(result.json).toBe(text);
    if (settings !== undefined) expect(result.settings).toBe(settings);
  });

  test.each(['customer-queue', 'government-services-ivr'])(
    '%s matches its golden source',
    async (name) => {
      const document = readJson(resolve(root, 'examples/flows', `${name}.json`));
      const { source } = await importFlow(document, { environment: dev });
      const golden = resolve(goldens, `import-${name}.flow.ts.txt`);
      if (updateGoldens) writeFileSync(golden, source);
      expect(source).toBe(readFileSync(golden, 'utf8'));
    },
  );
});

/** The environment naming exactly the resources a flow refers to, with test ARNs. */
function environmentFor(definition: FlowDefinition): Environment {
  const environment: Record<string, Record<string, string>> = {};
  const visit = (value: unknown): void => {
    if (isResourceReference(value)) {
      const key = resourceKinds[value.kind];
      (environment[key] ??= {})[value.name] = (anyNameEnvironment[key] as Record<string, string>)[
        value.name
      ]!;
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) visit(item);
    }
  };
  for (const node of collectNodes(definition.start)) visit(node.parameters);
  return environment;
}

describe('importing the block examples', () => {
  const directory = resolve(root, 'examples/blocks');
  const files = readdirSync(directory).filter((f) => f.endsWith('.flow.ts'));

  // Every mode of every block, written with its builder: the importer inverts every builder.
  test.each(files)('%s imports every block without raw() and compiles back', async (file) => {
    const module = (await import(pathToFileURL(resolve(directory, file)).href)) as Record<
      string,
      unknown
    >;
    for (const definition of Object.values(module).filter(isFlowDefinition)) {
      const environment = environmentFor(definition);
      const original = compile(definition, { environment });
      const imported = await importFlow(original.document, {
        environment,
        flowType: definition.flowType,
      });
      expect(imported.notes, definition.name).toEqual([]);
      expect(imported.source).not.toContain('raw(');
      const result = compile(await load(imported.source), { environment });
      expect(result.json, definition.name).toBe(original.json);
    }
  });
});

describe('a console export', () => {
  const document = fixture('console-export.json');

  test('round-trips with its block names, references and dynamic values', async () => {
    const imported = await importFlow(document, { environment: dev });
    const definition = await load(imported.source);
    expect(definition.name).toBe('Support line');
    expect(definition.flowType).toBe('CONTACT_FLOW');
    const compiled = compile(definition, { environment: dev });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('names blocks after the console names, camelCased, never after an import', async () => {
    const { source } = await importFlow(document, { environment: dev });
    expect(source).toContain('const greeting = playPrompt(');
    expect(source).toContain('const mainMenu = getCustomerInput(');
    expect(source).toContain('const checkTier = checkContactAttributes(');
    expect(source).toContain("const disconnectBlock = disconnect().named('disconnect');");
    expect(source).toContain('const split = distributeByPercentage()');
  });

  test('turns names the environment has into references, and keeps the rest literal', async () => {
    const { source } = await importFlow(document, { environment: dev });
    expect(source).toContain("setWorkingQueue({ queue: queue('Customer Service') })");
    expect(source).toContain("fn: lambdaFunction('getBalance')");
    expect(source).toContain('queue/00000000-0000-4000-8000-000000000000');
    const without = await importFlow(document);
    expect(without.source).not.toContain("queue('");
    expect(without.source).toContain(
      "fn: 'arn:aws:lambda:us-east-1:111122223333:function:getBalance-dev'",
    );
  });

  test('writes JSONPaths as typed helpers and text templates', async () => {
    const { source } = await importFlow(document);
    expect(source).toContain("text: text`Hello ${attribute('firstName')}, thanks for calling.`");
    expect(source).toContain("checkContactAttributes({ value: lambdaResult('tier') })");
    expect(source).toContain("parameters: { account: attribute('account'), source: 'ivr' }");
  });

  test('writes branches with the block methods, conditions with their helpers', async () => {
    const { source } = await importFlow(document);
    expect(source).toContain(".when('gold', goldQueue)");
    expect(source).toContain('.when(is.greaterThan(3), split)');
    expect(source).toContain('.when(20, goldQueue)');
    expect(source).toContain('.when(40, otherQueue)');
    expect(source).toContain('.onAtCapacity(queueFull)');
  });

  test('connects a menu that replays itself after declaring it', async () => {
    const { source } = await importFlow(document);
    expect(source).toMatch(/const mainMenu = getCustomerInput\(\{[^;]*\}\)\.named\('Main menu'\);/);
    expect(source).toMatch(/\nmainMenu\n\s+\.when\('1', getBalance\)\n\s+\.when\('9', mainMenu\)/);
  });

  test('writes raw() only where no block can, and says why', async () => {
    const { source, notes } = await importFlow(document, { environment: dev });
    expect(notes).toEqual([
      {
        severity: 'info',
        actionId: 'Queue full',
        message:
          'Written with raw(): Play prompt cannot write it, as SkipWhenDTMFBufferEnabled is "True", which no option writes.',
      },
      {
        severity: 'info',
        actionId: 'Tag',
        message: 'SetSomethingNew is not an action type the catalog knows; written with raw().',
      },
    ]);
    expect(source).toContain(`// ${notes[0]!.message}\nconst queueFull = raw({`);
    expect(source).toContain(
      "raw({ type: 'SetSomethingNew', parameters: { Queue: queue('Customer Service') } })",
    );
    expect(source.match(/= raw\(/g)).toHaveLength(2);
  });
});

describe('compiled output with placeholders', () => {
  test('turns {{kind:name}} placeholders back into references', async () => {
    const definition = await load(
      (await importFlow(fixture('console-export.json'), { environment: dev })).source,
    );
    const compiled = compile(definition, { unresolvedReferences: 'placeholder' });
    expect(compiled.json).toContain('"{{queue:Customer Service}}"');
    const imported = await importFlow(compiled.document);
    expect(imported.source).toContain("setWorkingQueue({ queue: queue('Customer Service') })");
    expect(imported.source).toContain(
      "raw({ type: 'SetSomethingNew', parameters: { Queue: queue('Customer Service') } })",
    );
    const again = compile(await load(imported.source), { unresolvedReferences: 'placeholder' });
    expect(again.json).toBe(compiled.json);
  });
});

describe('wrappers and flow types', () => {
  test('reads describe-contact-flow output: content, name, type and description', async () => {
    const imported = await importFlow(fixture('describe-contact-flow.json'), { environment: dev });
    expect(imported).toMatchObject({
      flowName: 'Hold music',
      flowType: 'CUSTOMER_QUEUE',
      exportName: 'holdMusic',
      notes: [],
    });
    expect(imported.source).toContain(
      "loopPrompts({ messages: [{ prompt: prompt('Hold music') }] })",
    );
    const definition = await load(imported.source);
    expect(definition).toMatchObject({
      name: 'Hold music',
      flowType: 'CUSTOMER_QUEUE',
      description: 'Music while waiting.',
    });
  });

  test('reads a bare Content wrapper and text input', async () => {
    const content = { Version: '2019-10-30', StartAction: 'a', Actions: [end('a')] };
    const wrapped = await importFlow({ Content: JSON.stringify(content) });
    const text = await importFlow(JSON.stringify(content));
    const plain = await importFlow(content);
    expect(wrapped.source).toBe(plain.source);
    expect(text.source).toBe(plain.source);
  });

  test('takes the flow type and name from the options when the document has none', async () => {
    const content = { Version: '2019-10-30', StartAction: 'a', Actions: [end('a')] };
    const imported = await importFlow(content, { flowType: 'AGENT_WHISPER', name: 'whisper' });
    expect(imported.source).toContain("flow('whisper', { type: 'AGENT_WHISPER', start: end })");
    const typed = await importFlow(
      { ...content, Metadata: { type: 'customerQueue', name: 'Queue' } },
      { flowType: 'AGENT_WHISPER', name: 'whisper' },
    );
    expect(typed.source).toContain("flow('Queue', { type: 'CUSTOMER_QUEUE', start: end })");
  });

  test('exports a module with the inputs, outputs and results of its settings', async () => {
    const { source } = await importFlow({
      ContactFlowModule: {
        Name: 'Greeting module',
        Content: JSON.stringify({
          Version: '2019-10-30',
          StartAction: 'done',
          Actions: [
            { Identifier: 'done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
          ],
        }),
        Settings: JSON.stringify({
          InputParameters: [{ Name: 'who', Type: 'String', Description: '', Required: true }],
          OutputParameters: [],
          Transitions: [
            { DisplayName: 'Success', ReferenceName: 'Success', Description: '' },
            { DisplayName: 'Error', ReferenceName: 'Error', Description: '' },
            { DisplayName: 'Declined', ReferenceName: 'Declined', Description: '' },
          ],
        }),
      },
    });
    expect(source).toContain("export const greetingModule = flowModule('Greeting module', {");
    expect(source).toContain("inputs: { who: { type: 'String', required: true } }");
    expect(source).toContain("results: ['Declined']");
    const definition = await load(source);
    expect(definition.flowType).toBe('FLOW_MODULE');
  });
});

function end(id: string) {
  return { Identifier: id, Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };
}

describe('what the source cannot say', () => {
  test('keeps a branch to a missing action and unreachable actions, with warnings', async () => {
    const document = fixture('broken-branches.json');
    const imported = await importFlow(document);
    expect(imported.notes).toEqual([
      {
        severity: 'warning',
        actionId: 'hello',
        message:
          'Its NoMatchingError branch points to "gone", which the document does not have; it is kept with missingAction().',
      },
      {
        severity: 'warning',
        message: 'Not reachable from the start, and kept in the flow with detached: orphan.',
      },
    ]);
    expect(imported.source).toContain(`// ${imported.notes[0]!.message}\nconst hello = `);
    expect(imported.source).toContain(".onError(missingAction('gone'))");
    expect(imported.source).toContain(
      `// ${imported.notes[1]!.message}\nexport const importedFlow = `,
    );
    expect(imported.source).toContain("const orphan = endFlow().named('orphan');");
    expect(imported.source).toMatch(/start: hello,\s+detached: \[orphan\],/);
    const compiled = compile(await load(imported.source));
    expect(compiled.document.Actions.map((a) => a.Identifier)).toEqual(['bye', 'hello', 'orphan']);
    expect(flowDifferences(document, compiled.document)).toEqual([]);
    expect(compiled.diagnostics).toEqual([
      expect.objectContaining({
        code: 'dangling-transition',
        severity: 'warning',
        actionId: 'hello',
      }),
    ]);
  });

  test('writes conditions no .when() can say verbatim, and keeps an empty target', async () => {
    const document = fixture('written-by-hand.json');
    const imported = await importFlow(document);
    expect(imported.notes.filter((note) => note.actionId === 'menu')).toEqual([
      {
        severity: 'warning',
        actionId: 'menu',
        message:
          'Its {"Operator":"Equals","Operands":["3"]} condition branch points to "", which the document does not have; it is kept with missingAction().',
      },
      {
        severity: 'info',
        actionId: 'menu',
        message:
          'Written with raw(): Get customer input cannot write it, as a condition has 2 operands, and builder conditions take one.',
      },
      {
        severity: 'warning',
        actionId: 'menu',
        message:
          'The condition {"Operator":"Equals","Operands":["$.CustomerInput","1"]} is written as it is with whenVerbatim(), as a condition has 2 operands, and builder conditions take one.',
      },
      {
        severity: 'warning',
        actionId: 'menu',
        message:
          'The condition {"Operand":"2"} is written as it is with whenVerbatim(), as a condition has no Operator.',
      },
    ]);
    expect(imported.source).toContain(
      ".whenVerbatim({ Operator: 'Equals', Operands: ['$.CustomerInput', '1'] }, bye)",
    );
    expect(imported.source).toContain(".whenVerbatim({ Operand: '2' }, bye)");
    expect(imported.source).toContain(".when('3', missingAction(''))");
    const compiled = compile(await load(imported.source));
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('lists as detached the head of each unreachable part, in document order', async () => {
    const document = fixture('written-by-hand.json');
    const { source, notes } = await importFlow(document);
    expect(notes.at(-1)).toEqual({
      severity: 'warning',
      message:
        'Not reachable from the start, and kept in the flow with detached: loop a, loop b, tail, lead, again, door.',
    });
    // "lead" leads to "tail", "door" into a loop written before it, and "again" loops on itself.
    expect(source).toMatch(/start: menu,\s+detached: \[lead, again, door\],/);
    const compiled = compile(await load(source));
    expect(compiled.document.Actions).toHaveLength(8);
  });

  test('keeps a block whose transitions neither it nor raw() can write, with a warning', async () => {
    const document = {
      Version: '2019-10-30',
      StartAction: 'music',
      Actions: [
        {
          Identifier: 'music',
          Type: 'MessageParticipantIteratively',
          Parameters: { Messages: [{ Text: 'Please hold.' }] },
          Transitions: { Errors: [{ NextAction: 'music', ErrorType: 'NoMatchingError' }] },
        },
      ],
    };
    const imported = await importFlow(document);
    expect(imported.source).toContain("loopPrompts({ messages: [{ text: 'Please hold.' }] })");
    expect(imported.notes).toEqual([
      {
        severity: 'warning',
        actionId: 'music',
        message:
          'The source cannot say exactly what the document says: the compiler points NextAction at its error branch, and the action has no NextAction.',
      },
    ]);
  });

  test('writes conditions with two operands verbatim', async () => {
    const document = {
      Version: '2019-10-30',
      StartAction: 'check',
      Actions: [
        {
          Identifier: 'check',
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.tier' },
          Transitions: {
            NextAction: 'bye',
            Conditions: [
              {
                NextAction: 'bye',
                Condition: { Operator: 'Equals', Operands: ['$.Attributes.tier', 'gold'] },
              },
            ],
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
          },
        },
        end('bye'),
      ],
    };
    const { source, notes } = await importFlow(document);
    expect(source).toContain(
      "raw({ type: 'Compare', parameters: { ComparisonValue: '$.Attributes.tier' } })",
    );
    expect(source).toContain(
      ".whenVerbatim({ Operator: 'Equals', Operands: ['$.Attributes.tier', 'gold'] }, bye)",
    );
    expect(notes.map((n) => n.severity)).toEqual(['info', 'warning']);
    expect(notes[1]!.message).toContain('2 operands');
    const compiled = compile(await load(source));
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });
});

describe('input that is not a flow', () => {
  test.each([
    ['not JSON', '{', 'the input is not valid JSON'],
    ['no Actions', { StartAction: 'a' }, 'not a Flow-language document (it has no "Actions" list)'],
    [
      'a dangling start',
      { StartAction: 'b', Actions: [end('a')] },
      'StartAction "b" names no action',
    ],
    [
      'an action without a type',
      { StartAction: 'a', Actions: [{ Identifier: 'a' }] },
      'action 1 has no Identifier or no Type',
    ],
    ['bad Content', { ContactFlow: { Content: '{' } }, 'ContactFlow.Content is not valid JSON'],
  ])('rejects %s with one line', async (_what, input, message) => {
    const error = await importFlow(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
