import {
  checkContactAttributes,
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  playPrompt,
  queue,
  setContactAttributes,
  setWorkingQueue,
  system,
  transferToQueue,
  type Environment,
  type FlowDefinition,
  type FlowNode,
} from '@contactflow/dsl';

/** Actions in one segment of a generated flow. */
const segmentSize = 10;
/** The disconnect the closing messages end with. */
const sharedActions = 1;
/** The smallest flow the generator writes: one segment and the final disconnect. */
export const smallestGeneratedFlow = segmentSize + sharedActions;

const instance =
  'arn:aws:connect:us-east-1:111122223333:instance/7a1b2c3d-0000-4000-8000-000000000000';
const queueNames = ['Sales', 'Support', 'Priority'].flatMap((team) =>
  [0, 1, 2].map((index) => `${team} ${index}`),
);
const lambdaNames = [0, 1, 2, 3].map((index) => `lookup${index}`);

function uuidOf(kind: number, index: number): string {
  const hex = (kind * 1000 + index).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * The instance resources generated flows name, so that they compile to the ARNs a real export
 * holds.
 *
 * @example
 * ```ts
 * import { generatedEnvironment } from './generated-flow.js';
 * generatedEnvironment.queues?.['Sales 0']; // an ARN
 * ```
 */
export const generatedEnvironment: Environment = {
  queues: Object.fromEntries(
    queueNames.map((name, index) => [name, `${instance}/queue/${uuidOf(1, index)}`]),
  ),
  lambdaFunctions: Object.fromEntries(
    lambdaNames.map((name) => [name, `arn:aws:lambda:us-east-1:111122223333:function:${name}`]),
  ),
};

/**
 * One segment: a Lambda lookup, an attribute check on its result, a menu, three working queues,
 * the transfer, and an apology that ends the call for the segment's errors (kept local, as a
 * designer would place it, rather than one handler far away that every block points to). `next`
 * is where the menu's "continue" key, timeout and default lead.
 */
function segment(index: number, next: FlowNode, variant: number): FlowNode {
  const hangUp = disconnect();
  const apology = playPrompt({ text: `Sorry, something went wrong (${variant}.${index}).` })
    .then(hangUp)
    .onError(hangUp);
  const transfer = transferToQueue().onAtCapacity(apology).onError(apology);
  const queueFor = (team: string) =>
    setWorkingQueue({ queue: queue(`${team} ${index % 3}`) })
      .then(transfer)
      .onError(apology);
  const menu = getCustomerInput({
    text: `Step ${index}. For sales, press 1. For support, press 2. To go on, press 3.`,
    timeoutSeconds: 5,
  })
    .when('1', queueFor('Sales'))
    .when('2', queueFor('Support'))
    .when('3', next)
    .onTimeout(next)
    .otherwise(next)
    .onError(apology);
  const remember = setContactAttributes({
    attributes: { tier: lambdaResult('tier'), step: String(index) },
  })
    .then(menu)
    .onError(menu);
  const tierCheck = checkContactAttributes({ value: lambdaResult('tier') })
    .when('gold', queueFor('Priority'))
    .when('silver', remember)
    .otherwise(menu);
  return invokeLambda({
    fn: lambdaFunction(lambdaNames[index % lambdaNames.length]!),
    timeoutSeconds: 3,
    parameters: { caller: system.customerNumber, step: String(index) },
  })
    .then(tierCheck)
    .onError(menu);
}

/**
 * A valid voice flow of exactly `actions` actions (at least {@link smallestGeneratedFlow}):
 * segments of menus, attribute checks, Lambda calls and queue transfers one after the other, then
 * closing messages and a disconnect. The same count always gives the same flow; `variant` changes its wording so
 * that a repository of generated files holds different flows.
 *
 * @example
 * ```ts
 * import { compile } from '@contactflow/compiler';
 * import { generatedEnvironment, generatedFlow } from './generated-flow.js';
 * const { document } = compile(generatedFlow(250), { environment: generatedEnvironment });
 * document.Actions.length; // 250
 * ```
 */
export function generatedFlow(actions: number, variant = 0): FlowDefinition {
  if (!Number.isInteger(actions) || actions < smallestGeneratedFlow) {
    throw new Error(`A generated flow has at least ${smallestGeneratedFlow} actions`);
  }
  const segments = Math.floor((actions - sharedActions) / segmentSize);
  const closing = actions - sharedActions - segments * segmentSize;
  const hangUp = disconnect();
  // Built from the end, so that each block's successor exists when it is made.
  let next: FlowNode = hangUp;
  for (let index = closing - 1; index >= 0; index--) {
    next = playPrompt({ text: `Closing message ${index} of flow ${variant}.` })
      .then(next)
      .onError(hangUp);
  }
  for (let index = segments - 1; index >= 0; index--) {
    next = segment(index, next, variant);
  }
  return flow(`Generated flow ${variant} with ${actions} actions`, {
    type: 'CONTACT_FLOW',
    channels: ['VOICE'],
    start: next,
  });
}
