import { failWith, type ActionHandler } from '../action-handler.js';
import { messageOf } from './message-of.js';

export const connectParticipantWithLexBot: ActionHandler = {
  reads: ['inputs'],
  summary:
    'Plays the prompt, then takes the next input, which says what the bot recognised (lexIntent): $.Lex is replaced with the intent, slots, session attributes, confidence and sentiment, and the intent name is the result. A timeout takes InputTimeLimitExceeded. The bot itself is not run.',
  shape: { success: 'result', subject: 'the intent' },
  run(context) {
    const prompt = messageOf(context.action.parameters, context);
    if (prompt !== undefined) context.play(prompt);
    const input = context.takeInput(['lex', 'timeout']);
    if (input === undefined) return { kind: 'wait', for: 'input' };
    if (input.kind !== 'lex') return failWith('InputTimeLimitExceeded');
    context.replace('Lex', {
      IntentName: input.intent,
      Slots: input.slots,
      SessionAttributes: input.sessionAttributes,
      ...(input.confidence !== undefined && { IntentConfidence: { Score: input.confidence } }),
      ...(input.sentiment !== undefined && { SentimentResponse: { Label: input.sentiment } }),
    });
    return { kind: 'result', value: input.intent };
  },
};
