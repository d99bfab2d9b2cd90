import { system } from '@contactflow/dsl';
import { channels, flowTypes } from '@contactflow/dsl/catalog';

/** The endings `contactflow test` looks for in directories. */
export const scenarioFileEndings = ['.scenario.json', '.scenario.yaml', '.scenario.yml'] as const;

const text = (description: string) => ({ description, type: 'string' });

const textMap = (description: string) => ({
  description,
  type: 'object',
  additionalProperties: { type: 'string' },
});

// The simulator's outcome kinds, with the fields each one has (see Outcome in the simulator).
const outcomeKinds = [
  'disconnected',
  'queue',
  'agent',
  'phone-number',
  'flow',
  'ended',
  'returned',
  'waiting',
  'step-limit',
  'unconnected',
];

const queueMetricNames = [
  'contactsInQueue',
  'oldestContactAge',
  'agentsOnline',
  'agentsAvailable',
  'agentsStaffed',
  'agentsInAfterContactWork',
  'agentsBusy',
  'agentsMissed',
  'agentsNonProductive',
];

/** The parts of a simulator scenario, as a scenario file writes them: shared by defaults and cases. */
function scenarioParts(): Record<string, unknown> {
  return {
    channel: { description: "The contact's channel; VOICE when not given.", enum: [...channels] },
    flowType: {
      description: 'The flow type, for a JSON document that does not say it.',
      enum: [...flowTypes],
    },
    attributes: textMap('Contact attributes the contact arrives with ($.Attributes.*).'),
    system: {
      description:
        'System attributes by the builder\'s names: { "customerNumber": "+15555550100" }.',
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(system).map(([name, value]) => [name, text(value.path)]),
      ),
      additionalProperties: false,
    },
    contactData: textMap(
      'Any other contact data the contact arrives with, by JSONPath: { "$.Media.Sip.Headers.X-Id": "7" }.',
    ),
    queue: text('The working queue the contact arrives with (queue, whisper and transfer flows).'),
    inputs: {
      description: 'What the customer does, in order.',
      type: 'array',
      items: { $ref: '#/definitions/input' },
    },
    lambdas: {
      description:
        'Lambda functions by logical name, by ARN or by the function name in the ARN; "*" answers for any other. A list answers one call each, the last one repeating.',
      type: 'object',
      additionalProperties: {
        anyOf: [
          { $ref: '#/definitions/lambdaStub' },
          { type: 'array', items: { $ref: '#/definitions/lambdaStub' }, minItems: 1 },
        ],
      },
    },
    hours: {
      description: 'Hours of operation by name (or ARN); "*" answers for any other.',
      type: 'object',
      additionalProperties: { enum: ['open', 'closed'] },
    },
    queues: {
      description:
        'Queues by name (or ARN): hours, capacity and metrics; "*" answers for any other.',
      type: 'object',
      additionalProperties: { $ref: '#/definitions/queue' },
    },
    draws: {
      description: 'The numbers Distribute by percentage draws, 1 to 100, in order.',
      type: 'array',
      items: { type: 'integer', minimum: 1, maximum: 100 },
    },
    seed: {
      description: 'Seed of the draws after draws runs out; 1 when not given.',
      type: 'integer',
    },
    flows: {
      allOf: [{ $ref: '#/definitions/flowFiles' }],
      description:
        'Flows Transfer to flow continues into: files by the name the flow uses, or a list of files. A flow not given ends the run as a transfer.',
    },
    modules: {
      allOf: [{ $ref: '#/definitions/flowFiles' }],
      description:
        'Modules Invoke module runs: files by the name the flow uses, or a list of files.',
    },
    responses: {
      description:
        'Per action identifier or action type: an error to take, a result, or data to set. A list is taken one per run of the action.',
      type: 'object',
      additionalProperties: {
        anyOf: [
          { $ref: '#/definitions/response' },
          { type: 'array', items: { $ref: '#/definitions/response' }, minItems: 1 },
        ],
      },
    },
    maxSteps: {
      description:
        'Actions run before the run stops with a step-limit outcome; 1000 when not given.',
      type: 'integer',
      minimum: 1,
    },
  };
}

/**
 * The JSON Schema of scenario files (`*.scenario.json`, `*.scenario.yaml`), draft-07: the one
 * source of the file format. `contactflow test` checks files with it, `pnpm generate` writes it to
 * `packages/cli/schema/scenario.schema.json` for editors and the TypeScript types of
 * `src/generated/scenario-file.ts` from it.
 *
 * @example
 * ```ts
 * import { scenarioFileSchema } from './scenario-file-schema.js';
 * Object.keys(scenarioFileSchema().properties as object); // ['$schema', 'flow', ...]
 * ```
 */
export function scenarioFileSchema(): Record<string, unknown> {
  const parts = scenarioParts();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ScenarioFile',
    description:
      'Scenarios for `contactflow test`: a flow, and cases that each run it once in the simulator and say what should happen.',
    type: 'object',
    properties: {
      $schema: text('The JSON Schema of this file, for editors.'),
      flow: {
        description:
          'The flow to run, relative to this file: a *.flow.ts source (add #exportName when it exports several flows) or a Flow-language JSON file.',
        type: 'string',
        minLength: 1,
      },
      description: text('What these scenarios are about.'),
      defaults: {
        title: 'ScenarioDefaults',
        description:
          "Scenario parts every case starts from. A case's own maps (lambdas, queues, attributes, ...) add to these entry by entry; its other parts replace them.",
        type: 'object',
        properties: parts,
        additionalProperties: false,
      },
      cases: {
        description: 'The cases, each run on its own, in order.',
        type: 'array',
        items: { $ref: '#/definitions/case' },
        minItems: 1,
      },
    },
    required: ['flow', 'cases'],
    additionalProperties: false,
    definitions: {
      case: {
        title: 'ScenarioCase',
        description: 'One run of the flow: what the contact meets, and what should come of it.',
        type: 'object',
        properties: {
          name: {
            description: 'What the case shows, unique in the file.',
            type: 'string',
            minLength: 1,
          },
          ...parts,
          expect: { $ref: '#/definitions/expectation' },
        },
        required: ['name'],
        additionalProperties: false,
      },
      input: {
        title: 'CustomerInputData',
        description:
          'One thing the customer does: { "dtmf": "1" }, { "timeout": true }, { "lex": { "intent": "CheckBalance" } }, { "text": "..." }, { "view": { "action": "Submit" } } or { "event": "CustomerReturned" }.',
        type: 'object',
        properties: {
          dtmf: {
            description: 'Keys pressed on the keypad.',
            type: 'string',
            minLength: 1,
          },
          timeout: {
            description: "The customer does nothing until the block's time limit.",
            const: true,
          },
          lex: {
            title: 'LexInputData',
            description: "What the Lex bot recognised in the customer's turn.",
            type: 'object',
            properties: {
              intent: { type: 'string', minLength: 1 },
              slots: textMap('Slot values by slot name.'),
              sessionAttributes: textMap('Session attributes the bot returns.'),
              confidence: {
                description: '$.Lex.IntentConfidence.Score.',
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              sentiment: {
                description: '$.Lex.SentimentResponse.Label.',
                enum: ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'],
              },
            },
            required: ['intent'],
            additionalProperties: false,
          },
          text: text('A message the customer types or says.'),
          view: {
            title: 'ViewInputData',
            description: 'The action chosen in a Show view block, with the data submitted.',
            type: 'object',
            properties: {
              action: { type: 'string', minLength: 1 },
              data: textMap('The data submitted, read as $.Views.ViewResultData.<field>.'),
            },
            required: ['action'],
            additionalProperties: false,
          },
          event: {
            description: 'An event that ends a Wait block early.',
            enum: ['CustomerReturned', 'BotParticipantDisconnected'],
          },
        },
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
      },
      lambdaStub: {
        title: 'LambdaStubData',
        description:
          'What a Lambda function does: { "ok": { ...values } }, { "fails": true } (or the reason) or { "timesOut": true }.',
        type: 'object',
        properties: {
          ok: {
            description: 'The function returns these values, read as $.External.<key>.',
            type: 'object',
            additionalProperties: true,
          },
          fails: {
            description: 'The function fails: true, or why.',
            anyOf: [{ const: true }, { type: 'string' }],
          },
          timesOut: {
            description: 'The function does not answer in time.',
            const: true,
          },
        },
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
      },
      queue: {
        title: 'QueueSetupData',
        description: 'One queue of the simulated instance.',
        type: 'object',
        properties: {
          hours: text(
            'Its hours: open or closed, or the name of hours of operation listed in hours.',
          ),
          atCapacity: {
            description: 'Whether Transfer to queue finds it full.',
            type: 'boolean',
          },
          metrics: {
            description: 'What Get queue metrics, Check queue status and Check staffing read.',
            type: 'object',
            properties: Object.fromEntries(
              queueMetricNames.map((name) => [name, { type: 'number', minimum: 0 }]),
            ),
            additionalProperties: false,
          },
          name: text(
            '$.Queue.Name while it is the working queue; by default the name the flow uses.',
          ),
          arn: text('$.Queue.ARN while it is the working queue.'),
        },
        additionalProperties: false,
      },
      response: {
        title: 'ActionResponseData',
        description: 'What the scenario says about one action.',
        type: 'object',
        properties: {
          error: text('The ErrorType whose branch the action takes.'),
          result: text("The result the action's conditions compare."),
          set: textMap('Contact data the action writes when it succeeds, by JSONPath.'),
        },
        additionalProperties: false,
      },
      flowFiles: {
        title: 'FlowFilesData',
        anyOf: [
          {
            type: 'object',
            additionalProperties: { type: 'string', minLength: 1 },
          },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      expectation: {
        title: 'ExpectationData',
        description: 'What should come of the run; every part given is checked.',
        type: 'object',
        properties: {
          outcome: {
            title: 'OutcomeExpectationData',
            description:
              'How the run ends: the fields given must match ({ "kind": "queue", "queue": "Sales" }).',
            type: 'object',
            properties: {
              kind: { enum: outcomeKinds },
              queue: text('The queue of a queue outcome.'),
              agent: text('The agent of an agent outcome.'),
              number: text('The number of a phone-number outcome.'),
              flow: text('The flow of a flow outcome.'),
              for: { description: 'What a waiting run waits for.', enum: ['input', 'event'] },
              action: text('The action a waiting or unconnected run stopped at.'),
              steps: { description: 'The steps of a step-limit outcome.', type: 'integer' },
              branch: text('The branch of an unconnected outcome.'),
              target: text('The missing action of an unconnected outcome.'),
            },
            additionalProperties: false,
          },
          prompts: {
            description:
              'Everything the contact heard or read, in order: the exact text, or { "contains": "..." }.',
            type: 'array',
            items: {
              title: 'PromptExpectationData',
              anyOf: [
                { type: 'string' },
                {
                  type: 'object',
                  properties: { contains: { type: 'string', minLength: 1 } },
                  required: ['contains'],
                  additionalProperties: false,
                },
              ],
            },
          },
          attributes: textMap('Contact attributes the run ends with; others may be set too.'),
        },
        additionalProperties: false,
      },
    },
  };
}
