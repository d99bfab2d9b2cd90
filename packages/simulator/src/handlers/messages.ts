import { failWith, success, type ActionHandler } from '../action-handler.js';
import { isAudio, isTextChannel, messageOf } from './message-of.js';

export const messageParticipant: ActionHandler = {
  reads: ['channel'],
  summary:
    'Plays the prompt with its references resolved. On chat an audio prompt takes the Error branch; on a task nothing is played and the flow continues.',
  shape: { success: 'next' },
  run(context) {
    if (context.channel === 'TASK') {
      context.note('nothing is played on a task');
      return success;
    }
    const prompt = messageOf(context.action.parameters, context);
    if (isAudio(prompt) && isTextChannel(context)) {
      return failWith('NoMatchingError', `an audio prompt cannot be sent on ${context.channel}`);
    }
    if (prompt !== undefined) context.play(prompt);
    return success;
  },
};

export const messageParticipantIteratively: ActionHandler = {
  reads: [],
  summary:
    'Plays each message once. With an interrupt period the result is MessagesInterrupted; without one the prompts loop until the contact leaves the queue, and the run stops there, waiting.',
  shape: (action) =>
    action.parameters.InterruptFrequencySeconds === undefined
      ? { success: 'end', end: 'waiting' }
      : { success: 'result', results: ['MessagesInterrupted'], subject: 'the loop' },
  run(context) {
    const messages = context.action.parameters.Messages;
    for (const message of Array.isArray(messages) ? messages : []) {
      if (typeof message !== 'object' || message === null) continue;
      const prompt = messageOf(message as Record<string, unknown>, context);
      if (prompt !== undefined) context.play(prompt);
    }
    if (context.action.parameters.InterruptFrequencySeconds === undefined) {
      context.note('the prompts loop until an agent answers');
      return { kind: 'wait', for: 'event' };
    }
    context.note(
      `interrupted after ${context.text(context.action.parameters.InterruptFrequencySeconds)} seconds`,
    );
    return { kind: 'result', value: 'MessagesInterrupted' };
  },
};
