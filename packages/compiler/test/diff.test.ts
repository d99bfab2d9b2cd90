import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffFlows, formatFlowDiff } from '../src/index.js';
import { corpusAvailable, corpusEntries, corpusText } from '../../validator/test/corpus.js';

type Json = Record<string, any>;

const examples = resolve(import.meta.dirname, '../../../examples/flows');
const readExample = (name: string): Json =>
  JSON.parse(readFileSync(resolve(examples, name), 'utf8'));
const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

function menu(overrides: Json = {}): Json {
  return {
    Identifier: 'menu',
    Type: 'GetParticipantInput',
    Parameters: { Text: 'Press 1', StoreInput: 'False', InputTimeLimitSeconds: '5' },
    Transitions: {
      NextAction: 'bye',
      Errors: [
        { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        { NextAction: 'menu', ErrorType: 'InputTimeLimitExceeded' },
      ],
      Conditions: [{ NextAction: 'sales', Condition: { Operator: 'Equals', Operands: ['1'] } }],
    },
    ...overrides,
  };
}

const sales = {
  Identifier: 'sales',
  Type: 'UpdateContactAttributes',
  Parameters: { TargetContact: 'Current', Attributes: { tier: 'gold', 'my key': 'x' } },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
};

function flow(actions: Json[], extra: Json = {}): Json {
  return {
    Version: '2019-10-30',
    StartAction: 'menu',
    Metadata: {
      entryPointPosition: { x: 40, y: 40 },
      ActionMetadata: Object.fromEntries(
        actions.map((action, i) => [action.Identifier, { position: { x: 300 * i, y: 40 } }]),
      ),
      name: 'Main',
      description: '',
    },
    Actions: actions,
    ...extra,
  };
}

const base = flow([menu(), sales, bye]);

/** `document` with a change made to a deep copy. */
function changed(document: Json, change: (copy: Json) => void): Json {
  const copy = structuredClone(document);
  change(copy);
  return copy;
}

const action = (document: Json, id: string): Json =>
  document.Actions.find((a: Json) => a.Identifier === id);

/** Every object's keys in reverse order; arrays keep theirs. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

/**
 * The same flow written differently: actions and errors in reverse order, conditions too where
 * only `Equals` ones make the order irrelevant, every object's keys reversed, and every position
 * moved.
 */
function shuffled(document: Json): Json {
  const copy = structuredClone(document);
  if (Array.isArray(copy.Actions)) {
    copy.Actions.reverse();
    for (const a of copy.Actions) {
      const transitions = a?.Transitions;
      if (Array.isArray(transitions?.Errors)) transitions.Errors.reverse();
      const conditions = transitions?.Conditions;
      if (
        Array.isArray(conditions) &&
        conditions.every((c: Json) => c?.Condition?.Operator === 'Equals')
      ) {
        conditions.reverse();
      }
    }
  }
  const move = (at: Json | undefined) => {
    if (at && typeof at.x === 'number') Object.assign(at, { x: at.x + 123, y: at.y + 45 });
  };
  move(copy.Metadata?.entryPointPosition);
  for (const meta of Object.values(copy.Metadata?.ActionMetadata ?? {}))
    move((meta as Json).position);
  for (const note of copy.Metadata?.Annotations ?? []) move(note.position);
  return reverseKeys(copy) as Json;
}

describe('diffFlows', () => {
  test.each<[string, Json, string]>([
    ['nothing when the flows are the same', base, ''],
    [
      'an added action',
      changed(base, (d) =>
        d.Actions.push({
          Identifier: 'hi',
          Type: 'MessageParticipant',
          Parameters: { Text: 'Hi' },
        }),
      ),
      '+ hi (MessageParticipant "Hi")\n',
    ],
    [
      'a removed action',
      changed(base, (d) => d.Actions.splice(1, 1)),
      '- sales (UpdateContactAttributes)\n',
    ],
    [
      'a parameter changed, by its deep path',
      changed(base, (d) => (action(d, 'sales').Parameters.Attributes.tier = 'silver')),
      '~ sales (UpdateContactAttributes)\n    ~ Parameters.Attributes.tier: "gold" -> "silver"\n',
    ],
    [
      'a parameter whose name is not a plain word',
      changed(base, (d) => delete action(d, 'sales').Parameters.Attributes['my key']),
      '~ sales (UpdateContactAttributes)\n    - Parameters.Attributes["my key"]: "x"\n',
    ],
    [
      'a parameter added',
      changed(base, (d) => (action(d, 'menu').Parameters.Voice = { Engine: 'Neural' })),
      '~ menu (GetParticipantInput "Press 1")\n    + Parameters.Voice: {"Engine":"Neural"}\n',
    ],
    [
      'a type changed',
      changed(base, (d) => (action(d, 'bye').Type = 'EndFlowExecution')),
      '~ bye (EndFlowExecution)\n    ~ Type: DisconnectParticipant -> EndFlowExecution\n',
    ],
    [
      'the next action',
      changed(base, (d) => (action(d, 'sales').Transitions.NextAction = 'menu')),
      '~ sales (UpdateContactAttributes)\n    ~ NextAction: bye -> menu\n',
    ],
    [
      'an error branch changed, added and removed',
      changed(base, (d) => {
        d.Actions[0].Transitions.Errors = [
          { NextAction: 'menu', ErrorType: 'NoMatchingError' },
          { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
        ];
      }),
      [
        '~ menu (GetParticipantInput "Press 1")',
        '    - Errors InputTimeLimitExceeded: menu',
        '    + Errors NoMatchingCondition: bye',
        '    ~ Errors NoMatchingError: bye -> menu',
        '',
      ].join('\n'),
    ],
    [
      'conditions keyed by operator and operands',
      changed(base, (d) => {
        d.Actions[0].Transitions.Conditions = [
          { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: 'sales', Condition: { Operator: 'Equals', Operands: ['2'] } },
        ];
      }),
      [
        '~ menu (GetParticipantInput "Press 1")',
        '    ~ Conditions Equals "1": sales -> bye',
        '    + Conditions Equals "2": sales',
        '',
      ].join('\n'),
    ],
    [
      'the start action',
      changed(base, (d) => (d.StartAction = 'sales')),
      '~ StartAction: menu -> sales\n',
    ],
    [
      'the name and description, apart, as metadata',
      changed(base, (d) => Object.assign(d.Metadata, { name: 'Main v2', description: 'New' })),
      '+ Metadata.description: "New"\n~ Metadata.name: "Main" -> "Main v2"\n',
    ],
    [
      'module settings, entries matched by name',
      changed(flow([bye], { Settings: settings(false) }), (d) => {
        d.Settings = settings(true);
      }),
      '~ Settings.InputParameters[Name="amount"].Required: false -> true\n',
    ],
    [
      'a long text, its middle left out',
      changed(base, (d) => {
        action(d, 'menu').Parameters.Text =
          'For sales press 1, for support press 2, for billing press 3, for anything else stay on the line.';
      }),
      '~ menu (GetParticipantInput "For sales press 1, for support press 2,…")\n' +
        '    ~ Parameters.Text: "Press 1" -> "For sales press 1, for suppor…thing else stay on the line."\n',
    ],
  ])('reports %s', (_name, after, expected) => {
    const before = after.Settings ? flow([bye], { Settings: settings(false) }) : base;
    const diff = diffFlows(before, after);
    expect(formatFlowDiff(diff)).toBe(expected);
    expect(diff.equal).toBe(expected === '');
  });

  const twoOptions = changed(base, (d) =>
    d.Actions[0].Transitions.Conditions.push({
      NextAction: 'bye',
      Condition: { Operator: 'Equals', Operands: ['2'] },
    }),
  );

  test.each<[string, Json, Json]>([
    ['actions in another order', base, changed(base, (d) => d.Actions.reverse())],
    [
      'errors in another order',
      base,
      changed(base, (d) => d.Actions[0].Transitions.Errors.reverse()),
    ],
    ['keys in another order', base, reverseKeys(base) as Json],
    [
      'another layout',
      base,
      changed(base, (d) => {
        d.Metadata.entryPointPosition = { x: 0, y: 0 };
        d.Metadata.ActionMetadata.menu = { position: { x: 9, y: 9 }, useDynamic: true };
        d.Metadata.snapToGrid = false;
      }),
    ],
    [
      'Equals conditions in another order',
      twoOptions,
      changed(twoOptions, (d) => d.Actions[0].Transitions.Conditions.reverse()),
    ],
    [
      'a missing Parameters, Errors or Conditions written as empty',
      base,
      changed(base, (d) => {
        delete action(d, 'bye').Parameters;
        delete action(d, 'bye').Transitions;
        action(d, 'sales').Transitions.Conditions = [];
      }),
    ],
    ['an empty description left out', base, changed(base, (d) => delete d.Metadata.description)],
  ])('ignores %s', (_name, before, after) => {
    const diff = diffFlows(before, after);
    expect(formatFlowDiff(diff)).toBe('');
    expect(diff).toEqual({ equal: true, flow: [], settings: [], actions: [], metadata: [] });
  });

  test('cuts two long texts down to where they differ', () => {
    const arn = (queue: string) =>
      `arn:aws:connect:us-east-1:111122223333:instance/0f817865-39c6-45ad-a54e-0eb9692e7024/queue/${queue}`;
    const withQueue = (queue: string) =>
      changed(base, (d) => (action(d, 'sales').Parameters.Attributes.queue = arn(queue)));
    expect(formatFlowDiff(diffFlows(withQueue('gold'), withQueue('silver')))).toBe(
      '~ sales (UpdateContactAttributes)\n' +
        '    ~ Parameters.Attributes.queue: "…e7024/queue/gold" -> "…e7024/queue/silver"\n',
    );
  });

  test('reports the order of conditions where two can hold at once', () => {
    const split = (thresholds: string[]): Json =>
      flow([
        {
          Identifier: 'split',
          Type: 'DistributeByPercentage',
          Parameters: {},
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
            Conditions: thresholds.map((t) => ({
              NextAction: `to-${t}`,
              Condition: { Operator: 'NumberLessThan', Operands: [t] },
            })),
          },
        },
      ]);
    const diff = diffFlows(split(['30', '60']), split(['60', '30']));
    expect(formatFlowDiff(diff)).toBe(
      '~ split (DistributeByPercentage)\n' +
        '    ~ Conditions order: NumberLessThan "30"; NumberLessThan "60" -> NumberLessThan "60"; NumberLessThan "30"\n',
    );
    expect(diff.actions[0]!.changes[0]).toMatchObject({
      part: 'Conditions',
      before: ['NumberLessThan "30"', 'NumberLessThan "60"'],
    });
  });

  test('gives a structured value, for tools and JSON output', () => {
    const after = changed(base, (d) => {
      action(d, 'sales').Parameters.Attributes.tier = 'silver';
      action(d, 'menu').Transitions.Errors[0].NextAction = 'menu';
      d.Actions.push({ Identifier: 'hi', Type: 'MessageParticipant', Parameters: { Text: 'Hi' } });
    });
    expect(diffFlows(base, after).actions).toEqual([
      {
        kind: 'changed',
        identifier: 'menu',
        type: 'GetParticipantInput',
        summary: 'Press 1',
        changes: [
          {
            part: 'Errors',
            branch: 'NoMatchingError',
            path: 'Errors NoMatchingError',
            kind: 'changed',
            before: 'bye',
            after: 'menu',
          },
        ],
      },
      {
        kind: 'changed',
        identifier: 'sales',
        type: 'UpdateContactAttributes',
        summary: undefined,
        changes: [
          {
            part: 'Parameters',
            kind: 'changed',
            path: 'Parameters.Attributes.tier',
            before: 'gold',
            after: 'silver',
          },
        ],
      },
      {
        kind: 'added',
        identifier: 'hi',
        type: 'MessageParticipant',
        summary: 'Hi',
        changes: [],
        action: { Identifier: 'hi', Type: 'MessageParticipant', Parameters: { Text: 'Hi' } },
      },
    ]);
  });

  test('reports repeated error types one by one', () => {
    const twice = changed(base, (d) =>
      action(d, 'sales').Transitions.Errors.push({
        NextAction: 'menu',
        ErrorType: 'NoMatchingError',
      }),
    );
    expect(formatFlowDiff(diffFlows(base, twice))).toBe(
      '~ sales (UpdateContactAttributes)\n    + Errors NoMatchingError #2: menu\n',
    );
  });

  test('compares anything without throwing', () => {
    expect(diffFlows(undefined, null).equal).toBe(true);
    expect(formatFlowDiff(diffFlows('text', { Actions: [7, { Type: 'X' }] }))).toBe(
      '+ (no Identifier) (no Type)\n+ (no Identifier) (X)\n',
    );
    expect(formatFlowDiff(diffFlows({}, base)).split('\n')[0]).toBe('+ StartAction: menu');
  });

  test('colours its text only when asked', () => {
    const after = changed(base, (d) => d.Actions.splice(1, 1));
    expect(formatFlowDiff(diffFlows(base, after), { color: true })).toBe(
      '\u001b[31m-\u001b[39m \u001b[1m\u001b[31msales\u001b[39m\u001b[22m (UpdateContactAttributes)\n',
    );
  });
});

function settings(required: boolean): Json {
  return {
    InputParameters: [
      { Name: 'currency', Type: 'String', Description: '', Required: false },
      { Name: 'amount', Type: 'Number', Description: '', Required: required },
    ],
    OutputParameters: [],
    Transitions: [{ DisplayName: 'Success', ReferenceName: 'Success', Description: '' }],
  };
}

describe('a realistic change between two versions of an example', () => {
  const before = readExample('government-services-ivr.json');
  const after = shuffled(
    changed(before, (d) => {
      const menu = action(d, 'get-customer-input-1ef9399b');
      menu.Parameters.Text = menu.Parameters.Text.replace(
        'For General Assistance, press 8.',
        'For Veterans Services, press 9.',
      );
      const conditions = menu.Transitions.Conditions;
      conditions.splice(
        conditions.findIndex((c: Json) => c.Condition.Operands[0] === '8'),
        1,
        {
          NextAction: 'set-working-queue-veterans',
          Condition: { Operator: 'Equals', Operands: ['9'] },
        },
      );
      menu.Transitions.Errors[0].NextAction = 'play-prompt-57cd67e8';
      d.Actions = d.Actions.filter((a: Json) => a.Identifier !== 'set-working-queue-aafb04a4');
      d.Actions.push({
        ...structuredClone(action(d, 'set-working-queue-f92cdfab')),
        Identifier: 'set-working-queue-veterans',
        Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/veterans' },
      });
      action(d, 'invoke-aws-lambda-function-e41fa4e6').Parameters.InvocationTimeLimitSeconds = '5';
      action(
        d,
        'invoke-aws-lambda-function-593b36a4',
      ).Parameters.LambdaInvocationAttributes.channel = '$.Channel';
      action(d, 'set-recording-and-analytics-behavior-56d29e07').Parameters.RecordingBehavior = {
        RecordedParticipants: ['Customer'],
      };
      d.Metadata.description = 'Main number, with Veterans Services.';
    }),
  );

  test('reads as its golden text', () => {
    expect(formatFlowDiff(diffFlows(before, after))).toBe(
      golden('diff-government-services-ivr.txt'),
    );
  });

  test('gives the same text for the same change written differently', () => {
    expect(formatFlowDiff(diffFlows(shuffled(before), reverseKeys(after) as Json))).toBe(
      formatFlowDiff(diffFlows(before, after)),
    );
  });
});

describe.skipIf(!corpusAvailable)('the real-flow corpus', () => {
  const entries = corpusEntries();

  test.each(entries.map((entry) => [entry.file, entry] as const))(
    '%s has no changes against itself, however it is written',
    (_file, entry) => {
      const document = JSON.parse(corpusText(entry)) as Json;
      expect(diffFlows(document, JSON.parse(corpusText(entry))).equal).toBe(true);
      const diff = diffFlows(document, shuffled(document));
      expect(formatFlowDiff(diff)).toBe('');
      expect(diff.equal).toBe(true);
    },
  );
});
