import { disconnect, flow, getCustomerInput, lexBot, playPrompt } from '@contactflow/dsl';

const goodbye = disconnect();
const sales = playPrompt({ text: 'Connecting you to sales.' }).then(goodbye).onError(goodbye);

// Keypad menu: a timeout or a wrong key replays it.
const menu = getCustomerInput({
  text: 'For sales press 1. To talk to our assistant press 2.',
  timeoutSeconds: 5,
});

// Amazon Lex: each intent is a branch.
const assistant = getCustomerInput({ lexBot: lexBot('Helpdesk'), text: 'How can I help you?' })
  .when('CheckBalance', sales)
  .otherwise(goodbye)
  .onError(goodbye);

menu.when('1', sales).when('2', assistant).onTimeout(menu).otherwise(menu).onError(goodbye);

export const example = flow('Get customer input example', { start: menu });
