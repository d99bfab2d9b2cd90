import { attribute, disconnect, flow, playPrompt, tagContact } from '@contactflow/dsl';

const goodbye = disconnect();
const thanks = playPrompt({ text: 'Thank you for calling.' }).then(goodbye).onError(goodbye);

// The segment is only known during the self-service part; it must not bill the agent's team.
const untag = tagContact({ remove: ['Segment'] })
  .then(thanks)
  .onError(thanks);

// The reference's spelling of the same removal, for an instance known to accept it.
const untagDocumented = tagContact({ remove: ['Campaign'], actionType: 'UnTagContact' })
  .then(untag)
  .onError(untag);

const tag = tagContact({ tags: { Department: 'Finance', Segment: attribute('segment') } })
  .then(untagDocumented)
  .onError(thanks);

export const example = flow('Contact tags example', { start: tag });
