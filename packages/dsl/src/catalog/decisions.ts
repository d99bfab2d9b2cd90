import type { Decision } from './decision.js';

/** Decisions that concern the whole catalog or the document schema rather than one entry. */
export const catalogDecisions: readonly Decision[] = [
  {
    decision:
      'Campaign flows and flow modules may use every block and action that inbound flows may, ' +
      'except where an entry says otherwise (Invoke module, Return).',
    reason:
      'The guide lists nine flow types and neither of these: campaign flows are inbound-type flows ' +
      'chosen by a campaign (L16460-16461) and modules run inside inbound flows (L34494-34500). ' +
      'Inheriting the inbound permissions keeps the validator from rejecting what the console allows.',
  },
  {
    decision: 'Email support is "unknown" unless an entry documents it.',
    reason:
      'The guide predates email contacts and its channel tables have no email column; channel rules ' +
      'stay silent on email rather than guess.',
  },
  {
    decision: 'An action may omit Parameters; an absent Parameters object is read as {}.',
    reason:
      'Console exports in AWS sample repositories write Transfer to queue without Parameters (the ' +
      'queue comes from Set working queue), and the service accepts them.',
  },
  {
    decision: 'Every action must carry Transitions, {} for terminal actions.',
    reason:
      'Every documented example and every console export in the corpus writes it; only generator ' +
      'output leaves it out.',
  },
  {
    decision: 'Unknown parameter names are errors for documented action types.',
    reason:
      'The service rejects them ("Invalid Action property name"); names that console exports use ' +
      'but the reference omits are added to the entry with a decision of their own.',
  },
  {
    decision:
      'Action types only seen in console exports are catalogued with status "observed" and open ' +
      'parameter schemas.',
    reason:
      'The service accepts them (they come from console exports), but their parameters are not ' +
      'documented, so closing their schemas would reject valid flows.',
  },
  {
    decision: 'A document may carry a top-level Settings object (flow modules).',
    reason:
      'Module exports write Settings with InputParameters, OutputParameters and the named return ' +
      'Transitions; the module APIs take it as a separate field.',
  },
];
