import { disconnect, flow, getCustomerInput, loop, playPrompt } from '@contactflow/dsl';

const goodbye = disconnect();
const sales = playPrompt({ text: 'Connecting you to sales.' }).then(goodbye).onError(goodbye);
const sorry = playPrompt({ text: 'Sorry, we could not understand you. Goodbye.' })
  .then(goodbye)
  .onError(goodbye);

// Three more tries at the menu, then give up.
const menu = getCustomerInput({ text: 'For sales press 1.', timeoutSeconds: 5 });
const retry = loop({ count: 3 }).onLooping(menu).onComplete(sorry);
menu.when('1', sales).onTimeout(retry).otherwise(retry).onError(goodbye);

export const example = flow('Loop example', { start: menu });
