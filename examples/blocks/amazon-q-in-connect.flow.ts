import { attribute, disconnect, enableAmazonQ, flow, playPrompt } from '@contactflow/dsl';

const goodbye = disconnect();
const connecting = playPrompt({ text: 'Connecting you with an agent.' })
  .then(goodbye)
  .onError(goodbye);

// A tenant-specific assistant, when a previous block stored one for this caller.
const tenantAssistant = enableAmazonQ({ assistantArn: attribute('assistantArn') })
  .then(connecting)
  .onError(connecting);

const assistant = enableAmazonQ({
  assistantArn:
    'arn:aws:wisdom:us-east-1:111122223333:assistant/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
})
  .then(tenantAssistant)
  .onError(connecting);

export const example = flow('Amazon Q in Connect example', {
  channels: ['VOICE', 'CHAT'],
  start: assistant,
});
