import {
  attribute,
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  system,
  transferToPhoneNumber,
} from '@contactflow/dsl';

const goodbye = disconnect();
const unavailable = playPrompt({ text: 'Sorry, nobody could take your call. Goodbye.' })
  .then(goodbye)
  .onError(goodbye);

const menu = getCustomerInput({
  text: 'For our repair partner press 1. For your account manager press 2. For the front desk press 3.',
  timeoutSeconds: 5,
});

// Resumes when the partner hangs up, so the caller comes back to the menu.
const partner = transferToPhoneNumber({
  phoneNumber: '+12065550100',
  timeoutSeconds: 30,
  dtmf: ',,362',
  callerId: { number: system.dialedNumber, name: 'Example Corp' },
})
  .then(menu)
  .onCallFailed(unavailable)
  .onTimeout(unavailable)
  .onError(unavailable);

// The flow ends once the call is handed over: only Success and Error remain.
const accountManager = transferToPhoneNumber({
  phoneNumber: attribute('accountManagerNumber'),
  timeoutSeconds: 45,
  resumeAfterDisconnect: false,
})
  .then(goodbye)
  .onError(unavailable);

// The front desk PBX is reached over SIP through a voice connector.
const frontDesk = transferToPhoneNumber({
  voiceConnector: {
    arn: 'arn:aws:chime:us-east-1:111122223333:vc/abcdefghijklmnop',
    fromUser: system.customerNumber,
    toUser: '+12065550150',
  },
  timeoutSeconds: 20,
})
  .then(goodbye)
  .onCallFailed(unavailable)
  .onTimeout(unavailable)
  .onError(unavailable);

menu
  .when('1', partner)
  .when('2', accountManager)
  .when('3', frontDesk)
  .onTimeout(menu)
  .otherwise(menu)
  .onError(goodbye);

export const example = flow('Transfer to phone number example', {
  type: 'CONTACT_FLOW',
  channels: ['VOICE'],
  start: menu,
});
