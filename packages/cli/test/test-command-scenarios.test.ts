import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  setContactAttributes,
} from '@contactflow/dsl';
import { dtmf, simulate } from '@contactflow/simulator';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkExpectations } from '../src/scenarios/check-expectations.js';
import { readScenarioFile } from '../src/scenarios/read-scenario-file.js';
import { caseScenarioData, toScenario } from '../src/scenarios/scenario-from-data.js';
import { UsageError } from '../src/usage-error.js';
import { scenarioSchemaFiles } from '../tools/scenario-schema-files.js';
import { repositoryRoot } from './run-cli.js';

const examples = resolve(repositoryRoot, 'examples/scenarios');
const exampleFiles = readdirSync(examples).map((name) => `examples/scenarios/${name}`);

function readData(path: string): unknown {
  const text = readFileSync(resolve(repositoryRoot, path), 'utf8');
  return path.endsWith('.json') ? JSON.parse(text) : parse(text);
}

describe('the scenario file schema', () => {
  it('is the committed schema and types (run `pnpm generate` after changing it)', async () => {
    for (const file of await scenarioSchemaFiles()) {
      const same = readFileSync(resolve(repositoryRoot, file.path), 'utf8') === file.content;
      expect(same, `${file.path} is out of date`).toBe(true);
    }
  });

  it.each(exampleFiles)('accepts %s, which names the committed schema', (path) => {
    const data = readData(path) as { $schema: string };
    const schemaPath = resolve(repositoryRoot, dirname(path), data.$schema);
    expect(schemaPath).toBe(resolve(repositoryRoot, 'packages/cli/schema/scenario.schema.json'));
    const validate = new Ajv().compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the examples of docs/testing-flows.md', () => {
    const text = readFileSync(resolve(repositoryRoot, 'docs/testing-flows.md'), 'utf8');
    const blocks = [...text.matchAll(/```(json|yaml)\n([\s\S]*?)```/g)].filter((block) =>
      block[2]!.includes('cases'),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const schema = JSON.parse(
      readFileSync(resolve(repositoryRoot, 'packages/cli/schema/scenario.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv().compile(schema);
    for (const [, language, body] of blocks) {
      const data: unknown = language === 'json' ? JSON.parse(body!) : parse(body!);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('reading scenario files', () => {
  it('reads YAML and JSON alike', async () => {
    const yaml = await readScenarioFile(
      'examples/scenarios/lex-self-service.scenario.yaml',
      repositoryRoot,
    );
    expect(yaml.content.cases[0]?.inputs).toEqual([
      { lex: { intent: 'CheckBalance', slots: { AccountNumber: '1234' } } },
    ]);
    expect(yaml.locate('/cases/1/expect/outcome')).toEqual({ line: 23, column: 16 });
    const json = await readScenarioFile(
      'examples/scenarios/pay-by-phone.scenario.json',
      repositoryRoot,
    );
    expect(json.content.defaults?.modules).toEqual(['../payment-module.flow.ts']);
  });

  it('names a file that is not there', async () => {
    await expect(readScenarioFile('nope.scenario.yaml', repositoryRoot)).rejects.toEqual(
      new UsageError('nope.scenario.yaml: no such file or directory'),
    );
  });
});

describe('the data form of scenarios', () => {
  it('adds a case to the defaults map by map, and replaces the other parts', () => {
    const data = caseScenarioData(
      {
        channel: 'CHAT',
        inputs: [{ dtmf: '1' }],
        lambdas: { a: { ok: { x: '1' } }, b: { ok: {} } },
        queues: { Sales: { hours: 'open' } },
      },
      {
        name: 'b fails',
        inputs: [{ timeout: true }],
        lambdas: { b: { fails: 'down' } },
        expect: { outcome: { kind: 'disconnected' } },
      },
    );
    expect(data).toEqual({
      channel: 'CHAT',
      inputs: [{ timeout: true }],
      lambdas: { a: { ok: { x: '1' } }, b: { fails: 'down' } },
      queues: { Sales: { hours: 'open' } },
    });
  });

  it('turns inputs and stubs into the simulator own', () => {
    const scenario = toScenario(
      {
        inputs: [
          { dtmf: '12#' },
          { timeout: true },
          { text: 'back' },
          { lex: { intent: 'Pay', slots: { Amount: '5' }, confidence: 0.9 } },
          { view: { action: 'Submit', data: { id: '7' } } },
          { event: 'CustomerReturned' },
        ],
        lambdas: {
          a: { ok: { n: 1 } },
          b: { fails: true },
          c: { fails: 'why' },
          d: [{ timesOut: true }, { ok: {} }],
        },
        responses: { GetCustomerProfile: [{ error: 'NoneFoundError' }, { set: { '$.x': '1' } }] },
        modules: { Payment: 'payment.json' },
        flows: ['other.json'],
      },
      (reference) => `{"loaded": "${reference}"}`,
    );
    expect(scenario).toEqual({
      inputs: [
        { kind: 'dtmf', digits: '12#' },
        { kind: 'timeout' },
        { kind: 'text', text: 'back' },
        {
          kind: 'lex',
          intent: 'Pay',
          slots: { Amount: '5' },
          sessionAttributes: {},
          confidence: 0.9,
        },
        { kind: 'view', action: 'Submit', data: { id: '7' } },
        { kind: 'event', event: 'CustomerReturned' },
      ],
      lambdas: {
        a: { kind: 'ok', result: { n: 1 } },
        b: { kind: 'fails', message: 'the function failed' },
        c: { kind: 'fails', message: 'why' },
        d: [{ kind: 'times-out' }, { kind: 'ok', result: {} }],
      },
      responses: { GetCustomerProfile: [{ error: 'NoneFoundError' }, { set: { '$.x': '1' } }] },
      modules: { Payment: '{"loaded": "payment.json"}' },
      flows: ['{"loaded": "other.json"}'],
    });
  });
});

describe('checking expectations', () => {
  const bye = disconnect();
  const thanks = playPrompt({ text: 'Thanks for calling.' }).then(bye).onError(bye);
  const tag = setContactAttributes({ attributes: { tier: 'gold' } })
    .then(thanks)
    .onError(thanks);
  const menu = getCustomerInput({ text: 'Press 1 for gold.', timeoutSeconds: 5 });
  menu.when('1', tag).onTimeout(bye).otherwise(bye).onError(bye);
  const run = simulate(flow('Gold', { start: menu }), { inputs: [dtmf('1')] });

  it('passes what matches: outcome fields, prompts exactly or containing, some attributes', () => {
    expect(
      checkExpectations(
        {
          outcome: { kind: 'disconnected' },
          prompts: [{ contains: 'gold' }, 'Thanks for calling.'],
          attributes: { tier: 'gold' },
        },
        run,
      ),
    ).toEqual([]);
  });

  it('reports each part that does not, expected against actual', () => {
    expect(
      checkExpectations(
        {
          outcome: { kind: 'queue', queue: 'Gold' },
          prompts: [{ contains: 'silver' }],
          attributes: { tier: 'silver', region: 'EU' },
        },
        run,
      ),
    ).toEqual([
      {
        what: 'outcome',
        expected: '{"kind":"queue","queue":"Gold"}',
        actual: '{"kind":"disconnected"}',
      },
      {
        what: 'prompt 1',
        expected: 'a prompt containing "silver"',
        actual: '"Press 1 for gold."',
      },
      { what: 'attribute "tier"', expected: '"silver"', actual: '"gold"' },
      { what: 'attribute "region"', expected: '"EU"', actual: 'none' },
    ]);
  });

  it('counts a prompt too many as a difference', () => {
    expect(checkExpectations({ prompts: ['Press 1 for gold.'] }, run)).toEqual([
      {
        what: 'prompt 2',
        expected: 'no more prompts (1 expected)',
        actual: '"Thanks for calling."',
      },
    ]);
  });
});
