import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, undocumentedParameters } from '../schema/builders.js';
import {
  allBlocksExportSource,
  channelsNotDocumented,
  observedTypesSource,
} from './shared-observed.js';

export const renderMessageTemplate = defineAction({
  type: 'RenderMessageTemplate',
  category: 'interaction',
  summary:
    'Renders an Amazon Q in Connect (Wisdom) message template for the outbound message that follows.',
  status: 'observed',
  parameters: undocumentedParameters(
    'The knowledge base and message template to render. Not in the Flow-language reference.',
    {
      WisdomKnowledgeBaseArn: dynamic(
        'ARN of the Q in Connect knowledge base holding the template.',
        {
          minLength: 1,
        },
      ),
      WisdomMessageTemplateArn: dynamic('ARN of the message template to render.', { minLength: 1 }),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'TemplateRenderingError',
        description: 'The template could not be rendered (missing template or attribute values).',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'Any other failure.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: channelsNotDocumented,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        WisdomKnowledgeBaseArn:
          'arn:aws:wisdom:us-east-1:111122223333:knowledge-base/a1b2c3d4-5678-90ab-cdef-111122223333',
        WisdomMessageTemplateArn:
          'arn:aws:wisdom:us-east-1:111122223333:message-template/a1b2c3d4-5678-90ab-cdef-111122223333/b2c3d4e5-6789-01ab-cdef-111122223333',
      },
    ],
    invalid: [
      {
        parameters: { WisdomKnowledgeBaseArn: '', WisdomMessageTemplateArn: '' },
        reason: 'empty ARNs',
      },
      {
        parameters: { WisdomMessageTemplateArn: { Arn: 'x' } },
        reason: 'the template ARN is a string',
      },
    ],
  },
  sources: [observedTypesSource, allBlocksExportSource],
  decisions: [
    {
      decision: 'The type is catalogued as observed, with an open parameter schema.',
      reason:
        'It appears only in reference section 2.5 and a third-party console export (with empty parameters); ' +
        'the corpus has none. The two ARN parameters are the ones that third party reports the service ' +
        'requiring, while names such as Template and AttributeMap were rejected.',
    },
    {
      decision: 'TemplateRenderingError and NoMatchingError are both required.',
      reason:
        'The same third party reports that import fails without both, and the console export writes both.',
    },
    {
      decision: 'No channel or flow-type restriction is recorded.',
      reason:
        'In the export this action heads one designer block whose ActionMetadata lists CreateContact and ' +
        'StartOutboundEmailContact as its children (most likely Send message with an email template). No ' +
        'source gives channel or flow-type limits for it, and a guessed limit would flag valid flows.',
    },
  ],
});
