import { describe, expect, test } from 'vitest';
import { isSimulationError, simulate, type OutcomeKind } from '../src/index.js';
import { corpusAvailable, corpusEntries, corpusText } from './support/flows.js';
import { generatedScenario } from './support/generated-scenario.js';

// Flows that reach an action type the Flow language does not have (the corpus README lists them:
// generator output and hand edits). The simulator must stop there with `unknown-action-type`.
const unknownTypeReached: Readonly<Record<string, string>> = {
  '636137__multi-tenancy-amazon-connect/censussurvey-ai-agent__contact-flows__census_ai_main.json':
    'Start',
  'awsnolan__amazon-connect-copy/tests__fixtures__broken__flow_Orphaned%20Flow.json':
    'TransferContactToFlow',
  'godwillcho__amazon-connect-flows-cdk/files__amazon-connect-flows-cdk-pure__flows__sales__sales_main_flow.json':
    'TransferToQueue',
  'godwillcho__amazon-connect-flows-cdk/files__amazon-connect-flows-cdk-pure__flows__support__support_main_flow.json':
    'TransferToQueue',
  ...Object.fromEntries(
    [
      ['ecommerce_after_hours', 'StoreCustomerInput'],
      ['ecommerce_inbound', 'SetContactAttributes'],
      ['ecommerce_transfer', 'CheckAttribute'],
      ['financial_services_inbound', 'SetContactAttributes'],
      ['financial_services_transfer', 'CheckAttribute'],
      ['healthcare_after_hours', 'StoreCustomerInput'],
      ['healthcare_inbound', 'SetContactAttributes'],
      ['healthcare_transfer', 'CheckAttribute'],
      ['telecom_after_hours', 'StoreCustomerInput'],
      ['telecom_inbound', 'SetContactAttributes'],
      ['telecom_transfer', 'CheckAttribute'],
      ['utilities_inbound', 'SetContactAttributes'],
      ['utilities_transfer', 'CheckAttribute'],
    ].map(([name, type]) => [
      `mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__${name}.json`,
      type,
    ]),
  ),
};

const seeds = [1, 2, 3, 4, 5];
const channels = ['VOICE', 'CHAT'] as const;

describe.skipIf(!corpusAvailable)('corpus flows with generated scenarios', () => {
  const entries = corpusEntries();
  const outcomes = new Map<OutcomeKind, number>();
  const unknownTypes = new Map<string, Set<string>>();
  const otherFailures: string[] = [];
  for (const entry of entries) {
    for (const seed of seeds) {
      for (const channel of channels) {
        try {
          const run = simulate(corpusText(entry), generatedScenario(seed, channel));
          outcomes.set(run.outcome.kind, (outcomes.get(run.outcome.kind) ?? 0) + 1);
        } catch (error) {
          if (isSimulationError(error) && error.code === 'unknown-action-type') {
            const type =
              /: (\S+) is not a Flow-language action type/.exec(error.message)?.[1] ?? '?';
            unknownTypes.set(entry.file, (unknownTypes.get(entry.file) ?? new Set()).add(type));
          } else {
            otherFailures.push(`${entry.file} (seed ${seed}, ${channel}): ${String(error)}`);
          }
        }
      }
    }
  }

  test('runs every flow of the corpus', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  test('never fails on an action type the catalog knows', () => {
    expect(otherFailures).toEqual([]);
  });

  test('stops at the action types the Flow language does not have, in the flows listed', () => {
    expect(
      Object.fromEntries([...unknownTypes].map(([file, types]) => [file, [...types].join(', ')])),
    ).toEqual(unknownTypeReached);
  });

  test('ends runs in every way a contact leaves a flow', () => {
    expect([...outcomes.keys()].sort()).toEqual([
      'disconnected',
      'ended',
      'flow',
      'queue',
      'returned',
      'unconnected',
      'waiting',
    ]);
  });

  test('gives the same run for the same scenario', () => {
    const valid = entries.filter((entry) => unknownTypeReached[entry.file] === undefined);
    for (const entry of valid.slice(0, 30)) {
      const first = simulate(corpusText(entry), generatedScenario(3));
      const second = simulate(corpusText(entry), generatedScenario(3));
      expect(second).toEqual(first);
    }
  });
});
