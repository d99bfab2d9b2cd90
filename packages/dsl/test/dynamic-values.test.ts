import { describe, expect, test } from 'vitest';
import {
  attribute,
  caseField,
  customerProfile,
  flowAttribute,
  lambdaResult,
  lex,
  queueMetrics,
  sipHeader,
  storedInput,
  system,
  text,
  viewResult,
} from '@contactflow/dsl';

describe('dynamic values', () => {
  test.each([
    [attribute('tier'), '$.Attributes.tier'],
    [attribute('account tier'), "$.Attributes['account tier']"],
    [attribute("it's"), "$.Attributes['it\\'s']"],
    [flowAttribute('retries'), '$.FlowAttributes.retries'],
    [lambdaResult('isHoliday'), '$.External.isHoliday'],
    [lex.intent, '$.Lex.IntentName'],
    [lex.slot('AccountNumber'), '$.Lex.Slots.AccountNumber'],
    [lex.sessionAttribute('x'), '$.Lex.SessionAttributes.x'],
    [storedInput, '$.StoredCustomerInput'],
    [system.customerNumber, '$.CustomerEndpoint.Address'],
    [system.dialedNumber, '$.SystemEndpoint.Address'],
    [system.channel, '$.Channel'],
    [system.queueName, '$.Queue.Name'],
    [queueMetrics.contactsInQueue, '$.Metrics.Queue.Size'],
    [queueMetrics.agentsAvailable, '$.Metrics.Agents.Available.Count'],
    [customerProfile('FirstName'), '$.Customer.FirstName'],
    [caseField('status'), '$.Case.status'],
    [viewResult('orderId'), '$.Views.ViewResultData.orderId'],
    [sipHeader('X-Account'), "$.Media.Sip.Headers['X-Account']"],
  ])('%s renders to its JSONPath', (value, path) => {
    expect(value.path).toBe(path);
  });

  test('a text template renders values in place', () => {
    expect(
      text`Hello ${attribute('name')}, you are number ${queueMetrics.contactsInQueue}.`.render(),
    ).toBe('Hello $.Attributes.name, you are number $.Metrics.Queue.Size.');
    expect(text`${3} items`.render()).toBe('3 items');
  });
});
