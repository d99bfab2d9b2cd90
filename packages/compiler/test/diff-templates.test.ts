import { describe, expect, test } from 'vitest';
import { diffFlows, formatFlowDiff } from '../src/index.js';

// Templates are compared as they are written: a placeholder is the text it is, never an ARN to
// normalise, so two templates that fill a parameter from different names differ.
type Json = Record<string, unknown>;

function template(parameters: Json): Json {
  return {
    Version: '2019-10-30',
    StartAction: 'queue',
    Actions: [
      {
        Identifier: 'queue',
        Type: 'UpdateContactTargetQueue',
        Parameters: parameters,
        Transitions: {
          NextAction: 'bye',
          Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
        },
      },
      { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

describe('diff of flow templates', () => {
  test('the same template is the same, whatever its placeholders', () => {
    for (const value of ['${support_queue_arn}', '%QueueArn%', '{{queues.support.arn}}']) {
      expect(diffFlows(template({ QueueId: value }), template({ QueueId: value })).equal).toBe(
        true,
      );
    }
  });

  test.each([
    ['${support_queue_arn}', '${sales_queue_arn}'],
    ['%SupportQueueArn%', '%SalesQueueArn%'],
    ['{{queues.support.arn}}', '{{queues.sales.arn}}'],
    ['${support_queue_arn}', '%support_queue_arn%'],
    ['{{queue:Support}}', '{{Support}}'],
  ])('%s and %s differ, and the diff shows both', (before, after) => {
    const diff = diffFlows(template({ QueueId: before }), template({ QueueId: after }));
    expect(diff.equal).toBe(false);
    expect(formatFlowDiff(diff)).toBe(
      `~ queue (UpdateContactTargetQueue)\n    ~ Parameters.QueueId: ${JSON.stringify(before)} -> ${JSON.stringify(after)}\n`,
    );
  });

  test('a placeholder is not taken for the ARN it stands for', () => {
    const arn = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
    const diff = diffFlows(
      template({ QueueId: '${support_queue_arn}' }),
      template({ QueueId: arn }),
    );
    expect(diff.actions[0]?.changes).toEqual([
      expect.objectContaining({
        path: 'Parameters.QueueId',
        before: '${support_queue_arn}',
        after: arn,
      }),
    ]);
  });

  test('a long text is shortened around the change, never through a placeholder', () => {
    const arn = (queue: string) =>
      `arn:aws:connect:\${REGION}:\${ACCT_ID}:instance/\${INSTANCE_ID}/queue/\${Q:${queue}:Q}`;
    const say = (department: string) =>
      `Please hold while we connect you to {{departments.${department}.display_name}} and thank you for waiting.`;
    const diff = diffFlows(
      template({
        QueueId: arn('customer_support_tier_one'),
        Text: say('customer_support_tier_one'),
      }),
      template({
        QueueId: arn('customer_support_tier_two'),
        Text: say('customer_support_tier_two'),
      }),
    );
    expect(formatFlowDiff(diff)).toBe(
      [
        '~ queue (UpdateContactTargetQueue "Please hold while we connect you to {{d…")',
        '    ~ Parameters.QueueId: "…${Q:customer_support_tier_one:Q}" -> "…${Q:customer_support_tier_two:Q}"',
        '    ~ Parameters.Text: "…{{departments.customer_support_tier_one.display_name}}…" -> "…{{departments.customer_support_tier_two.display_name}}…"',
        '',
      ].join('\n'),
    );
    // Without placeholder syntaxes, the cut is where it would be in any text.
    expect(formatFlowDiff(diff, { placeholders: [] })).toContain(
      '~ Parameters.Text: "…upport_tier_one.display_nam…" -> "…upport_tier_two.display_nam…"',
    );
  });
});
