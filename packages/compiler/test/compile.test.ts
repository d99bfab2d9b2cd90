import {
  attribute,
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  playPrompt,
  prompt,
  raw,
  text,
  type FlowDefinition,
} from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import { compile, parseEnvironment } from '../src/index.js';

const here = new URL(import.meta.url).pathname;

function helloFlow(): FlowDefinition {
  const bye = disconnect();
  const hello = playPrompt({ prompt: prompt('Welcome') })
    .then(bye)
    .onError(bye);
  const check = invokeLambda({ fn: lambdaFunction('isHoliday'), timeoutSeconds: 3 })
    .then(hello)
    .onError(bye);
  return flow('Hello', { start: check });
}

const dev = {
  prompts: { Welcome: 'arn:aws:connect:us-east-1:111122223333:instance/dev/prompt/p1' },
  lambdaFunctions: { isHoliday: 'arn:aws:lambda:us-east-1:111122223333:function:isHoliday-dev' },
};
const prod = {
  prompts: { Welcome: 'arn:aws:connect:eu-west-2:444455556666:instance/prod/prompt/p9' },
  lambdaFunctions: { isHoliday: 'arn:aws:lambda:eu-west-2:444455556666:function:isHoliday' },
};

describe('compile', () => {
  test('gives byte-identical output for the same source, built twice', () => {
    expect(compile(helloFlow(), { environment: dev }).json).toBe(
      compile(helloFlow(), { environment: dev }).json,
    );
  });

  test('compiles one source for two environments with the same identifiers', () => {
    const devJson = compile(helloFlow(), { environment: dev }).json;
    const prodJson = compile(helloFlow(), { environment: prod }).json;
    expect(devJson).toContain(dev.prompts.Welcome);
    expect(prodJson).toContain(prod.lambdaFunctions.isHoliday);
    const withoutArns = (json: string) => json.replace(/"arn:[^"]*"/g, '"ARN"');
    expect(withoutArns(devJson)).toBe(withoutArns(prodJson));
  });

  test('names every reference the environment lacks, at the block that uses it', () => {
    const { diagnostics, json } = compile(helloFlow(), { environment: { prompts: dev.prompts } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'unresolved-reference',
      severity: 'error',
      message: 'The environment names no lambdaFunction "isHoliday".',
      location: { file: here },
    });
    expect(diagnostics[0]!.actionId).toMatch(/^invoke-aws-lambda-function-/);
    expect(json).toContain('"LambdaFunctionARN": "{{lambdaFunction:isHoliday}}"');
  });

  test('can leave references for publish-time lookup', () => {
    const { diagnostics, json } = compile(helloFlow(), { unresolvedReferences: 'placeholder' });
    expect(diagnostics).toEqual([]);
    expect(json).toContain('"PromptId": "{{prompt:Welcome}}"');
  });

  test('reports a reference embedded in text where a whole value is expected, at its line', () => {
    const bye = disconnect();
    const line = Number(new Error().stack!.split('\n')[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const lookup = invokeLambda({
      fn: lambdaFunction('crm'),
      timeoutSeconds: 3,
      parameters: { greeting: 'Hello $.Attributes.name' },
    });
    lookup.then(bye).onError(bye);
    const { diagnostics } = compile(flow('Embedded', { start: lookup }), {
      unresolvedReferences: 'placeholder',
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'embedded-reference',
        location: expect.objectContaining({ file: here, line }),
      }),
    ]);
  });

  test('renders dynamic values and text templates to their JSONPath', () => {
    const bye = disconnect();
    const hi = playPrompt({ text: text`Hi ${attribute('first name')}, press 1.` })
      .then(bye)
      .onError(bye);
    const { json } = compile(flow('Hi', { start: hi }));
    expect(json).toContain(`"Text": "Hi $.Attributes['first name'], press 1."`);
  });

  test('keeps given identifiers and refuses illegal or duplicate ones', () => {
    const bye = disconnect().named('Goodbye');
    const hi = playPrompt({ text: 'Hi.' }).named('Say: hi').then(bye).onError(bye);
    const dup = playPrompt({ text: 'Again.' }).named('Goodbye').then(hi).onError(bye);
    const { diagnostics, document } = compile(flow('Named', { start: dup }));
    expect(document.Actions.map((a) => a.Identifier)).toEqual(['Goodbye', 'Goodbye', 'Say: hi']);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'duplicate-identifier',
      'illegal-identifier',
    ]);
  });

  test('gives identical blocks distinct identifiers', () => {
    const byeA = disconnect();
    const byeB = disconnect();
    const hi = playPrompt({ text: 'Hi.' }).then(byeA).onError(byeB);
    const ids = compile(flow('Twins', { start: hi })).document.Actions.map((a) => a.Identifier);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids.filter((id) => id.startsWith('disconnect-hang-up-'))).toHaveLength(2);
  });

  test('mirrors NextAction to the Error branch where the block shows no Success branch', () => {
    const bye = disconnect();
    const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 });
    menu.when('1', bye).onTimeout(menu).otherwise(menu).onError(bye);
    const action = compile(flow('Menu', { start: menu })).document.Actions.find(
      (a) => a.Type === 'GetParticipantInput',
    )!;
    const byeId = action.Transitions.Errors!.find(
      (e) => e.ErrorType === 'NoMatchingError',
    )!.NextAction;
    expect(action.Transitions.NextAction).toBe(byeId);
  });

  test('writes raw actions as given', () => {
    const bye = disconnect();
    const lang = raw({ type: 'UpdateContactData', parameters: { LanguageCode: 'en-GB' } })
      .then(bye)
      .onError('NoMatchingError', bye);
    const action = compile(flow('Raw', { start: lang })).document.Actions.find(
      (a) => a.Type === 'UpdateContactData',
    )!;
    expect(action.Parameters).toEqual({ LanguageCode: 'en-GB' });
    expect(action.Identifier).toMatch(/^update-contact-data-[0-9a-f]{8}$/);
  });

  test('lays out every action left to right without overlaps', () => {
    const { document } = compile(helloFlow(), { environment: dev });
    const positions = Object.values(document.Metadata.ActionMetadata).map((m) => m.position);
    expect(positions).toHaveLength(document.Actions.length);
    const start = document.Metadata.ActionMetadata[document.StartAction]!.position;
    expect(document.Metadata.entryPointPosition.x).toBeLessThan(start.x);
    for (const [i, a] of positions.entries()) {
      for (const b of positions.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= 240 || Math.abs(a.y - b.y) >= 100;
        expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });
});

describe('parseEnvironment', () => {
  test('reads an environment file', () => {
    expect(parseEnvironment('{"queues": {"Sales": "arn:q"}}', 'dev.json')).toEqual({
      environment: { queues: { Sales: 'arn:q' } },
    });
  });

  test.each([
    ['{', 'dev.json: not valid JSON'],
    ['[]', 'dev.json: an environment is an object of resource kinds'],
    ['{"queue": {}}', 'dev.json: unknown resource kind "queue"'],
    ['{"queues": {"Sales": 3}}', 'dev.json: queues."Sales" must be a non-empty string'],
  ])('refuses %s in one line', (text, message) => {
    const { error } = parseEnvironment(text, 'dev.json');
    expect(error).toContain(message);
    expect(error).not.toContain('\n');
  });
});
