import { ResourceReference } from './resource-reference.js';

/**
 * A queue by logical name.
 *
 * @example
 * ```ts
 * import { queue, setWorkingQueue } from '@contactflow/dsl';
 * setWorkingQueue({ queue: queue('Sales') });
 * ```
 */
export function queue(name: string): ResourceReference<'queue'> {
  return new ResourceReference('queue', name);
}

/**
 * An audio prompt from the instance's prompt library, by logical name.
 *
 * @example
 * ```ts
 * import { playPrompt, prompt } from '@contactflow/dsl';
 * playPrompt({ prompt: prompt('Welcome') });
 * ```
 */
export function prompt(name: string): ResourceReference<'prompt'> {
  return new ResourceReference('prompt', name);
}

/**
 * Hours of operation by logical name.
 *
 * @example
 * ```ts
 * import { checkHoursOfOperation, hoursOfOperation } from '@contactflow/dsl';
 * checkHoursOfOperation({ hours: hoursOfOperation('Office') });
 * ```
 */
export function hoursOfOperation(name: string): ResourceReference<'hoursOfOperation'> {
  return new ResourceReference('hoursOfOperation', name);
}

/**
 * A Lambda function by logical name.
 *
 * @example
 * ```ts
 * import { invokeLambda, lambdaFunction } from '@contactflow/dsl';
 * invokeLambda({ fn: lambdaFunction('isHoliday'), timeoutSeconds: 3 });
 * ```
 */
export function lambdaFunction(name: string): ResourceReference<'lambdaFunction'> {
  return new ResourceReference('lambdaFunction', name);
}

/**
 * An Amazon Lex V2 bot alias by logical name.
 *
 * @example
 * ```ts
 * import { lexBot } from '@contactflow/dsl';
 * lexBot('Helpdesk').kind; // 'lexBot'
 * ```
 */
export function lexBot(name: string): ResourceReference<'lexBot'> {
  return new ResourceReference('lexBot', name);
}

/**
 * A published flow by name, for Transfer to flow and the Set ... flow blocks. A flow object built
 * in the same program can be passed instead.
 *
 * @example
 * ```ts
 * import { flowRef, transferToFlow } from '@contactflow/dsl';
 * transferToFlow({ flow: flowRef('Main IVR') });
 * ```
 */
export function flowRef(name: string): ResourceReference<'flow'> {
  return new ResourceReference('flow', name);
}

/**
 * A published flow module by name, for Invoke module.
 *
 * @example
 * ```ts
 * import { invokeModule, moduleRef } from '@contactflow/dsl';
 * invokeModule({ module: moduleRef('Payments') });
 * ```
 */
export function moduleRef(name: string): ResourceReference<'flowModule'> {
  return new ResourceReference('flowModule', name);
}

/**
 * A phone number claimed by the instance, by logical name (an outbound caller id, for example).
 *
 * @example
 * ```ts
 * import { phoneNumber } from '@contactflow/dsl';
 * phoneNumber('Main line').kind; // 'phoneNumber'
 * ```
 */
export function phoneNumber(name: string): ResourceReference<'phoneNumber'> {
  return new ResourceReference('phoneNumber', name);
}

/**
 * A quick connect by logical name.
 *
 * @example
 * ```ts
 * import { quickConnect } from '@contactflow/dsl';
 * quickConnect('Billing desk').kind; // 'quickConnect'
 * ```
 */
export function quickConnect(name: string): ResourceReference<'quickConnect'> {
  return new ResourceReference('quickConnect', name);
}

/**
 * An agent (a user of the instance) by logical name.
 *
 * @example
 * ```ts
 * import { agent, setWorkingQueue } from '@contactflow/dsl';
 * setWorkingQueue({ agent: agent('jdoe') });
 * ```
 */
export function agent(name: string): ResourceReference<'agent'> {
  return new ResourceReference('agent', name);
}

/**
 * A step-by-step guide view by logical name.
 *
 * @example
 * ```ts
 * import { view } from '@contactflow/dsl';
 * view('Order form').kind; // 'view'
 * ```
 */
export function view(name: string): ResourceReference<'view'> {
  return new ResourceReference('view', name);
}

/**
 * A task template by logical name, for Create task.
 *
 * @example
 * ```ts
 * import { taskTemplate } from '@contactflow/dsl';
 * taskTemplate('Follow-up').kind; // 'taskTemplate'
 * ```
 */
export function taskTemplate(name: string): ResourceReference<'taskTemplate'> {
  return new ResourceReference('taskTemplate', name);
}
