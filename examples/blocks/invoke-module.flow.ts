import {
  attribute,
  disconnect,
  flow,
  invokeModule,
  moduleRef,
  playPrompt,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, no fun fact today.' }).then(goodbye).onError(goodbye);
const fact = playPrompt({ text: text`Did you know? ${attribute('funFact')}` })
  .then(goodbye)
  .onError(goodbye);

const run = invokeModule({ module: moduleRef('Fun fact') })
  .then(fact)
  .onError(sorry);

export const example = flow('Invoke module example', { start: run });
