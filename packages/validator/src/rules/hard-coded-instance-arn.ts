import { pointerFrom } from '../json-pointer.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

// A concrete region and a 12-digit account: ARNs built from placeholders (`${REGION}`, `%ACCOUNT%`,
// `$.AwsRegion`) are already parameterised, and AWS-owned ones (account `aws`, as in the managed
// views) are the same everywhere.
const literalArn =
  /arn:aws(?:-[a-z]+)*:(connect|lambda|lex):[a-z]{2}(?:-[a-z]+)+-\d+:\d{12}:([^\s"',;]+)/;

// The builder function, and the environment-file key, for each kind of resource an ARN names.
const connectKinds: Readonly<Record<string, readonly [string, string]>> = {
  queue: ['queue', 'queues'],
  prompt: ['prompt', 'prompts'],
  'operating-hours': ['hoursOfOperation', 'hoursOfOperation'],
  'contact-flow': ['flowRef', 'flows'],
  'flow-module': ['moduleRef', 'flowModules'],
  'transfer-destination': ['quickConnect', 'quickConnects'],
  agent: ['agent', 'agents'],
  view: ['view', 'views'],
  'task-template': ['taskTemplate', 'taskTemplates'],
};

interface Found {
  readonly kind: string;
  readonly builder: readonly [string, string] | undefined;
}

function classify(service: string, resource: string): Found {
  if (service === 'lambda')
    return { kind: 'Lambda function', builder: ['lambdaFunction', 'lambdaFunctions'] };
  if (service === 'lex') return { kind: 'Lex bot', builder: ['lexBot', 'lexBots'] };
  if (resource.startsWith('phone-number/')) {
    return { kind: 'phone number', builder: ['phoneNumber', 'phoneNumbers'] };
  }
  const parts = resource.split('/');
  if (parts[0] !== 'instance') return { kind: 'Amazon Connect resource', builder: undefined };
  const sub = parts[2];
  if (sub === undefined) return { kind: 'Amazon Connect instance', builder: undefined };
  return { kind: sub.replace(/-/g, ' '), builder: connectKinds[sub] };
}

// The end of an ARN names the resource, so a long one loses its middle rather than its end.
function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 48)}...${text.slice(-48)}` : text;
}

// Parameters are at most a few levels deep; the bound keeps a pathological document cheap.
const maxDepth = 16;

export const hardCodedInstanceArn = defineRule({
  meta: {
    id: 'hard-coded-instance-arn',
    category: 'portability',
    severity: 'warning',
    checksValueFormat: true,
    description:
      'A parameter holds the literal ARN of an Amazon Connect resource, a Lambda function or a Lex bot.',
    rationale:
      'An ARN names one region, one account and, for Amazon Connect resources, one instance. A flow that carries them works only there: deploying it to a test or production instance, or to another region, needs every ARN edited by hand, and a missed one points the live flow at the wrong environment.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'queue',
        Actions: [
          {
            Identifier: 'queue',
            Type: 'UpdateContactTargetQueue',
            Parameters: {
              QueueId:
                'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/queue/11111111-2222-3333-4444-555555555555',
            },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'queue',
        Actions: [
          {
            Identifier: 'queue',
            Type: 'UpdateContactTargetQueue',
            Parameters: { QueueId: '$.Attributes.salesQueueArn' },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      const stack: { value: unknown; path: (string | number)[] }[] = [
        { value: action.parameters, path: [] },
      ];
      const found: { path: (string | number)[]; arn: string; what: Found }[] = [];
      while (stack.length > 0) {
        const { value, path } = stack.pop()!;
        if (typeof value === 'string') {
          const match = literalArn.exec(value);
          if (match) found.push({ path, arn: match[0], what: classify(match[1]!, match[2]!) });
          continue;
        }
        if (typeof value !== 'object' || value === null || path.length >= maxDepth) continue;
        const entries: [string | number, unknown][] = Array.isArray(value)
          ? value.map((item, i): [number, unknown] => [i, item])
          : Object.entries(value);
        // Reversed so that the stack hands them back in document order.
        for (const [key, item] of entries.reverse())
          stack.push({ value: item, path: [...path, key] });
      }
      for (const { path, arn, what } of found) {
        const name = path.map(String).join('.');
        const [builder, key] = what.builder ?? [];
        report({
          message: `${name} of "${action.id ?? action.index + 1}" is the literal ${what.kind} ARN "${shorten(arn)}", which exists only in one account and region.`,
          pointer: `${action.pointer}/Parameters${pointerFrom(path)}`,
          actionId: action.id,
          hint:
            builder === undefined
              ? 'Keep account-specific ARNs out of the flow: take the value from an environment file or a contact attribute.'
              : `Refer to it by a logical name (${builder}('Name') in the builder) and give its ARN per environment in the "${key}" section of the environment file.`,
        });
      }
    }
  },
});
