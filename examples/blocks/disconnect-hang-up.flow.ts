import { disconnect, flow, playPrompt } from '@contactflow/dsl';

// A terminal block: Disconnect has no branches to connect.
const goodbye = disconnect();
const closing = playPrompt({ text: 'Goodbye.' }).then(goodbye).onError(goodbye);

export const example = flow('Disconnect example', { start: closing });
