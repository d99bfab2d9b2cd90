import { resource } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/**
 * Which queue the metric actions read: a standard queue, an agent's own queue, or (with neither)
 * the contact's working queue. At most one of the two may be set.
 */
export const metricQueueProperties: Readonly<Record<string, JsonSchema>> = {
  QueueId: resource('queue', 'Queue to read (id or ARN); the working queue when neither is set.'),
  AgentId: resource('agent', 'Agent whose personal queue is read (id or ARN).'),
};

/** The metric queue properties of which at most one may be set. */
export const metricQueueChoices = ['QueueId', 'AgentId'] as const;
