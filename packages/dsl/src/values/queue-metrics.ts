import { DynamicValue } from './dynamic-value.js';

/**
 * The working queue's metrics, as read by Get queue metrics (`$.Metrics.*`).
 *
 * @example
 * ```ts
 * import { queueMetrics } from '@contactflow/dsl';
 * queueMetrics.contactsInQueue.path; // '$.Metrics.Queue.Size'
 * ```
 */
export const queueMetrics = {
  queueName: new DynamicValue<'text'>('$.Metrics.Queue.Name'),
  queueArn: new DynamicValue<'text'>('$.Metrics.Queue.ARN'),
  /** Contacts waiting, `$.Metrics.Queue.Size`. */
  contactsInQueue: new DynamicValue<'number'>('$.Metrics.Queue.Size'),
  /** Seconds the longest-waiting contact has waited, `$.Metrics.Queue.OldestContactAge`. */
  oldestContactAge: new DynamicValue<'number'>('$.Metrics.Queue.OldestContactAge'),
  agentsOnline: new DynamicValue<'number'>('$.Metrics.Agents.Online.Count'),
  agentsAvailable: new DynamicValue<'number'>('$.Metrics.Agents.Available.Count'),
  agentsStaffed: new DynamicValue<'number'>('$.Metrics.Agents.Staffed.Count'),
  agentsInAfterContactWork: new DynamicValue<'number'>('$.Metrics.Agents.AfterContactWork.Count'),
  agentsBusy: new DynamicValue<'number'>('$.Metrics.Agents.Busy.Count'),
  agentsMissed: new DynamicValue<'number'>('$.Metrics.Agents.Missed.Count'),
  agentsNonProductive: new DynamicValue<'number'>('$.Metrics.Agents.NonProductive.Count'),
} as const;
