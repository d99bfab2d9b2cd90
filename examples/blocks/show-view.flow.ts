import {
  attribute,
  disconnect,
  flow,
  playPrompt,
  showView,
  text,
  view,
  viewResult,
} from '@contactflow/dsl';

const goodbye = disconnect();
const failed = playPrompt({ text: 'The form could not be completed.' })
  .then(goodbye)
  .onError(goodbye);
const done = playPrompt({ text: text`Return ${viewResult('returnId')} has been logged.` })
  .then(goodbye)
  .onError(goodbye);

// A customer-managed form: Next submits it, Back shows the order summary again.
const returnForm = showView({
  view: view('Return form'),
  version: 2,
  timeoutSeconds: 600,
  data: { Heading: 'Log a return', OrderId: attribute('orderId') },
  hideResponseInTranscript: true,
});

// An AWS managed view, addressed by its ARN, with the customer's details in the attribute bar.
const summary = showView({
  view: 'arn:aws:connect:us-east-1:aws:view/detail:1',
  timeoutSeconds: 900,
  data: {
    Heading: text`Order ${attribute('orderId')}`,
    AttributeBar: [
      { Label: 'Customer', Value: attribute('customerName'), Copyable: true },
      { Label: 'Items', Value: attribute('itemCount'), Copyable: false },
    ],
  },
});

summary.when('ActionSelected', returnForm).otherwise(failed).onTimeout(failed).onError(failed);
returnForm
  .when('Next', done)
  .when('Back', summary)
  .otherwise(failed)
  .onTimeout(failed)
  .onError(failed);

export const example = flow('Show view example', {
  type: 'CONTACT_FLOW',
  channels: ['CHAT'],
  start: summary,
});
