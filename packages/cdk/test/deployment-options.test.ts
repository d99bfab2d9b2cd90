import {
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  lexBot,
  missingAction,
  playPrompt,
  prompt,
  queue,
  setWorkingQueue,
  transferToQueue,
  type Environment,
} from '@contactflow/dsl';
import { App, Stack } from 'aws-cdk-lib/core';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnQueue } from 'aws-cdk-lib/aws-connect';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnBotAlias } from 'aws-cdk-lib/aws-lex';
import { describe, expect, test } from 'vitest';
import { ContactFlow, ContactFlowModule } from '../src/index.js';
import { contactCentre, contactCentreWithFlows, payments } from './support/contact-centre.js';
import { contentOf, parametersByType } from './support/template-content.js';

const instanceArn =
  'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function invokes(name: string) {
  const bye = disconnect();
  return flow(`Invokes ${name}`, {
    start: invokeLambda({ fn: lambdaFunction(name), timeoutSeconds: 3 })
      .then(bye)
      .onError(bye),
  });
}

function salesFlow(name: string) {
  const bye = disconnect();
  const toQueue = transferToQueue().onAtCapacity(bye).onError(bye);
  return flow(name, {
    start: setWorkingQueue({ queue: queue('Sales') })
      .then(toQueue)
      .onError(bye),
  });
}

// One app: each group of tests adds a stack of its own to the same contact centre.
const centre = contactCentre();
const stackNamed = (id: string) =>
  new Stack(centre.app, id, { env: { account: '111122223333', region: 'us-east-1' } });

/** A function of the account, by ARN, as a stack imports one made elsewhere. */
const imported = (stack: Stack, name: string) =>
  LambdaFunction.fromFunctionArn(
    stack,
    'Imported',
    `arn:aws:lambda:us-east-1:111122223333:function:${name}`,
  );

function noLambdaWiring(): Stack {
  const stack = stackNamed('NoLambdaWiring');
  const fn = imported(stack, 'isHoliday');
  new ContactFlow(stack, 'Flow', {
    instance: instanceArn,
    flow: invokes('isHoliday'),
    environment: { lambdaFunctions: { isHoliday: fn } },
    associateLambdas: false,
    grantLambdas: false,
  });
  return stack;
}

function importedFunction(): Stack {
  const stack = stackNamed('ImportedFunction');
  const fn = imported(stack, 'isHoliday');
  new ContactFlow(stack, 'Flow', {
    instance: instanceArn,
    flow: invokes('isHoliday'),
    environment: { lambdaFunctions: { isHoliday: fn } },
  });
  return stack;
}

function functionArn(): Stack {
  const stack = stackNamed('FunctionArn');
  new ContactFlow(stack, 'Flow', {
    instance: instanceArn,
    flow: invokes('isHoliday'),
    environment: {
      lambdaFunctions: { isHoliday: 'arn:aws:lambda:us-east-1:111122223333:function:x' },
    },
  });
  return stack;
}

function unusedFunction(): Stack {
  const stack = stackNamed('UnusedFunction');
  const fn = imported(stack, 'unused');
  new ContactFlow(stack, 'Flow', {
    instance: instanceArn,
    flow: salesFlow('Sales only'),
    environment: { queues: { Sales: 'arn:q' }, lambdaFunctions: { unused: fn } },
  });
  return stack;
}

function renamed(): Stack {
  const stack = stackNamed('Renamed');
  new ContactFlow(stack, 'Flow', {
    instance: centre.instance,
    flow: salesFlow('Sales'),
    name: 'Sales (dev)',
    description: 'Deployed from the dev pipeline.',
    state: 'ARCHIVED',
    environment: { queues: { Sales: centre.sales } },
  });
  return stack;
}

function warnings(): Stack {
  const stack = stackNamed('Warnings');
  const bye = disconnect();
  new ContactFlow(stack, 'Flow', {
    instance: instanceArn,
    flow: flow('Dangling', {
      start: playPrompt({ text: 'Hello.' }).then(missingAction('gone')).onError(bye),
    }),
  });
  return stack;
}

function asksBot(name: string) {
  const bye = disconnect();
  return flow(name, {
    start: getCustomerInput({ lexBot: lexBot('Assistant'), text: 'How can I help?' })
      .when('Goodbye', bye)
      .otherwise(bye)
      .onError(bye),
  });
}

function lexBots(associateLexBots?: boolean): Stack {
  const stack = stackNamed(associateLexBots === false ? 'LexBotsLeftAlone' : 'LexBots');
  const alias = new CfnBotAlias(stack, 'AssistantLive', {
    botId: 'ABCDEFGHIJ',
    botAliasName: 'live',
  });
  for (const name of ['Asks the bot', 'Asks the bot too']) {
    new ContactFlow(stack, name.replace(/ /g, ''), {
      instance: instanceArn,
      flow: asksBot(name),
      environment: { lexBots: { Assistant: alias } },
      ...(associateLexBots !== undefined && { associateLexBots }),
    });
  }
  return stack;
}

// Every stack is added before the app is synthesised, once, by the first test that reads one.
const stacks = {
  noLambdaWiring: noLambdaWiring(),
  importedFunction: importedFunction(),
  functionArn: functionArn(),
  unusedFunction: unusedFunction(),
  renamed: renamed(),
  warnings: warnings(),
  lexBots: lexBots(),
  lexBotsLeftAlone: lexBots(false),
};

// Constructs that throw need no synth, and a tree synthesised once takes no more constructs.
const unsynthesised = (id: string) =>
  new Stack(new App({ builtinCloudFormationValidation: false }), id);

describe('Lambda functions', () => {
  test('grantLambdas and associateLambdas turn the association and the permission off', () => {
    const template = Template.fromStack(stacks.noLambdaWiring);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 0);
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    const content = contentOf(template, 'AWS::Connect::ContactFlow', 'Invokes isHoliday');
    expect(parametersByType(content).get('InvokeLambdaFunction')).toEqual([
      expect.objectContaining({
        LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:isHoliday',
      }),
    ]);
  });

  test('an imported function is associated with an instance given by ARN, and granted', () => {
    const template = Template.fromStack(stacks.importedFunction);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: instanceArn,
      IntegrationArn: 'arn:aws:lambda:us-east-1:111122223333:function:isHoliday',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'connect.amazonaws.com',
      SourceArn: instanceArn,
    });
  });

  test('a function given as an ARN string is written as given, with nothing created for it', () => {
    const template = Template.fromStack(stacks.functionArn);
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 0);
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Content: Match.stringLikeRegexp('function:x'),
    });
  });

  test('functions the environment names but the flow does not invoke are left alone', () => {
    Template.fromStack(stacks.unusedFunction).resourceCountIs(
      'AWS::Connect::IntegrationAssociation',
      0,
    );
  });
});

describe('Lex bots', () => {
  test('a bot alias of the app is associated with the instance once, before the flows', () => {
    const template = Template.fromStack(stacks.lexBots);
    template.resourcePropertiesCountIs(
      'AWS::Connect::IntegrationAssociation',
      {
        InstanceId: instanceArn,
        IntegrationType: 'LEX_BOT',
        IntegrationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AssistantLive'), 'Arn'] },
      },
      1,
    );
    const [associationId] = Object.keys(
      template.findResources('AWS::Connect::IntegrationAssociation'),
    );
    const flows = Object.values(template.findResources('AWS::Connect::ContactFlow'));
    expect(flows).toHaveLength(2);
    for (const resource of flows) expect(resource['DependsOn']).toContain(associationId);
  });

  test('associateLexBots: false leaves the bot alone', () => {
    Template.fromStack(stacks.lexBotsLeftAlone).resourceCountIs(
      'AWS::Connect::IntegrationAssociation',
      0,
    );
  });
});

describe('props', () => {
  test('name and description override the flow definition', () => {
    Template.fromStack(stacks.renamed).hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Sales (dev)',
      Description: 'Deployed from the dev pipeline.',
      State: 'ARCHIVED',
    });
  });

  test('an environment file of ARN strings is an environment of the construct as it is', () => {
    const environment: Environment = {
      queues: { Sales: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q' },
    };
    const deployed = new ContactFlow(unsynthesised('PlainEnvironment'), 'Flow', {
      instance: instanceArn,
      flow: salesFlow('Sales'),
      environment,
    });
    expect(deployed.resource.content).toContain(
      '"QueueId": "arn:aws:connect:us-east-1:111122223333:instance/i/queue/q"',
    );
  });

  test("the compiler's warnings become warnings of the construct", () => {
    Annotations.fromStack(stacks.warnings).hasWarning(
      '/Warnings/Flow',
      Match.stringLikeRegexp('points to "gone", which is not a block of the flow'),
    );
  });
});

describe('errors', () => {
  test('a reference the environment lacks names the construct, the flow, the block and the reference', () => {
    const stack = unsynthesised('Missing');
    const bye = disconnect();
    const greet = playPrompt({ prompt: prompt('Welcome') })
      .then(bye)
      .onError(bye);
    expect(
      () =>
        new ContactFlow(stack, 'Greeting', {
          instance: instanceArn,
          flow: flow('Greeting', { start: greet }),
          environment: { queues: { Sales: centre.sales } },
        }),
    ).toThrow(
      /^Missing\/Greeting \(flow "Greeting"\): packages\/cdk\/test\/deployment-options\.test\.ts:\d+:\d+: The environment names no prompt "Welcome"\. Add it to the environment given to the construct\.$/,
    );
  });

  test('each missing reference is reported on a line of its own', () => {
    const stack = unsynthesised('MissingTwo');
    const bye = disconnect();
    const greet = playPrompt({ prompt: prompt('Welcome') })
      .then(
        setWorkingQueue({ queue: queue('Sales') })
          .then(bye)
          .onError(bye),
      )
      .onError(bye);
    let message = '';
    try {
      new ContactFlow(stack, 'Two', { instance: instanceArn, flow: flow('Two', { start: greet }) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').map((line) => line.replace(/: .*: /, ': … '))).toEqual([
      'MissingTwo/Two (flow "Two"): … The environment names no prompt "Welcome". Add it to the environment given to the construct.',
      'MissingTwo/Two (flow "Two"): … The environment names no queue "Sales". Add it to the environment given to the construct.',
    ]);
  });

  test('a resource of the wrong kind is refused with its name and type', () => {
    const stack = unsynthesised('WrongKind');
    expect(
      () =>
        new ContactFlow(stack, 'Flow', {
          instance: instanceArn,
          flow: salesFlow('Sales'),
          environment: { queues: { Sales: centre.welcome as unknown as CfnQueue } },
        }),
    ).toThrow(
      'WrongKind/Flow (flow "Sales"): environment queues "Sales": the AWS::Connect::Prompt Contact/Welcome cannot stand for a queue.',
    );
  });

  test('a flow construct under another kind is refused with its path', () => {
    const stack = unsynthesised('FlowAsQueue');
    const other = new ContactFlow(stack, 'Other', {
      instance: instanceArn,
      flow: salesFlow('A'),
      environment: { queues: { Sales: 'arn:q' } },
    });
    expect(
      () =>
        new ContactFlow(stack, 'Flow', {
          instance: instanceArn,
          flow: salesFlow('B'),
          environment: { queues: { Sales: other as unknown as CfnQueue } },
        }),
    ).toThrow(
      'environment queues "Sales": the ContactFlow FlowAsQueue/Other cannot stand for a queue.',
    );
  });

  test('a module is deployed with ContactFlowModule, a flow with ContactFlow', () => {
    const stack = unsynthesised('WrongConstruct');
    expect(
      () => new ContactFlow(stack, 'Module', { instance: instanceArn, flow: payments }),
    ).toThrow(
      'WrongConstruct/Module: "Payments" is a flow module; deploy it with ContactFlowModule.',
    );
    expect(
      () =>
        new ContactFlowModule(stack, 'Flow', {
          instance: instanceArn,
          module: salesFlow('Sales') as typeof payments,
        }),
    ).toThrow('WrongConstruct/Flow: "Sales" is a flow, not a module; deploy it with ContactFlow.');
  });

  test('an instance that is neither a CfnInstance nor an ARN is refused', () => {
    const stack = unsynthesised('WrongInstance');
    expect(
      () =>
        new ContactFlow(stack, 'Flow', {
          instance: centre.sales as never,
          flow: salesFlow('Sales'),
        }),
    ).toThrow(
      'WrongInstance/Flow: instance takes a CfnInstance or an instance ARN, not the AWS::Connect::Queue Contact/Sales.',
    );
  });
});

describe('determinism', () => {
  test('the same program synthesises the same template', () => {
    const first = JSON.stringify(Template.fromStack(contactCentreWithFlows().stack).toJSON());
    // Tokens made in between number the next app's tokens differently; the template must not show it.
    for (let i = 0; i < 50; i++) void centre.sales.attrQueueArn;
    const second = JSON.stringify(Template.fromStack(contactCentreWithFlows().stack).toJSON());
    expect(second).toBe(first);
  });
});
