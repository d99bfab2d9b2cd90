/**
 * A bank's self-service line on an Amazon Lex V2 bot: balances are read out without an agent,
 * anything else goes to an agent with the recognised intent attached.
 */
import {
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  lex,
  lexBot,
  playPrompt,
  queue,
  setContactAttributes,
  setWorkingQueue,
  text,
  transferToQueue,
} from '@contactflow/dsl';

const hangUp = disconnect();
const sorry = playPrompt({ text: 'Sorry, something went wrong. Please call again later.' })
  .then(hangUp)
  .onError(hangUp);

// The agent fallback: keep what the bot understood for the agent, then queue.
const transfer = transferToQueue().onAtCapacity(sorry).onError(sorry);
const customerService = setWorkingQueue({ queue: queue('Customer Service') })
  .then(transfer)
  .onError(sorry);
const handOver = setContactAttributes({
  attributes: { intent: lex.intent, accountNumber: lex.slot('AccountNumber') },
})
  .then(customerService)
  .onError(customerService);
const toAgent = playPrompt({ text: 'Let me connect you with an agent.' })
  .then(handOver)
  .onError(handOver);

const readBalance = playPrompt({
  text: text`The balance of account ${lex.slot('AccountNumber')} is ${lambdaResult('balance')}. Goodbye.`,
})
  .then(hangUp)
  .onError(toAgent);
const balance = invokeLambda({
  fn: lambdaFunction('getBalance'),
  timeoutSeconds: 4,
  parameters: { accountNumber: lex.slot('AccountNumber') },
})
  .then(readBalance)
  .onError(toAgent);

const assistant = getCustomerInput({
  lexBot: lexBot('Banking assistant'),
  text: 'Welcome to Example Bank. You can ask for your balance, or ask for an agent. How can I help?',
  sessionAttributes: { 'x-amz-lex:audio:start-timeout-ms:*:*': '4000' },
})
  .when('CheckBalance', balance)
  .when('TalkToAgent', toAgent)
  .otherwise(toAgent)
  .onError(toAgent);

export const lexSelfService = flow('Lex self-service banking', {
  type: 'CONTACT_FLOW',
  description: 'Balance by bot, agent fallback with the intent attached.',
  channels: ['VOICE', 'CHAT'],
  start: assistant,
});
