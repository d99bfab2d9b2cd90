import { disconnect, distributeByPercentage, flow, playPrompt } from '@contactflow/dsl';

const goodbye = disconnect();
const greeting = (text: string) => playPrompt({ text }).then(goodbye).onError(goodbye);

// A/B/C test of three greetings: 20%, 40%, and the remaining 40%.
const split = distributeByPercentage()
  .when(20, greeting('Welcome to Example Corp.'))
  .when(40, greeting('Hi! Thanks for calling Example Corp.'))
  .otherwise(greeting('Thank you for calling.'));

export const example = flow('Distribute by percentage example', { start: split });
