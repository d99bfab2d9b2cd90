import {
  flowModule,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  returnFromModule,
  setContactAttributes,
} from '@contactflow/dsl';

const done = returnFromModule();

// The module hands its result back through a contact attribute; flow attributes would stay inside.
const failed = setContactAttributes({ attributes: { funFact: '' } })
  .then(done)
  .onError(done);
const store = setContactAttributes({ attributes: { funFact: lambdaResult('fact') } })
  .then(done)
  .onError(failed);
const lookup = invokeLambda({ fn: lambdaFunction('funFact'), timeoutSeconds: 3 })
  .then(store)
  .onError(failed);

export const example = flowModule('Fun fact', {
  description: 'Looks up a fun fact and stores it in the funFact contact attribute.',
  start: lookup,
});
