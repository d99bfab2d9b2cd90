import {
  disconnect,
  flow,
  flowModule,
  flowRef,
  invokeLambda,
  invokeModule,
  lambdaFunction,
  moduleRef,
  playPrompt,
  prompt,
  queue,
  returnFromModule,
  setContactAttributes,
  setWorkingQueue,
  transferToFlow,
  transferToQueue,
  type FlowDefinition,
} from '@contactflow/dsl';

/** A module that marks the caller verified. */
export function verifyModule(): FlowDefinition {
  const done = returnFromModule();
  return flowModule('Verify caller', {
    description: 'Marks the caller verified.',
    start: setContactAttributes({ attributes: { verified: 'true' } })
      .then(done)
      .onError(done),
    inputs: { accountId: { type: 'String', description: 'The account.', required: true } },
  });
}

/** An inbound flow that uses a prompt, the module, a Lambda function, a queue and another flow. */
export function mainFlow(greeting = 'Welcome'): FlowDefinition {
  const bye = disconnect();
  const closed = transferToFlow({ flow: flowRef('After hours') }).onError(bye);
  const transfer = transferToQueue().onAtCapacity(bye).onError(bye);
  const route = setWorkingQueue({ queue: queue('Sales') })
    .then(transfer)
    .onError(bye);
  const holiday = invokeLambda({ fn: lambdaFunction('isHoliday'), timeoutSeconds: 3 })
    .then(route)
    .onError(closed);
  const verify = invokeModule({ module: moduleRef('Verify caller') })
    .then(holiday)
    .onError(bye);
  return flow('Main IVR', {
    start: playPrompt({ prompt: prompt(greeting) })
      .then(verify)
      .onError(bye),
  });
}

/** A flow without references. */
export function afterHoursFlow(text = 'We are closed.'): FlowDefinition {
  const bye = disconnect();
  return flow('After hours', { start: playPrompt({ text }).then(bye).onError(bye) });
}

/** Two flows that transfer to each other. */
export function mutualFlows(): FlowDefinition[] {
  const billingBye = disconnect();
  const supportBye = disconnect();
  return [
    flow('Billing', {
      start: transferToFlow({ flow: flowRef('Support') }).onError(billingBye),
    }),
    flow('Support', {
      start: playPrompt({ text: 'Support.' })
        .then(transferToFlow({ flow: flowRef('Billing') }).onError(supportBye))
        .onError(supportBye),
    }),
  ];
}
