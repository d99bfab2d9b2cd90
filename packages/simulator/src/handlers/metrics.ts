import { queueMetrics } from '@contactflow/dsl';
import { failWith, success, type ActionContext, type ActionHandler } from '../action-handler.js';
import { wholePath } from '../json-path.js';
import type { QueueMetrics } from '../scenario.js';
import { queueOrWorkingQueue } from './queues.js';

const metricOfType: Readonly<Record<string, keyof QueueMetrics>> = {
  NumberOfAgentsAvailable: 'agentsAvailable',
  NumberOfAgentsStaffed: 'agentsStaffed',
  NumberOfAgentsOnline: 'agentsOnline',
  OldestContactInQueueAgeSeconds: 'oldestContactAge',
  NumberOfContactsInQueue: 'contactsInQueue',
};

// The scenario's metric names are the builder's (`queueMetrics.contactsInQueue`), so their paths
// come from there.
const allMetricNames = Object.keys(queueMetrics).filter(
  (name): name is keyof QueueMetrics => name !== 'queueName' && name !== 'queueArn',
);

function metricsOf(context: ActionContext, queue: string): QueueMetrics {
  return context.queueSetup(queue)?.metrics ?? {};
}

export const checkMetricData: ActionHandler = {
  reads: ['queues'],
  summary:
    "Compares the metric it checks (agents available, staffed or online, contacts in queue, oldest contact's age) of the queue it names or the working queue, from `queues[name].metrics`. No queue takes the Error branch.",
  shape: (action) => ({
    success: 'result',
    subject:
      typeof action.parameters.MetricType === 'string'
        ? action.parameters.MetricType
        : 'the metric',
  }),
  run(context) {
    const queue = queueOrWorkingQueue(context);
    if (queue === undefined) return failWith('NoMatchingError', 'no queue to check');
    const type = context.text(context.action.parameters.MetricType);
    const metric = metricOfType[type];
    if (metric === undefined) return failWith('NoMatchingError', `unknown metric ${type}`);
    const value = metricsOf(context, queue.name)[metric];
    if (value === undefined) context.missing(`queues["${queue.name}"].metrics.${metric}`);
    context.note(`${type} of ${queue.name}: ${value}`);
    return { kind: 'result', value };
  },
};

export const getMetricData: ActionHandler = {
  reads: ['queues'],
  summary:
    'Writes the queue’s name, ARN and the metrics the scenario gives (`queues[name].metrics`) to $.Metrics, for the queue it names or the working queue. No queue takes the Error branch.',
  shape: { success: 'next' },
  run(context) {
    const queue = queueOrWorkingQueue(context);
    if (queue === undefined) return failWith('NoMatchingError', 'no queue to read');
    const setup = context.queueSetup(queue.name);
    context.replace('Metrics', {});
    context.write(['Metrics', 'Queue', 'Name'], setup?.name ?? queue.name);
    if (setup?.arn !== undefined) context.write(['Metrics', 'Queue', 'ARN'], setup.arn);
    const metrics = metricsOf(context, queue.name);
    for (const name of allMetricNames) {
      const value = metrics[name];
      if (value === undefined) continue;
      context.write(wholePath(queueMetrics[name].path)!, value);
    }
    return success;
  },
};
