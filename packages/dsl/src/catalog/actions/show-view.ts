import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { array, choice, integer, map, object, resource } from '../schema/builders.js';

export const showView = defineAction({
  type: 'ShowView',
  category: 'participant',
  summary:
    "Shows a view (a step-by-step guide) in the agent workspace and branches on the user's action.",
  status: 'documented',
  parameters: object(
    'The view, its input data and how long to wait.',
    {
      ViewResource: object(
        'The view to show.',
        {
          Id: resource(
            'view',
            'View id or ARN (AWS managed views: arn:aws:connect:<region>:aws:view/<name>:<version>).',
          ),
          Version: integer('Version of a customer-managed view.', { minimum: 1 }),
        },
        { required: ['Id'] },
      ),
      InvocationTimeLimitSeconds: integer(
        'Seconds to wait for the user before TimeLimitExceeded.',
        {
          minimum: 1,
        },
      ),
      ViewData: map(
        'Inputs of the view, as its input schema defines them; strings may embed references.',
        { description: 'Any JSON value the view accepts (text, numbers, lists, objects).' },
      ),
      SensitiveDataConfiguration: object(
        'Keep the view response out of places it would be logged.',
        {
          HideResponseOn: array('Where to hide the response.', choice('Place.', ['TRANSCRIPT']), {
            minItems: 1,
          }),
        },
      ),
    },
    { required: ['ViewResource'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingCondition',
        description: 'The user\'s action matches no condition (the console\'s "No match").',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'The view could not be shown, or the contact is not a chat contact.',
        connect: 'required',
      },
      {
        type: 'TimeLimitExceeded',
        description: 'No response within InvocationTimeLimitSeconds (the console\'s "Timeout").',
        connect: 'required',
      },
    ],
    conditions: {
      result:
        'The action the user took in the view (view-specific, e.g. Back, Next, ActionSelected).',
      operators: ['Equals'],
      operand: { kind: 'any' },
    },
  },
  channels: supportedOn(['CHAT'], { onUnsupported: 'Error' }),
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'CUSTOMER_QUEUE']),
  examples: {
    valid: [
      {
        ViewResource: { Id: 'arn:aws:connect:us-east-1:aws:view/confirmation:1' },
        InvocationTimeLimitSeconds: '300',
        ViewData: { Heading: 'Order placed', SubHeading: '$.Attributes.orderId', Next: 'Done' },
      },
      {
        ViewResource: {
          Id: 'arn:aws:connect:us-east-1:111122223333:instance/abc/view/def',
          Version: 2,
        },
        ViewData: {
          AttributeBar: [{ Label: 'Customer', Value: '$.Attributes.name', Copyable: true }],
        },
        SensitiveDataConfiguration: { HideResponseOn: ['TRANSCRIPT'] },
      },
    ],
    invalid: [
      { parameters: { ViewData: { Heading: 'Hi' } }, reason: 'ViewResource is required' },
      {
        parameters: {
          ViewResource: { Id: 'arn:aws:connect:us-east-1:aws:view/cards:1' },
          InvocationTimeLimitSeconds: '',
        },
        reason: 'an empty timeout (an unfinished console draft) is not a number of seconds',
      },
      {
        parameters: {
          ViewResource: { Id: 'arn:aws:connect:us-east-1:aws:view/cards:1' },
          SensitiveDataConfiguration: { HideResponseOn: ['LOGS'] },
        },
        reason: 'TRANSCRIPT is the only place a response can be hidden from',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-showview.html',
    'guide L32935-33026',
  ],
  decisions: [
    {
      decision: 'Allowed in inbound and customer queue flows.',
      reason:
        'The action page lists both; the guide lists inbound only (L32976-32981). The wider list ' +
        'keeps every flow type of the Show view block covered.',
    },
    {
      decision: 'All three error branches must be connected.',
      reason:
        'Both console exports in the corpus connect NoMatchingCondition, NoMatchingError and ' +
        'TimeLimitExceeded, although the guide says No match appears only with custom action ' +
        'values (L33022-33025); a third-party report says the service requires all three.',
    },
    {
      decision: 'NextAction is optional.',
      reason:
        'The block has no Success branch: every outcome is a view action (condition) or an error; ' +
        'exports still write a NextAction, which the service accepts.',
    },
    {
      decision: 'ViewData values are free JSON; InvocationTimeLimitSeconds has no upper bound.',
      reason:
        "Inputs depend on each view's input schema (exports pass arrays of objects with booleans), " +
        'and no source gives a maximum timeout.',
    },
    {
      decision: 'ViewResource.Version is an integer of at least 1.',
      reason:
        'The page only says "version of the view"; view versions are numbered from 1, and AWS ' +
        'managed views carry the version in the ARN instead.',
    },
  ],
});
