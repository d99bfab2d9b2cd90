import {
  dtmf,
  fails,
  lexIntent,
  ok,
  percentageDraws,
  timeout,
  viewAction,
  waitEvent,
  type CustomerInput,
  type InputRequest,
  type Scenario,
} from '../../src/index.js';

// A module that returns at once, for flows that invoke modules the corpus does not hold.
const returningModule = {
  StartAction: 'return',
  Actions: [
    { Identifier: 'return', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
  ],
};

function pick<T>(draw: () => number, choices: readonly T[]): T {
  return choices[(draw() - 1) % choices.length]!;
}

/**
 * A scenario made up from a seed: inputs chosen among the values the flow branches on, timeouts
 * and values it does not expect; Lambda functions that answer or fail; hours open or closed; queues
 * with metrics, sometimes full. It covers every part of a scenario with a `'*'` entry, so that a
 * run stops only at an end of the flow, at input after the sixth, or at a defect.
 */
export function generatedScenario(seed: number, channel: Scenario['channel'] = 'VOICE'): Scenario {
  const draw = percentageDraws(seed);
  let given = 0;
  const inputs = (request: InputRequest): CustomerInput | undefined => {
    if (given++ >= 6) return undefined;
    const operands = request.operands.filter((operand) => !operand.startsWith('$'));
    const chosen = pick(draw, [...operands, 'unexpected', 'timeout']);
    if (chosen === 'timeout' && request.accepts.includes('timeout')) return timeout();
    if (request.accepts.includes('lex')) return lexIntent(chosen, { Account: '1234' });
    if (request.accepts.includes('view')) return viewAction(chosen, { field: 'value' });
    if (request.accepts.includes('event')) {
      return chosen === 'BotParticipantDisconnected'
        ? waitEvent(chosen)
        : waitEvent('CustomerReturned');
    }
    if (request.accepts.includes('text') && !request.accepts.includes('dtmf'))
      return { kind: 'text', text: chosen };
    return dtmf(/^[0-9*#]$/.test(chosen) ? chosen : pick(draw, ['9', '5551234567#', '12']));
  };
  return {
    channel,
    system: { customerNumber: '+15555550123', dialedNumber: '+18005550100' },
    inputs,
    lambdas: { '*': () => (draw() <= 80 ? ok({ result: 'true', status: 'ok' }) : fails()) },
    hours: { '*': draw() <= 70 ? 'open' : 'closed' },
    queues: {
      '*': {
        atCapacity: draw() <= 10,
        metrics: {
          contactsInQueue: draw(),
          oldestContactAge: draw() * 10,
          agentsOnline: draw() % 3,
          agentsAvailable: draw() % 2,
          agentsStaffed: draw() % 3,
        },
      },
    },
    modules: { '*': returningModule },
    responses: {
      CheckVoiceId: { result: 'Authenticated' },
      CheckOutboundCallStatus: { result: 'CallAnswered' },
    },
    seed,
    maxSteps: 400,
  };
}
