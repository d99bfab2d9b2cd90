import { attribute, disconnect, flow, flowRef, playPrompt, transferToFlow } from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we cannot take your call right now.' })
  .then(goodbye)
  .onError(goodbye);

// A flow named in the routing attribute, else the main menu.
const mainMenu = transferToFlow({ flow: flowRef('Main menu') }).onError(sorry);
const routed = transferToFlow({ flow: attribute('nextFlowArn') }).onError(mainMenu);

export const example = flow('Transfer to flow example', { start: routed });
