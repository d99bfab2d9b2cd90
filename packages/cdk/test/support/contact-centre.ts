import {
  checkHoursOfOperation,
  disconnect,
  endFlow,
  flow,
  flowModule,
  hoursOfOperation,
  invokeLambda,
  invokeModule,
  lambdaFunction,
  playPrompt,
  prompt,
  queue,
  quickConnect,
  raw,
  returnFromModule,
  setWhisperFlow,
  setWorkingQueue,
  transferToFlow,
  transferToQueue,
} from '@contactflow/dsl';
import { App, Stack } from 'aws-cdk-lib/core';
import {
  CfnHoursOfOperation,
  CfnInstance,
  CfnPrompt,
  CfnQueue,
  CfnQuickConnect,
} from 'aws-cdk-lib/aws-connect';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { ContactFlow, ContactFlowModule } from '../../src/index.js';

// A small contact centre: an instance, its resources, a whisper flow, an overflow flow, a module
// and a main flow that uses each of them.

export const whisper = flow('Agent whisper', {
  type: 'AGENT_WHISPER',
  start: endFlow(),
});

export const overflow = flow('Overflow', {
  description: 'Callers the main flow cannot place.',
  start: disconnect(),
});

export const payments = flowModule('Payments', {
  inputs: { amount: { type: 'Number', required: true } },
  results: ['Declined'],
  start: (() => {
    const done = returnFromModule();
    return invokeLambda({ fn: lambdaFunction('isHoliday'), timeoutSeconds: 3 })
      .then(done)
      .onError(done);
  })(),
});

const bye = disconnect();
const toOverflow = transferToFlow({ flow: overflow }).onError(bye);
const toSales = setWorkingQueue({ queue: queue('Sales') })
  .then(transferToQueue().onAtCapacity(toOverflow).onError(bye))
  .onError(bye);
const desk = raw({
  type: 'UpdateContactData',
  parameters: { QuickConnectId: quickConnect('Desk') },
})
  .then(toSales)
  .onError('NoMatchingError', toSales);
const whisperSet = setWhisperFlow({ whisper: 'agent', flow: whisper }).then(desk).onError(desk);
const pay = invokeModule({ module: payments }).then(whisperSet).onError(whisperSet);
const holiday = invokeLambda({ fn: lambdaFunction('isHoliday'), timeoutSeconds: 3 })
  .then(pay)
  .onError(pay);
const welcome = playPrompt({ prompt: prompt('Welcome') })
  .then(holiday)
  .onError(holiday);
const hours = checkHoursOfOperation({ hours: hoursOfOperation('Office') })
  .whenInHours(welcome)
  .whenOutOfHours(toOverflow)
  .onError(bye);

export const main = flow('Main', {
  type: 'CONTACT_FLOW',
  description: 'The main number.',
  channels: ['VOICE'],
  start: hours,
});

/** The resources of the contact centre, for tests that add flows of their own. */
export interface ContactCentre {
  readonly app: App;
  readonly stack: Stack;
  readonly instance: CfnInstance;
  readonly office: CfnHoursOfOperation;
  readonly sales: CfnQueue;
  readonly welcome: CfnPrompt;
  readonly desk: CfnQuickConnect;
  readonly isHoliday: LambdaFunction;
}

/**
 * An app with one stack holding the instance and its resources, no flows yet. CloudFormation's
 * schema check of the template is left to the example's test, which pays its start-up time.
 */
export function contactCentre(): ContactCentre {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Contact', {
    env: { account: '111122223333', region: 'us-east-1' },
  });
  const instance = new CfnInstance(stack, 'Instance', {
    identityManagementType: 'CONNECT_MANAGED',
    instanceAlias: 'contactflow-test',
    attributes: { inboundCalls: true, outboundCalls: false },
  });
  const office = new CfnHoursOfOperation(stack, 'Office', {
    instanceArn: instance.attrArn,
    name: 'Office',
    timeZone: 'America/New_York',
    config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
      day,
      startTime: { hours: 8, minutes: 0 },
      endTime: { hours: 17, minutes: 0 },
    })),
  });
  const sales = new CfnQueue(stack, 'Sales', {
    instanceArn: instance.attrArn,
    name: 'Sales',
    hoursOfOperationArn: office.attrHoursOfOperationArn,
  });
  const welcome = new CfnPrompt(stack, 'Welcome', {
    instanceArn: instance.attrArn,
    name: 'Welcome',
    s3Uri: 's3://contactflow-test-prompts/welcome.wav',
  });
  const desk = new CfnQuickConnect(stack, 'Desk', {
    instanceArn: instance.attrArn,
    name: 'Desk',
    quickConnectConfig: {
      quickConnectType: 'PHONE_NUMBER',
      phoneConfig: { phoneNumber: '+15555550100' },
    },
  });
  const isHoliday = new LambdaFunction(stack, 'IsHoliday', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ isHoliday: "false" });'),
  });
  return { app, stack, instance, office, sales, welcome, desk, isHoliday };
}

/** The contact centre with its flows and module: the whole stack the tests read. */
export function contactCentreWithFlows(): ContactCentre & {
  readonly mainFlow: ContactFlow;
  readonly whisperFlow: ContactFlow;
  readonly overflowFlow: ContactFlow;
  readonly paymentsModule: ContactFlowModule;
} {
  const centre = contactCentre();
  const { stack, instance } = centre;
  const whisperFlow = new ContactFlow(stack, 'Whisper', { instance, flow: whisper });
  const overflowFlow = new ContactFlow(stack, 'OverflowFlow', {
    instance,
    flow: overflow,
    state: 'ACTIVE',
    tags: { team: 'contact-centre' },
  });
  const paymentsModule = new ContactFlowModule(stack, 'Payments', {
    instance,
    module: payments,
    environment: { lambdaFunctions: { isHoliday: centre.isHoliday } },
  });
  const mainFlow = new ContactFlow(stack, 'Main', {
    instance,
    flow: main,
    environment: {
      queues: { Sales: centre.sales },
      prompts: { Welcome: centre.welcome },
      hoursOfOperation: { Office: centre.office },
      lambdaFunctions: { isHoliday: centre.isHoliday },
      quickConnects: { Desk: centre.desk },
      flows: { 'Agent whisper': whisperFlow, Overflow: overflowFlow },
      flowModules: { Payments: paymentsModule },
    },
  });
  return { ...centre, mainFlow, whisperFlow, overflowFlow, paymentsModule };
}
