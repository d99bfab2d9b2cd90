/** A reusable payment step: charges the amount in the `amount` attribute and returns a receipt. */
import {
  attribute,
  flowModule,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  returnFromModule,
  setContactAttributes,
  system,
} from '@contactflow/dsl';

const done = returnFromModule();
const failed = setContactAttributes({ attributes: { receipt: '' } })
  .then(done)
  .onError(done);
const keepReceipt = setContactAttributes({ attributes: { receipt: lambdaResult('receipt') } })
  .then(done)
  .onError(failed);
const charge = invokeLambda({
  fn: lambdaFunction('takePayment'),
  timeoutSeconds: 8,
  parameters: { amount: attribute('amount'), callerNumber: system.customerNumber },
})
  .then(keepReceipt)
  .onError(failed);

export const paymentModule = flowModule('Take payment', {
  description: 'Charges the amount in the amount attribute and sets the receipt attribute.',
  inputs: {
    amount: { type: 'Number', description: 'Amount to charge, in dollars.', required: true },
  },
  outputs: {
    receipt: { type: 'String', description: 'Receipt number; empty when the payment failed.' },
  },
  start: charge,
});
