import {
  customPlaceholderSyntax,
  placeholderPresets,
  queue,
  setWorkingQueue,
  transferToQueue,
  disconnect,
  flow,
  type PlaceholderSyntax,
} from '@contactflow/dsl';
import { afterAll, describe, expect, test } from 'vitest';
import { compile, importFlow } from '../src/index.js';
import { evaluateSource, removeGenerated } from './evaluate-source.js';
import { flowDifferences } from './flow-equivalence.js';

// Flow templates, as deploy tools render them: whole-value placeholders where a resource goes
// become references named as the placeholder, and compiling with the template's placeholder style
// writes them back.
const folder = 'import-templates';
afterAll(() => removeGenerated(folder));

let loaded = 0;
const load = (source: string) => evaluateSource(source, folder, `template-${loaded++}`);

type Json = Record<string, unknown>;

function action(Identifier: string, Type: string, Parameters: Json, Transitions: Json = {}): Json {
  return { Identifier, Type, Parameters, Transitions };
}

const bye = action('bye', 'DisconnectParticipant', {});

/** Set working queue to `queueId`, then a Lambda call to `lambdaArn`, then disconnect. */
function template(queueId: string, lambdaArn: string, more: Json[] = []): Json {
  return {
    Version: '2019-10-30',
    StartAction: 'queue',
    Metadata: { name: 'Inbound' },
    Actions: [
      action(
        'queue',
        'UpdateContactTargetQueue',
        { QueueId: queueId },
        { NextAction: 'lookup', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
      action(
        'lookup',
        'InvokeLambdaFunction',
        { LambdaFunctionARN: lambdaArn, InvocationTimeLimitSeconds: '3' },
        {
          NextAction: more.length > 0 ? String(more[0]!['Identifier']) : 'bye',
          Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
        },
      ),
      ...more,
      bye,
    ],
  };
}

async function roundTrip(document: Json, style: PlaceholderSyntax) {
  const definition = await load((await importFlow(document)).source);
  return compile(definition, { placeholderStyle: style });
}

describe('importing a flow template', () => {
  test.each([
    ['terraform', '${support_queue_arn}', '${lambda_arn}', 'support_queue_arn', 'lambda_arn'],
    ['percent', '%QueueArn%', '%LookupFunctionArn%', 'QueueArn', 'LookupFunctionArn'],
    [
      'handlebars',
      '{{queues.support.arn}}',
      '{{lambdaFunctions.lookup.arn}}',
      'queues.support.arn',
      'lambdaFunctions.lookup.arn',
    ],
  ] as const)(
    '%s placeholders become references, and compile back',
    async (style, queueText, lambdaText, queueName, lambdaName) => {
      const document = template(queueText, lambdaText);
      const imported = await importFlow(document);
      expect(imported.placeholderStyles).toEqual([style]);
      expect(imported.source).toContain(`queue('${queueName}')`);
      expect(imported.source).toContain(`lambdaFunction('${lambdaName}')`);
      expect(imported.source.split('\n').slice(0, 2)).toEqual([
        `// A flow template: its ${style} placeholders (${placeholderPresets[style].write('name')}) are references here.`,
        `// Build it back with: contactflow build --target template --placeholder-style ${style}`,
      ]);
      expect(imported.notes).toEqual([]);

      const compiled = compile(await load(imported.source), {
        placeholderStyle: placeholderPresets[style],
      });
      expect(compiled.diagnostics).toEqual([]);
      expect(flowDifferences(document, compiled.document)).toEqual([]);
    },
  );

  test('the handlebars {{flows.x.arn}} of a transfer becomes flowRef, the project {{queue:Sales}} stays queue', async () => {
    const document = template('{{queue:Sales}}', '{{lambdaFunctions.lookup.arn}}', [
      action(
        'transfer',
        'TransferToFlow',
        { ContactFlowId: '{{contactFlows.RulesEngineError.arn}}' },
        { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
    ]);
    const imported = await importFlow(document);
    expect(imported.source).toContain("queue('Sales')");
    expect(imported.source).toContain("flowRef('contactFlows.RulesEngineError.arn')");
    expect(imported.placeholderStyles).toEqual(['handlebars']);
    // A template build writes every reference in its style, the project's own one included.
    const compiled = await roundTrip(document, placeholderPresets.handlebars);
    expect(flowDifferences(document, compiled.document)).toEqual([
      'queue Parameters: {"QueueId":"{{queue:Sales}}"} became {"QueueId":"{{Sales}}"}',
    ]);
  });

  test('a flow with only {{kind:name}} references is no template', async () => {
    const imported = await importFlow(template('{{queue:Sales}}', '{{lambdaFunction:Lookup}}'));
    expect(imported.placeholderStyles).toEqual([]);
    expect(imported.source).toMatch(/^import /);
    expect(imported.source).toContain("lambdaFunction('Lookup')");
  });

  test('placeholders inside text, and where no resource goes, stay text', async () => {
    const document = template('${queue_arn}', '${lambda_arn}', [
      action(
        'call',
        'CompleteOutboundCall',
        { CallerId: { Number: '+1{{phoneNumber}}' } },
        { NextAction: 'say', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
      action(
        'say',
        'MessageParticipant',
        { Text: '{{message}}' },
        { NextAction: 'voice', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
      action(
        'voice',
        'UpdateContactTextToSpeechVoice',
        { TextToSpeechVoice: '%TextToSpeechVoice%' },
        { NextAction: 'arn', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
      action(
        'arn',
        'UpdateContactTargetQueue',
        { QueueId: 'arn:aws:connect:${REGION}:${ACCOUNT}:instance/${INSTANCE}/queue/${Q:sales:Q}' },
        { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
    ]);
    const imported = await importFlow(document);
    expect(imported.placeholderStyles).toEqual(['terraform']);
    expect(imported.source).toContain("'{{message}}'");
    expect(imported.source).toContain("'%TextToSpeechVoice%'");
    expect(imported.source).toContain('+1{{phoneNumber}}');
    expect(imported.source).toContain('/queue/${Q:sales:Q}');
    expect(imported.source).not.toContain("queue('Q:sales:Q')");
    const compiled = compile(await load(imported.source), {
      placeholderStyle: placeholderPresets.terraform,
    });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('with no placeholder syntaxes, a template imports as a flow whose values are text', async () => {
    const document = template('${support_queue_arn}', '%LookupFunctionArn%');
    const imported = await importFlow(document, { placeholders: [] });
    expect(imported.placeholderStyles).toEqual([]);
    expect(imported.source).toContain("'${support_queue_arn}'");
    const compiled = compile(await load(imported.source), { unresolvedReferences: 'placeholder' });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('a custom syntax of the configuration is read like a preset', async () => {
    const at = customPlaceholderSyntax({
      name: 'at',
      pattern: '@@([A-Za-z0-9_]+)@@',
      write: '@@{name}@@',
    });
    const document = template('@@SupportQueue@@', '@@Lookup@@');
    const imported = await importFlow(document, { placeholders: [at] });
    expect(imported.placeholderStyles).toEqual(['at']);
    expect(imported.source).toContain("queue('SupportQueue')");
    const compiled = compile(await load(imported.source), { placeholderStyle: at });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('placeholders of two syntaxes are imported, with a warning that one style writes them back', async () => {
    const document = template('${support_queue_arn}', '%LookupFunctionArn%');
    const imported = await importFlow(document);
    expect(imported.placeholderStyles).toEqual(['terraform', 'percent']);
    expect(imported.notes).toContainEqual({
      severity: 'warning',
      message:
        "The template's references are placeholders of 2 syntaxes (terraform, percent); a template build writes them all in the one it is given.",
    });
    expect(imported.source).not.toContain('Build it back with');
  });

  test('one name in two syntaxes for the same kind: the second stays text', async () => {
    const document = template('${support}', '${lookup}', [
      action(
        'again',
        'UpdateContactTargetQueue',
        { QueueId: '%support%' },
        { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
      ),
    ]);
    const imported = await importFlow(document);
    expect(imported.placeholderStyles).toEqual(['terraform']);
    expect(imported.source).toContain("queue('support')");
    expect(imported.source).toContain("'%support%'");
    const compiled = compile(await load(imported.source), {
      placeholderStyle: placeholderPresets.terraform,
    });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('a placeholder the style would write otherwise ({{ name }}) stays text', async () => {
    const document = template('{{ support_queue_arn }}', '{{lambda_arn}}');
    const imported = await importFlow(document);
    expect(imported.source).toContain("'{{ support_queue_arn }}'");
    expect(imported.source).toContain("lambdaFunction('lambda_arn')");
    const compiled = compile(await load(imported.source), {
      placeholderStyle: placeholderPresets.handlebars,
    });
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });

  test('the same template gives the same source', async () => {
    const document = template('${support_queue_arn}', '${lambda_arn}');
    expect((await importFlow(document)).source).toBe((await importFlow(document)).source);
  });
});

describe('compiling a flow template', () => {
  const bye = disconnect();
  const definition = flow('Support', {
    start: setWorkingQueue({ queue: queue('support_queue_arn') })
      .then(transferToQueue().onError(bye).onAtCapacity(bye))
      .onError(bye),
  });

  test.each([
    ['terraform', '${support_queue_arn}'],
    ['percent', '%support_queue_arn%'],
    ['handlebars', '{{support_queue_arn}}'],
  ] as const)('writes every reference as a %s placeholder', (style, text) => {
    const result = compile(definition, { placeholderStyle: placeholderPresets[style] });
    expect(result.diagnostics).toEqual([]);
    expect(result.json).toContain(`"QueueId": ${JSON.stringify(text)}`);
  });

  test('leaves the environment alone, and identifiers as for any build', () => {
    const environment = {
      queues: { support_queue_arn: 'arn:aws:connect:us-east-1:1:instance/i/queue/q' },
    };
    const template = compile(definition, {
      placeholderStyle: placeholderPresets.terraform,
      environment,
    });
    expect(template.json).toContain('"${support_queue_arn}"');
    const resolved = compile(definition, { environment });
    expect(template.document.Actions.map((a) => a.Identifier)).toEqual(
      resolved.document.Actions.map((a) => a.Identifier),
    );
  });

  test('refuses a name the style cannot write so that it reads back', () => {
    const spaced = flow('Spaced', {
      start: setWorkingQueue({ queue: queue('Support queue') })
        .then(bye)
        .onError(bye),
    });
    const { diagnostics } = compile(spaced, { placeholderStyle: placeholderPresets.percent });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'unwritable-placeholder',
        severity: 'error',
        message:
          'The queue "Support queue" cannot be written as a percent placeholder: %Support queue% does not read back as one.',
      }),
    ]);
    expect(compile(spaced, { placeholderStyle: placeholderPresets.terraform }).diagnostics).toEqual(
      [],
    );
  });
});
