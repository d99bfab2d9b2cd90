import {
  checkHoursOfOperation,
  checkQueueStatus,
  checkStaffing,
  checkVoiceId,
  disconnect,
  distributeByPercentage,
  endFlow,
  flow,
  flowAttribute,
  flowModule,
  flowRef,
  getCustomerInput,
  hoursOfOperation,
  invokeLambda,
  invokeModule,
  is,
  lambdaFunction,
  lambdaResult,
  lex,
  lexBot,
  loop,
  playPrompt,
  raw,
  returnFromModule,
  setContactAttributes,
  showView,
  storedInput,
  storeCustomerInput,
  tagContact,
  text as template,
  transferToFlow,
  transferToPhoneNumber,
  view,
  viewResult,
  wait,
  type FlowNode,
  type TextInput as PromptText,
} from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import {
  dtmf,
  fails,
  lexIntent,
  ok,
  simulate,
  text,
  timeout,
  timesOut,
  viewAction,
  waitEvent,
  type SimulationResult,
} from '../src/index.js';

const bye = () => disconnect();
const say = (words: PromptText, next: FlowNode = bye()) =>
  playPrompt({ text: words }).then(next).onError(next);
const said = (run: SimulationResult) => run.prompts.map((prompt) => prompt.text);

describe('customer input', () => {
  test('a menu takes one key; the keys after it wait for the next menu', () => {
    const second = getCustomerInput({ text: 'Second.', timeoutSeconds: 5 });
    second.when('2', say('Two.')).otherwise(say('Other.')).onTimeout(bye()).onError(bye());
    const first = getCustomerInput({ text: 'First.', timeoutSeconds: 5 });
    first.when('1', second).otherwise(bye()).onTimeout(bye()).onError(bye());
    const run = simulate(flow('Menus', { start: first }), { inputs: [dtmf('12')] });
    expect(said(run)).toEqual(['First.', 'Second.', 'Two.']);
    expect(run.trace.map((step) => step.input)).toEqual([
      dtmf('1'),
      dtmf('2'),
      undefined,
      undefined,
    ]);
  });

  test('stored input ends at the terminator and is read back', () => {
    const store = storeCustomerInput({
      text: 'Your account number?',
      timeoutSeconds: 10,
      maxDigits: 8,
    });
    store.then(say(template`You entered ${storedInput}.`)).onError(bye());
    const run = simulate(flow('Store', { start: store }), { inputs: [dtmf('4417#')] });
    expect(said(run)).toEqual(['Your account number?', 'You entered 4417.']);
    expect(run.trace[0]?.changes).toEqual([{ path: '$.StoredCustomerInput', value: '4417' }]);
  });

  test('a phone number is validated, and an E.164 number gets its +', () => {
    const store = storeCustomerInput({
      text: 'Your number, with the country code?',
      timeoutSeconds: 10,
      phoneNumber: { format: 'international' },
    });
    store
      .then(say(template`Calling ${storedInput}.`))
      .onInvalidNumber(say('Invalid.'))
      .onError(bye());
    const callsBack = flow('Callback number', { start: store });
    expect(said(simulate(callsBack, { inputs: [dtmf('442071838750#')] })).at(-1)).toBe(
      'Calling +442071838750.',
    );
    const wrong = simulate(callsBack, { inputs: [dtmf('12#')] });
    expect(wrong.trace[0]?.branch).toBe('Error InvalidPhoneNumber');
    expect(wrong.trace[0]?.notes).toEqual(['2 digits is not a E.164 phone number']);
  });

  test('input of a kind the block cannot take is a scenario error naming the block', () => {
    const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 });
    menu.when('1', bye()).otherwise(bye()).onTimeout(bye()).onError(bye());
    expect(() => simulate(flow('Menu', { start: menu }), { inputs: [lexIntent('Help')] })).toThrow(
      /^Action "get-customer-input-[0-9a-f]+" of "Menu" \(GetParticipantInput\) needs input of another kind: the next input is Lex intent Help, but it takes dtmf or timeout; the scenario does not give it\.$/,
    );
  });

  test('a DTMF menu on chat takes its Error branch without using the input', () => {
    const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 });
    menu.when('1', bye()).otherwise(bye()).onTimeout(bye()).onError(say('Chat error.'));
    const run = simulate(flow('Menu', { start: menu }), { channel: 'CHAT', inputs: [dtmf('1')] });
    expect(run.trace[0]?.branch).toBe('Error NoMatchingError');
    expect(run.trace[0]?.notes).toEqual(['GetParticipantInput is not supported on CHAT']);
    expect(said(run)).toEqual(['Chat error.']);
  });
});

describe('Amazon Lex', () => {
  const bot = () =>
    getCustomerInput({ lexBot: lexBot('Helpdesk'), text: 'How can I help?' })
      .when('Reset', say(template`Resetting ${lex.slot('Device')}.`))
      .otherwise(say('Sorry?'))
      .onError(say('Error.'));

  test('the intent picks the branch and the slots are readable', () => {
    const run = simulate(flow('Bot', { start: bot() }), {
      inputs: [lexIntent('Reset', { Device: 'router' }, { confidence: 0.9 })],
    });
    expect(said(run)).toEqual(['How can I help?', 'Resetting router.']);
    expect(run.trace[0]?.changes.map((change) => change.path)).toEqual([
      '$.Lex.IntentName',
      '$.Lex.Slots.Device',
      '$.Lex.IntentConfidence.Score',
    ]);
  });

  test('a timeout without a Timeout branch takes the Error branch', () => {
    const run = simulate(flow('Bot', { start: bot() }), { inputs: [timeout()] });
    expect(run.trace[0]?.branch).toBe('Error NoMatchingError');
    expect(run.trace[0]?.notes).toEqual([
      'InputTimeLimitExceeded has no branch of its own; NoMatchingError taken',
    ]);
  });
});

describe('Lambda functions', () => {
  const lookup = (responseType?: 'JSON') =>
    invokeLambda({
      fn: lambdaFunction('lookUp'),
      timeoutSeconds: 3,
      ...(responseType && { responseType }),
    })
      .then(say(template`Hello ${lambdaResult('name')}.`))
      .onError(say('Lookup failed.'));

  test('a list of responses is taken one per call, the last one repeating', () => {
    const again = lookup();
    const retry = loop({ count: 2 }).onLooping(again).onComplete(bye());
    const first = invokeLambda({ fn: lambdaFunction('lookUp'), timeoutSeconds: 3 })
      .then(retry)
      .onError(retry);
    const run = simulate(flow('Retry', { start: first }), {
      lambdas: { lookUp: [fails(), timesOut(), ok({ name: 'Ada' })] },
    });
    expect(run.trace.filter((s) => s.type === 'InvokeLambdaFunction').map((s) => s.notes)).toEqual([
      ['Lambda lookUp failed: the function failed'],
      ['Lambda lookUp did not answer within 3 seconds'],
    ]);
    expect(said(run)).toEqual(['Lookup failed.']);
  });

  test('a string map response must be flat; a JSON response may nest', () => {
    const nested = { lambdas: { lookUp: ok({ name: 'Ada', address: { city: 'London' } }) } };
    const flat = simulate(flow('Flat', { start: lookup() }), nested);
    expect(said(flat)).toEqual(['Lookup failed.']);
    const json = simulate(flow('Json', { start: lookup('JSON') }), nested);
    expect(said(json)).toEqual(['Hello Ada.']);
    expect(json.trace[0]?.changes).toContainEqual({
      path: '$.External.address.city',
      value: 'London',
    });
  });

  test('a function without a stub stops the run, naming it', () => {
    expect(() => simulate(flow('No stub', { start: lookup() }), {})).toThrow(
      /needs a stub for the Lambda function "lookUp" \(lambdas\["lookUp"\]\)/,
    );
    expect(
      said(simulate(flow('Any', { start: lookup() }), { lambdas: { '*': ok({ name: 'Bo' }) } })),
    ).toEqual(['Hello Bo.']);
  });
});

describe('branching', () => {
  test('percentage draws come from the scenario, then from its seed', () => {
    const split = distributeByPercentage()
      .when(20, say('A.'))
      .when(40, say('B.'))
      .otherwise(say('C.'));
    const test = flow('Split', { start: split });
    expect(said(simulate(test, { draws: [20] }))).toEqual(['A.']);
    expect(said(simulate(test, { draws: [60] }))).toEqual(['B.']);
    expect(said(simulate(test, { draws: [61] }))).toEqual(['C.']);
    const seeded = [1, 2, 3, 4, 5, 6].map((seed) => said(simulate(test, { seed }))[0]);
    expect(seeded).toEqual([1, 2, 3, 4, 5, 6].map((seed) => said(simulate(test, { seed }))[0]));
    expect(new Set(seeded).size).toBeGreaterThan(1);
  });

  test('staffing and queue status read the queue metrics', () => {
    const staffed = checkStaffing({ status: 'available' })
      .whenStaffed(say('Connecting.'))
      .whenNotStaffed(say('Nobody.'))
      .onError(say('No queue.'));
    const staffing = flow('Staffing', { start: staffed });
    const queues = (agentsAvailable: number) => ({ Sales: { metrics: { agentsAvailable } } });
    expect(said(simulate(staffing, { queue: 'Sales', queues: queues(2) }))).toEqual([
      'Connecting.',
    ]);
    expect(said(simulate(staffing, { queue: 'Sales', queues: queues(0) }))).toEqual(['Nobody.']);
    expect(said(simulate(staffing, {}))).toEqual(['No queue.']);
    expect(() => simulate(staffing, { queue: 'Sales' })).toThrow(
      /needs queues\["Sales"\]\.metrics\.agentsAvailable/,
    );

    const waiting = checkQueueStatus({ metric: 'timeInQueue' })
      .when(is.lessThan(120), say('Short.'))
      .when(is.lessThanOrEqualTo(300), say('Long.'))
      .otherwise(say('Very long.'))
      .onError(bye());
    const status = flow('Status', { start: waiting });
    const age = (oldestContactAge: number) => ({
      queue: 'Sales',
      queues: { Sales: { metrics: { oldestContactAge } } },
    });
    expect(said(simulate(status, age(60)))).toEqual(['Short.']);
    expect(said(simulate(status, age(300)))).toEqual(['Long.']);
    expect(said(simulate(status, age(301)))).toEqual(['Very long.']);
  });

  test('named hours of operation are open or closed as the scenario says', () => {
    const check = checkHoursOfOperation({ hours: hoursOfOperation('Main hours') })
      .whenInHours(say('Open.'))
      .whenOutOfHours(say('Closed.'))
      .onError(bye());
    const hours = flow('Hours', { start: check });
    expect(said(simulate(hours, { hours: { 'Main hours': 'open' } }))).toEqual(['Open.']);
    expect(said(simulate(hours, { hours: { '*': 'closed' } }))).toEqual(['Closed.']);
    expect(() => simulate(hours, {})).toThrow(/whether hours "Main hours" are open/);
    const queueHours = checkHoursOfOperation()
      .whenInHours(say('Open.'))
      .whenOutOfHours(say('Closed.'))
      .onError(say('No queue.'));
    const byQueue = flow('Queue hours', { start: queueHours });
    expect(
      said(
        simulate(byQueue, {
          queue: 'Sales',
          queues: { Sales: { hours: 'Main hours' } },
          hours: { 'Main hours': 'closed' },
        }),
      ),
    ).toEqual(['Closed.']);
    expect(said(simulate(byQueue, {}))).toEqual(['No queue.']);
    expect(() => simulate(byQueue, { queue: 'Sales' })).toThrow(
      /needs whether queue "Sales" is open \(queues\["Sales"\]\.hours\)/,
    );
  });

  test('Check Voice ID compares the result the scenario gives', () => {
    const check = checkVoiceId({ check: 'enrollment' })
      .whenEnrolled(say('Enrolled.'))
      .whenNotEnrolled(say('Not enrolled.'))
      .whenOptedOut(say('Opted out.'))
      .onError(say('Error.'));
    const voiceId = flow('Voice ID', { start: check });
    expect(
      said(simulate(voiceId, { responses: { CheckVoiceId: { result: 'NotEnrolled' } } })),
    ).toEqual(['Not enrolled.']);
    expect(() => simulate(voiceId, {})).toThrow(
      /needs responses\["check-voice-id-[0-9a-f]+"\]\.result/,
    );
    expect(said(simulate(voiceId, { channel: 'CHAT' }))).toEqual(['Error.']);
  });
});

describe('attributes and scopes', () => {
  test('flow attributes stay in their flow; contact attributes travel', () => {
    const next = flow('Next', {
      start: say(
        template`Contact ${'$.Attributes.tier'} flow ${flowAttribute('step')}.`,
        endFlow(),
      ),
    });
    const setBoth = setContactAttributes({ target: 'flow', attributes: { step: 'one' } })
      .then(
        setContactAttributes({ attributes: { tier: 'gold' } })
          .then(transferToFlow({ flow: flowRef('Next') }).onError(bye()))
          .onError(bye()),
      )
      .onError(bye());
    const first = flow('First', { start: setBoth });
    const followed = simulate(first, { flows: [next] });
    expect(said(followed)).toEqual(['Contact gold flow .']);
    expect(followed.outcome).toEqual({ kind: 'ended' });
    expect(followed.flowAttributes).toEqual({});
    const handedOn = simulate(first, {});
    expect(handedOn.outcome).toEqual({ kind: 'flow', flow: 'Next' });
    expect(handedOn.flowAttributes).toEqual({ step: 'one' });
  });

  test("a module cannot read the caller's Lambda results or flow attributes, and returns to it", () => {
    const inside = flowModule('Inside', {
      start: setContactAttributes({
        attributes: { seen: template`${lambdaResult('name')}|${flowAttribute('step')}` },
      })
        .then(returnFromModule())
        .onError(returnFromModule()),
    });
    const call = invokeModule({ module: inside })
      .then(say(template`After: ${lambdaResult('name')} ${flowAttribute('step')}.`))
      .onError(bye());
    const start = setContactAttributes({ target: 'flow', attributes: { step: 'one' } })
      .then(
        invokeLambda({ fn: lambdaFunction('who'), timeoutSeconds: 3 })
          .then(call)
          .onError(bye()),
      )
      .onError(bye());
    const run = simulate(flow('Caller', { start }), {
      modules: [inside],
      lambdas: { who: ok({ name: 'Ada' }) },
    });
    expect(run.attributes).toEqual({ seen: '|' });
    expect(said(run)).toEqual(['After: Ada one.']);
  });

  test('changes record the value before', () => {
    const second = setContactAttributes({ attributes: { tier: 'gold' } })
      .then(bye())
      .onError(bye());
    const run = simulate(flow('Tier', { start: second }), { attributes: { tier: 'silver' } });
    expect(run.trace[0]?.changes).toEqual([
      { path: '$.Attributes.tier', value: 'gold', previous: 'silver' },
    ]);
  });

  test('tags are set and removed', () => {
    const untag = tagContact({ remove: ['Segment'] })
      .then(bye())
      .onError(bye());
    const tag = tagContact({ tags: { Department: 'Finance', Segment: 'retail' } })
      .then(untag)
      .onError(bye());
    const run = simulate(flow('Tags', { start: tag }), {});
    expect(run.trace.flatMap((step) => step.changes)).toEqual([
      { path: '$.Tags.Department', value: 'Finance' },
      { path: '$.Tags.Segment', value: 'retail' },
      { path: '$.Tags.Segment', value: undefined, previous: 'retail' },
    ]);
  });
});

describe('participants and waits', () => {
  test('a transfer to a phone number resumes the flow unless told not to', () => {
    const resumes = transferToPhoneNumber({ phoneNumber: '+12065550100', timeoutSeconds: 30 })
      .then(say('Back again.'))
      .onCallFailed(say('Failed.'))
      .onTimeout(say('No answer.'))
      .onError(bye());
    const partner = flow('Partner', { start: resumes });
    expect(said(simulate(partner, {}))).toEqual(['Back again.']);
    expect(
      said(
        simulate(partner, {
          responses: { TransferParticipantToThirdParty: { error: 'CallFailed' } },
        }),
      ),
    ).toEqual(['Failed.']);
    const handsOver = transferToPhoneNumber({
      phoneNumber: '+12065550100',
      timeoutSeconds: 30,
      resumeAfterDisconnect: false,
    })
      .then(bye())
      .onError(bye());
    expect(simulate(flow('Hand over', { start: handsOver }), {}).outcome).toEqual({
      kind: 'phone-number',
      number: '+12065550100',
    });
  });

  test('a chat wait ends when the customer writes, or when its time runs out', () => {
    const waitForCustomer = wait({ timeoutSeconds: 900, customerReturned: true })
      .onCustomerReturned(say('Welcome back.'))
      .onTimeout(say('Goodbye.'))
      .onError(bye());
    const chat = flow('Chat wait', { type: 'CONTACT_FLOW', start: waitForCustomer });
    expect(said(simulate(chat, { channel: 'CHAT', inputs: [text('hello?')] }))).toEqual([
      'Welcome back.',
    ]);
    expect(said(simulate(chat, { channel: 'CHAT', inputs: [timeout()] }))).toEqual(['Goodbye.']);
    expect(said(simulate(chat, { channel: 'CHAT' }))).toEqual(['Goodbye.']);
    const bot = wait({ participant: 'bot', timeoutSeconds: 60 })
      .onBotParticipantDisconnected(say('Bot left.'))
      .onParticipantNotFound(bye())
      .onTimeout(say('Timed out.'))
      .onError(bye());
    expect(
      said(
        simulate(flow('Bot wait', { start: bot }), {
          channel: 'CHAT',
          inputs: [waitEvent('BotParticipantDisconnected')],
        }),
      ),
    ).toEqual(['Bot left.']);
  });

  test('a view gives the action chosen and the data submitted', () => {
    const form = showView({ view: view('Return form'), timeoutSeconds: 600 })
      .when('Next', say(template`Return ${viewResult('returnId')} logged.`))
      .otherwise(say('Other.'))
      .onTimeout(say('Too slow.'))
      .onError(say('Error.'));
    const returns = flow('Returns', { start: form });
    const chat = { channel: 'CHAT' } as const;
    expect(
      said(simulate(returns, { ...chat, inputs: [viewAction('Next', { returnId: 'R9' })] })),
    ).toEqual(['Return R9 logged.']);
    expect(said(simulate(returns, { ...chat, inputs: [timeout()] }))).toEqual(['Too slow.']);
    expect(said(simulate(returns, { channel: 'VOICE' }))).toEqual(['Error.']);
  });
});

describe('how runs end', () => {
  test('an action type the simulator does not run stops it, naming the type and the reason', () => {
    const table = raw({ type: 'EvaluateDataTableValues', parameters: { DataTableId: 't' } })
      .then(bye())
      .onError('NoMatchingError', bye());
    expect(() => simulate(flow('Table', { start: table }), {})).toThrow(
      /^Action "[^"]+" of "Table": EvaluateDataTableValues is not simulated\. Seen only in console exports/,
    );
  });

  test('an action type the catalog does not know stops it', () => {
    const unknown = raw({ type: 'SetVoice' }).then(bye());
    expect(() => simulate(flow('Unknown', { start: unknown }), {})).toThrow(
      'of "Unknown": SetVoice is not a Flow-language action type.',
    );
  });

  test('a branch that is not connected ends the run as a defect', () => {
    const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 });
    menu.when('1', bye()).onError(bye());
    const run = simulate(flow('Open branch', { start: menu }), { inputs: [timeout()] });
    expect(run.outcome).toMatchObject({ kind: 'disconnected' });
    const noTimeout = raw({
      type: 'GetParticipantInput',
      parameters: { Text: 'Hi', InputTimeLimitSeconds: '5' },
    }).when('1', bye());
    expect(
      simulate(flow('No errors', { start: noTimeout }), { inputs: [timeout()] }).outcome,
    ).toEqual({
      kind: 'unconnected',
      action: expect.any(String),
      branch: 'Error InputTimeLimitExceeded',
    });
  });

  test('a loop with no way out stops at the step limit', () => {
    const menu = getCustomerInput({ text: 'Press 0 to hear this again.', timeoutSeconds: 5 });
    menu.when('0', menu).otherwise(bye()).onTimeout(bye()).onError(bye());
    const run = simulate(flow('Forever', { start: menu }), {
      inputs: () => dtmf('0'),
      maxSteps: 25,
    });
    expect(run.outcome).toEqual({ kind: 'step-limit', steps: 25 });
    expect(run.prompts).toHaveLength(25);
  });

  test('responses force an error by identifier or by type, one per run of the action', () => {
    const hello = playPrompt({ text: 'Hello.' }).named('hello');
    const retry = loop({ count: 2 }).onLooping(hello).onComplete(bye());
    hello.then(retry).onError(say('Could not play.', retry));
    const run = simulate(flow('Errors', { start: hello }), {
      responses: { hello: [{ error: 'NoMatchingError' }, {}] },
    });
    expect(run.trace.filter((s) => s.action === 'hello').map((s) => s.branch)).toEqual([
      'Error NoMatchingError',
      'NextAction',
      'NextAction',
    ]);
  });
});
