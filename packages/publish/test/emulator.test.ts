import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ConnectClient,
  ContactFlowNotPublishedException,
  CreateContactFlowCommand,
  CreateContactFlowModuleCommand,
  DeleteContactFlowCommand,
  DeleteContactFlowModuleCommand,
  DescribeContactFlowCommand,
  DescribeContactFlowModuleCommand,
  DuplicateResourceException,
  InternalServiceException,
  InvalidContactFlowException,
  InvalidContactFlowModuleException,
  InvalidParameterException,
  LimitExceededException,
  ListPromptsCommand,
  ListQueuesCommand,
  ResourceNotFoundException,
  ThrottlingException,
  UpdateContactFlowContentCommand,
  UpdateContactFlowMetadataCommand,
  UpdateContactFlowModuleContentCommand,
  paginateListBots,
  paginateListContactFlowModules,
  paginateListContactFlows,
  paginateListHoursOfOperations,
  paginateListLambdaFunctions,
  paginateListPhoneNumbersV2,
  paginateListPrompts,
  paginateListQueues,
  paginateListQuickConnects,
  paginateListTaskTemplates,
  paginateListUsers,
  paginateListViews,
  type ConnectClientConfig,
} from '@aws-sdk/client-connect';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  startConnectEmulator,
  type ConnectEmulator,
  type EmulatedInstance,
} from './emulator/index.js';

const fixtures = resolve(import.meta.dirname, 'emulator/fixtures');
const flowText = readFileSync(resolve(fixtures, 'greeting-flow.json'), 'utf8');
const moduleText = readFileSync(resolve(fixtures, 'return-module.json'), 'utf8');
const moduleSettings = JSON.stringify({
  InputParameters: [],
  OutputParameters: [],
  Transitions: [],
});

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

let emulator: ConnectEmulator;
let instance: EmulatedInstance;
let client: ConnectClient;

function clientFor(config: ConnectClientConfig = {}): ConnectClient {
  return new ConnectClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    ...config,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('the call succeeded');
}

function createFlow(name: string, content = flowText, extra: { Status?: 'SAVED' } = {}) {
  return client.send(
    new CreateContactFlowCommand({
      InstanceId: instance.id,
      Name: name,
      Type: 'CONTACT_FLOW',
      Content: content,
      ...extra,
    }),
  );
}

function createModule(
  name: string,
  content = moduleText,
  settings: string | null = moduleSettings,
) {
  return client.send(
    new CreateContactFlowModuleCommand({
      InstanceId: instance.id,
      Name: name,
      Content: content,
      Settings: settings ?? undefined,
    }),
  );
}

beforeEach(async () => {
  emulator = await startConnectEmulator({ pageSize: 2 });
  instance = emulator.addInstance();
  client = clientFor();
});

afterEach(async () => {
  client.destroy();
  await emulator.close();
});

describe('flows', () => {
  test('a created flow describes with the content, status and hash it was given', async () => {
    const created = await createFlow('Main IVR');
    expect(created.ContactFlowArn).toMatch(
      new RegExp(`^arn:aws:connect:us-east-1:123456789012:instance/${uuid}/contact-flow/${uuid}$`),
    );
    expect(created.ContactFlowArn).toBe(`${instance.arn}/contact-flow/${created.ContactFlowId}`);

    const { ContactFlow } = await client.send(
      new DescribeContactFlowCommand({
        InstanceId: instance.id,
        ContactFlowId: created.ContactFlowId,
      }),
    );
    expect(ContactFlow).toMatchObject({
      Id: created.ContactFlowId,
      Arn: created.ContactFlowArn,
      Name: 'Main IVR',
      Type: 'CONTACT_FLOW',
      State: 'ACTIVE',
      Status: 'PUBLISHED',
      Content: flowText,
      FlowContentSha256: createHash('sha256').update(flowText).digest('hex'),
      LastModifiedRegion: 'us-east-1',
    });
    expect(ContactFlow?.LastModifiedTime).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(created.FlowContentSha256).toBe(ContactFlow?.FlowContentSha256);
    expect(emulator.state(instance.id).flows.map((flow) => flow.content)).toEqual([flowText]);
  });

  test('ids depend only on what was done, so two runs agree', async () => {
    const other = await startConnectEmulator();
    const otherInstance = other.addInstance();
    const otherClient = clientFor({ endpoint: other.endpoint });
    try {
      expect(otherInstance.id).toBe(instance.id);
      expect(otherInstance.addQueue('Sales')).toEqual(instance.addQueue('Sales'));
      const mine = await createFlow('Main IVR');
      const theirs = await otherClient.send(
        new CreateContactFlowCommand({
          InstanceId: otherInstance.id,
          Name: 'Main IVR',
          Type: 'CONTACT_FLOW',
          Content: flowText,
        }),
      );
      expect(theirs.ContactFlowArn).toBe(mine.ContactFlowArn);
      expect(emulator.addInstance().id).not.toBe(instance.id);
    } finally {
      otherClient.destroy();
      await other.close();
    }
  });

  test('a saved flow is not checked and is described only through its $SAVED qualifier', async () => {
    const { ContactFlowId } = await createFlow('Draft', '{ not json', { Status: 'SAVED' });
    const plain = await failureOf(
      client.send(new DescribeContactFlowCommand({ InstanceId: instance.id, ContactFlowId })),
    );
    expect(plain).toBeInstanceOf(ContactFlowNotPublishedException);

    const { ContactFlow } = await client.send(
      new DescribeContactFlowCommand({
        InstanceId: instance.id,
        ContactFlowId: `${ContactFlowId}:$SAVED`,
      }),
    );
    expect(ContactFlow).toMatchObject({ Status: 'SAVED', Content: '{ not json' });

    await client.send(
      new UpdateContactFlowContentCommand({
        InstanceId: instance.id,
        ContactFlowId,
        Content: flowText,
      }),
    );
    expect(instance.flow('Draft')).toMatchObject({
      status: 'PUBLISHED',
      publishedContent: flowText,
      savedContent: undefined,
    });
  });

  test('metadata updates rename and archive, and the listing shows it', async () => {
    const { ContactFlowId } = await createFlow('Main IVR');
    instance.addFlow({ name: 'Default agent hold', type: 'AGENT_HOLD' });
    await client.send(
      new UpdateContactFlowMetadataCommand({
        InstanceId: instance.id,
        ContactFlowId,
        Name: 'Main menu',
        ContactFlowState: 'ARCHIVED',
      }),
    );
    const summaries = [];
    for await (const page of paginateListContactFlows(
      { client },
      { InstanceId: instance.id, ContactFlowTypes: ['CONTACT_FLOW'] },
    ))
      summaries.push(...(page.ContactFlowSummaryList ?? []));
    expect(summaries).toEqual([
      {
        Id: ContactFlowId,
        Arn: `${instance.arn}/contact-flow/${ContactFlowId}`,
        Name: 'Main menu',
        ContactFlowType: 'CONTACT_FLOW',
        ContactFlowState: 'ARCHIVED',
        ContactFlowStatus: 'PUBLISHED',
      },
    ]);
  });

  test('a name taken in the instance is DuplicateResourceException (409)', async () => {
    await createFlow('Main IVR');
    const { ContactFlowId } = await createFlow('Other');
    const duplicate = await failureOf(createFlow('Main IVR'));
    expect(duplicate).toBeInstanceOf(DuplicateResourceException);
    expect(duplicate.$metadata).toMatchObject({ httpStatusCode: 409 });

    const renamed = await failureOf(
      client.send(
        new UpdateContactFlowMetadataCommand({
          InstanceId: instance.id,
          ContactFlowId,
          Name: 'Main IVR',
        }),
      ),
    );
    expect(renamed).toBeInstanceOf(DuplicateResourceException);

    // Names are per instance.
    const second = emulator.addInstance();
    await client.send(
      new CreateContactFlowCommand({
        InstanceId: second.arn,
        Name: 'Main IVR',
        Type: 'CONTACT_FLOW',
        Content: flowText,
      }),
    );
    expect(second.flows().map((flow) => flow.name)).toEqual(['Main IVR']);
  });

  test('a deleted flow is gone: not described, not listed, its name free again', async () => {
    const { ContactFlowId } = await createFlow('Main IVR');
    await createFlow('Other');
    emulator.clearCalls();
    await client.send(new DeleteContactFlowCommand({ InstanceId: instance.id, ContactFlowId }));
    expect(emulator.calls).toMatchObject([
      {
        operation: 'DeleteContactFlow',
        method: 'DELETE',
        params: { ContactFlowId },
        write: true,
        status: 200,
      },
    ]);
    expect(instance.flows().map((flow) => flow.name)).toEqual(['Other']);
    const gone = await failureOf(
      client.send(new DescribeContactFlowCommand({ InstanceId: instance.id, ContactFlowId })),
    );
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
    const again = await failureOf(
      client.send(new DeleteContactFlowCommand({ InstanceId: instance.id, ContactFlowId })),
    );
    expect(again).toBeInstanceOf(ResourceNotFoundException);

    // A flow made again under the name gets an id of its own.
    const remade = await createFlow('Main IVR');
    expect(remade.ContactFlowId).not.toBe(ContactFlowId);
  });

  test('unknown instances, flows and modules are ResourceNotFoundException (404)', async () => {
    const calls = [
      client.send(
        new DescribeContactFlowCommand({ InstanceId: 'no-such-instance', ContactFlowId: 'x' }),
      ),
      client.send(new DescribeContactFlowCommand({ InstanceId: instance.id, ContactFlowId: 'x' })),
      client.send(
        new UpdateContactFlowContentCommand({
          InstanceId: instance.id,
          ContactFlowId: 'x',
          Content: flowText,
        }),
      ),
      client.send(
        new DescribeContactFlowModuleCommand({ InstanceId: instance.id, ContactFlowModuleId: 'x' }),
      ),
      client.send(new ListQueuesCommand({ InstanceId: 'no-such-instance' })),
    ];
    for (const call of calls) {
      const error = await failureOf(call);
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 404 });
    }
  });
});

describe('content problems', () => {
  interface Action {
    Identifier?: string;
    Type?: string;
    Transitions: { NextAction?: string };
  }
  const document = () => JSON.parse(flowText) as Record<string, unknown> & { Actions: Action[] };
  const cases: [string, () => string, unknown[]][] = [
    ['text that is not JSON', () => '{"Version":', ['Content is not valid JSON.']],
    [
      'a document without Version and StartAction',
      () => JSON.stringify({ ...document(), Version: undefined, StartAction: undefined }),
      [
        'Flow is missing required property. Path: Version',
        'Flow is missing required property. Path: StartAction',
      ],
    ],
    [
      'a document without Actions',
      () => JSON.stringify({ ...document(), Actions: undefined }),
      ['Flow is missing required property. Path: Actions'],
    ],
    [
      'actions without Identifier or Type',
      () => {
        const flow = document();
        const [, hours, disconnect] = flow.Actions as [Action, Action, Action];
        delete hours.Type;
        delete disconnect.Identifier;
        return JSON.stringify(flow);
      },
      [
        'Action is missing required property. Path: Actions[1].Type',
        'Action is missing required property. Path: Actions[2].Identifier',
        'Invalid Action property value. Path: Actions[0].Transitions.Errors[0].NextAction',
        'Invalid Action property value. Path: Actions[1].Transitions.NextAction',
        'Invalid Action property value. Path: Actions[1].Transitions.Conditions[0].NextAction',
        'Invalid Action property value. Path: Actions[1].Transitions.Errors[0].NextAction',
      ],
    ],
    [
      'a transition to an identifier no action has',
      () => {
        const flow = document();
        (flow.Actions[0] as Action).Transitions.NextAction = 'nowhere';
        return JSON.stringify(flow);
      },
      ['Invalid Action property value. Path: Actions[0].Transitions.NextAction'],
    ],
    [
      'a StartAction naming no action',
      () => JSON.stringify({ ...document(), StartAction: 'nowhere' }),
      ['Invalid flow property value. Path: StartAction'],
    ],
    [
      'content over 256,000 characters',
      () => JSON.stringify({ ...document(), Metadata: { padding: 'x'.repeat(256_000) } }),
      [expect.stringMatching(/^Content length \d+ exceeds the maximum of 256000 characters\.$/)],
    ],
  ];

  test.each(cases)('%s reaches error.problems', async (_, content, messages) => {
    const error = await failureOf(createFlow('Broken', content()));
    expect(error).toBeInstanceOf(InvalidContactFlowException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
    expect(error.problems).toEqual(messages.map((message) => ({ message })));
    expect(instance.flows()).toEqual([]);
  });

  test('an update is checked like a create and leaves the flow unchanged when refused', async () => {
    const { ContactFlowId } = await createFlow('Main IVR');
    const error = await failureOf(
      client.send(
        new UpdateContactFlowContentCommand({
          InstanceId: instance.id,
          ContactFlowId,
          Content: JSON.stringify({ ...JSON.parse(flowText), StartAction: 'nowhere' }),
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidContactFlowException);
    expect(instance.flow('Main IVR')?.content).toBe(flowText);
  });
});

describe('modules', () => {
  test('create, describe and update keep content and settings', async () => {
    const created = await createModule('Payments');
    expect(created.Arn).toBe(`${instance.arn}/flow-module/${created.Id}`);
    const described = await client.send(
      new DescribeContactFlowModuleCommand({
        InstanceId: instance.id,
        ContactFlowModuleId: created.Id,
      }),
    );
    expect(described.ContactFlowModule).toMatchObject({
      Id: created.Id,
      Name: 'Payments',
      Content: moduleText,
      Settings: moduleSettings,
      Status: 'PUBLISHED',
      State: 'ACTIVE',
      FlowModuleContentSha256: createHash('sha256').update(moduleText).digest('hex'),
    });

    const changed = moduleText.replace('"module"', '"module, again"');
    await client.send(
      new UpdateContactFlowModuleContentCommand({
        InstanceId: instance.id,
        ContactFlowModuleId: created.Id,
        Content: changed,
      }),
    );
    expect(emulator.state(instance.id).modules).toMatchObject([
      { name: 'Payments', content: changed, settings: moduleSettings },
    ]);
  });

  test('duplicates, invalid content and missing settings are refused', async () => {
    await createModule('Payments');
    expect(await failureOf(createModule('Payments'))).toBeInstanceOf(DuplicateResourceException);

    const invalid = await failureOf(createModule('Broken', '{"Version":"2019-10-30"}'));
    expect(invalid).toBeInstanceOf(InvalidContactFlowModuleException);
    expect(invalid.Problems).toEqual([
      { message: 'Flow is missing required property. Path: StartAction' },
      { message: 'Flow is missing required property. Path: Actions' },
    ]);

    const unsettled = await failureOf(createModule('Unsettled', moduleText, null));
    expect(unsettled.Problems).toEqual([
      { message: 'JSON field is missing or null for field name: settings' },
    ]);
    expect(instance.modules().map((module) => module.name)).toEqual(['Payments']);
  });

  test('a deleted module is gone, and its name can be used again', async () => {
    const { Id } = await createModule('Payments');
    await client.send(
      new DeleteContactFlowModuleCommand({ InstanceId: instance.id, ContactFlowModuleId: Id }),
    );
    expect(emulator.calls.at(-1)).toMatchObject({
      operation: 'DeleteContactFlowModule',
      method: 'DELETE',
      write: true,
      status: 200,
    });
    expect(instance.modules()).toEqual([]);
    const gone = await failureOf(
      client.send(
        new DescribeContactFlowModuleCommand({ InstanceId: instance.id, ContactFlowModuleId: Id }),
      ),
    );
    expect(gone).toBeInstanceOf(ResourceNotFoundException);
    const again = await failureOf(
      client.send(
        new DeleteContactFlowModuleCommand({ InstanceId: instance.id, ContactFlowModuleId: Id }),
      ),
    );
    expect(again).toBeInstanceOf(ResourceNotFoundException);
    expect((await createModule('Payments')).Id).not.toBe(Id);
  });

  test('a repeated ClientToken returns the module it created', async () => {
    const send = () =>
      client.send(
        new CreateContactFlowModuleCommand({
          InstanceId: instance.id,
          Name: 'Payments',
          Content: moduleText,
          Settings: moduleSettings,
          ClientToken: 'token-1',
        }),
      );
    const first = await send();
    expect(await send()).toMatchObject({ Id: first.Id, Arn: first.Arn });
  });
});

describe('pagination', () => {
  test('the SDK paginator walks every page of queues, filtered by type', async () => {
    const names = ['Sales', 'Support', 'Billing'];
    for (const name of names) instance.addQueue(name);
    const agent = instance.addQueue('jdoe', { type: 'AGENT' });
    expect(agent.arn).toBe(`${instance.arn}/queue/agent/${agent.id}`);

    const pages = [];
    for await (const page of paginateListQueues(
      { client },
      { InstanceId: instance.id, QueueTypes: ['STANDARD'], MaxResults: 1000 },
    ))
      pages.push(page.QueueSummaryList?.map((queue) => queue.Name));
    expect(pages).toEqual([['Sales', 'Support'], ['Billing']]);

    const listings = emulator.calls.filter((call) => call.operation === 'ListQueues');
    expect(listings.map((call) => call.query)).toEqual([
      { queueTypes: 'STANDARD', maxResults: '1000' },
      { queueTypes: 'STANDARD', maxResults: '1000', nextToken: expect.any(String) },
    ]);
  });

  test('MaxResults is honoured up to the maximum of the operation', async () => {
    for (const name of ['a', 'b', 'c']) instance.addPrompt(name);
    const one = await client.send(
      new ListPromptsCommand({ InstanceId: instance.id, MaxResults: 1 }),
    );
    expect(one.PromptSummaryList?.map((prompt) => prompt.Name)).toEqual(['a']);
    expect(one.NextToken).toEqual(expect.any(String));

    const tooMany = await failureOf(
      client.send(new ListPromptsCommand({ InstanceId: instance.id, MaxResults: 1001 })),
    );
    expect(tooMany).toBeInstanceOf(InvalidParameterException);
    expect(tooMany.message).toContain('less than or equal to 1000');

    const foreignToken = await failureOf(
      client.send(new ListQueuesCommand({ InstanceId: instance.id, NextToken: one.NextToken })),
    );
    expect(foreignToken).toBeInstanceOf(InvalidParameterException);
  });

  test('every listing the publisher uses pages through the SDK paginators', async () => {
    for (const index of [1, 2, 3]) {
      instance.addPrompt(`prompt ${index}`);
      instance.addHoursOfOperation(`hours ${index}`);
      instance.addLambdaFunction(`function-${index}`);
      instance.addLexBotAlias(`bot${index}`);
      instance.addPhoneNumber(`+1555010000${index}`, { description: `line ${index}` });
      instance.addUser(`agent${index}`);
      instance.addQuickConnect(`quick ${index}`);
      instance.addView(`view ${index}`);
      instance.addFlow({ name: `flow ${index}` });
      instance.addModule({ name: `module ${index}` });
      instance.addTaskTemplate(`template ${index}`);
    }
    const InstanceId = instance.id;
    const collect = async <P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined) => {
      const all: T[] = [];
      for await (const page of pages) all.push(...(items(page) ?? []));
      return all;
    };
    const list = { client };

    expect(
      await collect(paginateListPrompts(list, { InstanceId }), (p) => p.PromptSummaryList),
    ).toMatchObject([{ Name: 'prompt 1' }, { Name: 'prompt 2' }, { Name: 'prompt 3' }]);
    expect(
      await collect(
        paginateListHoursOfOperations(list, { InstanceId }),
        (p) => p.HoursOfOperationSummaryList,
      ),
    ).toHaveLength(3);
    expect(
      await collect(paginateListLambdaFunctions(list, { InstanceId }), (p) => p.LambdaFunctions),
    ).toEqual([1, 2, 3].map((i) => `arn:aws:lambda:us-east-1:123456789012:function:function-${i}`));
    const bots = await collect(
      paginateListBots(list, { InstanceId, LexVersion: 'V2' }),
      (p) => p.LexBots,
    );
    expect(bots.map((bot) => bot.LexV2Bot?.AliasArn)).toEqual(
      instance.lexBotAliases.map((alias) => alias.aliasArn),
    );
    expect(bots[0]?.LexV2Bot?.AliasArn).toMatch(
      /^arn:aws:lex:us-east-1:123456789012:bot-alias\/[A-Z0-9]{10}\/[A-Z0-9]{10}$/,
    );
    const numbers = await collect(
      paginateListPhoneNumbersV2(list, { InstanceId }),
      (p) => p.ListPhoneNumbersSummaryList,
    );
    expect(numbers.map((number) => number.PhoneNumberDescription)).toEqual([
      'line 1',
      'line 2',
      'line 3',
    ]);
    expect(numbers[0]).toMatchObject({
      PhoneNumber: '+15550100001',
      PhoneNumberArn: expect.stringMatching(
        new RegExp(`^arn:aws:connect:us-east-1:123456789012:phone-number/${uuid}$`),
      ),
      TargetArn: instance.arn,
    });
    const users = await collect(paginateListUsers(list, { InstanceId }), (p) => p.UserSummaryList);
    expect(users[2]).toMatchObject({
      Username: 'agent3',
      Arn: expect.stringContaining(`${instance.arn}/agent/`),
    });
    const quickConnects = await collect(
      paginateListQuickConnects(list, { InstanceId, QuickConnectTypes: ['QUEUE'] }),
      (p) => p.QuickConnectSummaryList,
    );
    expect(quickConnects[0]?.Arn).toContain(`${instance.arn}/transfer-destination/`);
    expect(
      await collect(paginateListViews(list, { InstanceId }), (p) => p.ViewsSummaryList),
    ).toHaveLength(3);
    expect(
      await collect(
        paginateListContactFlows(list, { InstanceId }),
        (p) => p.ContactFlowSummaryList,
      ),
    ).toHaveLength(3);
    expect(
      await collect(
        paginateListContactFlowModules(list, { InstanceId, ContactFlowModuleState: 'ACTIVE' }),
        (p) => p.ContactFlowModulesSummaryList,
      ),
    ).toHaveLength(3);

    const templates = await collect(
      paginateListTaskTemplates(list, { InstanceId }),
      (p) => p.TaskTemplates,
    );
    expect(templates.map((template) => template.Name)).toEqual([
      'template 1',
      'template 2',
      'template 3',
    ]);
    expect(templates[0]?.Arn).toMatch(new RegExp(`^${instance.arn}/task/template/${uuid}$`));

    // Three items at two a page: every listing took two requests.
    const perOperation = new Map<string, number>();
    for (const call of emulator.calls)
      perOperation.set(call.operation, (perOperation.get(call.operation) ?? 0) + 1);
    expect([...perOperation.values()].every((count) => count === 2)).toBe(true);
    expect(perOperation.size).toBe(11);
  });

  test('task templates are filtered by status and name', async () => {
    instance.addTaskTemplate('Call back');
    instance.addTaskTemplate('Old form', { status: 'INACTIVE', description: 'Retired.' });
    const names = async (input: { Status?: 'ACTIVE' | 'INACTIVE'; Name?: string }) => {
      const all = [];
      for await (const page of paginateListTaskTemplates(
        { client },
        { InstanceId: instance.id, ...input },
      )) {
        all.push(...(page.TaskTemplates ?? []).map((t) => `${t.Name}:${t.Status}`));
      }
      return all;
    };
    expect(await names({})).toEqual(['Call back:ACTIVE', 'Old form:INACTIVE']);
    expect(await names({ Status: 'INACTIVE' })).toEqual(['Old form:INACTIVE']);
    expect(await names({ Name: 'Call back' })).toEqual(['Call back:ACTIVE']);
    expect(emulator.calls.at(-1)?.query).toMatchObject({ name: 'Call back' });
  });
});

describe('injected faults', () => {
  test('throttled calls are retried by the SDK, and surface with a single attempt', async () => {
    instance.addPrompt('Welcome');
    emulator.throttleNext(2, 'ListPrompts');
    const listed = await client.send(new ListPromptsCommand({ InstanceId: instance.id }));
    expect(listed.PromptSummaryList).toHaveLength(1);
    expect(listed.$metadata.attempts).toBe(3);
    expect(emulator.calls.map((call) => [call.operation, call.status, call.errorType])).toEqual([
      ['ListPrompts', 429, 'ThrottlingException'],
      ['ListPrompts', 429, 'ThrottlingException'],
      ['ListPrompts', 200, undefined],
    ]);

    emulator.throttleNext(1);
    const once = clientFor({ maxAttempts: 1 });
    const error = await failureOf(once.send(new ListPromptsCommand({ InstanceId: instance.id })));
    once.destroy();
    expect(error).toBeInstanceOf(ThrottlingException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 429 });
  });

  test('failNext fails the chosen call once and changes nothing', async () => {
    const ids = [];
    for (const name of ['a', 'b', 'c', 'd']) ids.push((await createFlow(name)).ContactFlowId);
    emulator.failNext('UpdateContactFlowContent', {
      type: 'InternalServiceException',
      status: 500,
      message: 'Something broke',
      skip: 2,
    });
    const changed = flowText.replace('Welcome.', 'Hello.');
    // The SDK retries a 500 by default; one attempt shows the failure itself.
    const once = clientFor({ maxAttempts: 1 });
    const outcomes = [];
    for (const ContactFlowId of ids) {
      const update = once.send(
        new UpdateContactFlowContentCommand({
          InstanceId: instance.id,
          ContactFlowId,
          Content: changed,
        }),
      );
      outcomes.push(
        await update.then(
          () => 'ok',
          (error: Error) => error,
        ),
      );
    }
    expect(outcomes.slice(0, 2)).toEqual(['ok', 'ok']);
    expect(outcomes[2]).toBeInstanceOf(InternalServiceException);
    expect((outcomes[2] as Error).message).toBe('Something broke');
    expect(outcomes[3]).toBe('ok');
    once.destroy();
    expect(instance.flows().map((flow) => flow.content === changed)).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  test('failNext can pick a call by what it carries', async () => {
    emulator.failNext('CreateContactFlow', {
      type: 'LimitExceededException',
      status: 429,
      match: (request) => request.body['Name'] === 'Second',
    });
    await createFlow('First');
    const limited = await failureOf(
      clientFor({ maxAttempts: 1 }).send(
        new CreateContactFlowCommand({
          InstanceId: instance.id,
          Name: 'Second',
          Type: 'CONTACT_FLOW',
          Content: flowText,
        }),
      ),
    );
    expect(limited).toBeInstanceOf(LimitExceededException);
    await createFlow('Second');
    expect(instance.flows().map((flow) => flow.name)).toEqual(['First', 'Second']);
  });
});

describe('the call log', () => {
  test('records operation, path labels and parsed body, and tells writes apart', async () => {
    const { ContactFlowId } = await createFlow('Main IVR');
    expect(emulator.calls[0]).toMatchObject({
      operation: 'CreateContactFlow',
      method: 'PUT',
      path: `/contact-flows/${instance.id}`,
      params: { InstanceId: instance.id },
      body: { Name: 'Main IVR', Type: 'CONTACT_FLOW', Content: flowText },
      write: true,
      status: 200,
    });

    // A re-deploy that finds the flow unchanged only reads.
    emulator.clearCalls();
    await client.send(new DescribeContactFlowCommand({ InstanceId: instance.id, ContactFlowId }));
    expect(emulator.calls.map((call) => call.operation)).toEqual(['DescribeContactFlow']);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
  });

  test('an unsigned request is refused', async () => {
    const response = await fetch(`${emulator.endpoint}/queues-summary/${instance.id}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(emulator.calls[0]).toMatchObject({ operation: 'ListQueues', status: 403 });
  });
});

describe('AWS_ENDPOINT_URL_CONNECT', () => {
  test('points a client without an endpoint at the emulator', async () => {
    const saved = process.env['AWS_ENDPOINT_URL_CONNECT'];
    instance.addQueue('Sales');
    try {
      // The SDK reads the variable at the client's first request, not at construction.
      const fromEnvironment = new ConnectClient({
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      });
      process.env['AWS_ENDPOINT_URL_CONNECT'] = emulator.endpoint;
      const listed = await fromEnvironment.send(new ListQueuesCommand({ InstanceId: instance.id }));
      fromEnvironment.destroy();
      expect(listed.QueueSummaryList?.map((queue) => queue.Name)).toEqual(['Sales']);
      expect(emulator.calls).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env['AWS_ENDPOINT_URL_CONNECT'];
      else process.env['AWS_ENDPOINT_URL_CONNECT'] = saved;
    }
  });
});
