/**
 * Corpus flows that must fail validation, each with why and the codes of the errors it must produce
 * (exactly). Every flow not listed here must pass with no error; warnings are allowed.
 */
export interface ExpectedFailure {
  readonly reason: string;
  readonly codes: readonly string[];
  /** Action types that must be reported as unknown. */
  readonly unknownTypes?: readonly string[];
}

export const expectedCorpusFailures: Readonly<Record<string, ExpectedFailure>> = {
  '636137__multi-tenancy-amazon-connect/censussurvey-ai-agent__contact-flows__census_ai_main.json':
    {
      reason:
        'Generator output: invented types (Start, SetVoice, CheckAttribute, TransferToQueue), a boolean DisableCancelKey, an empty Text.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['Start', 'SetVoice', 'CheckAttribute', 'TransferToQueue'],
    },
  '636137__multi-tenancy-amazon-connect/censussurvey-ai-agent__contact-flows__census_ai_main_import.json':
    {
      reason:
        'Hand-written: Set voice with VoiceId/Engine/LanguageCode instead of TextToSpeechVoice, a 30 s synchronous Lambda timeout (max 8), a terminal action without Transitions.',
      codes: ['invalid-document', 'invalid-parameters'],
    },
  '636137__multi-tenancy-amazon-connect/censussurvey-ai-agent__contact-flows__census_ai_with_lex.json':
    {
      reason:
        'Hand-written: a 10 s synchronous Lambda timeout (max 8); GetParticipantInput given a LexV2Bot and no prompt or timeout.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-dtmf0.content.json':
    {
      reason:
        'Deploy-time template whose Lambda also fills in an empty QueueId: an empty value is no placeholder, and is refused.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-hop.content.json':
    {
      reason:
        'Deploy-time template: empty resource ids (hours, flows, queues, prompts) are filled in by a Lambda.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-journey.content.json':
    {
      reason:
        'Deploy-time template: empty resource ids (hours, flows, queues, prompts) are filled in by a Lambda.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-queue.content.json':
    {
      reason:
        'Deploy-time template: empty resource ids (hours, flows, queues, prompts) are filled in by a Lambda.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-setup.content.json':
    {
      reason:
        'Deploy-time template: empty resource ids (hours, flows, queues, prompts) are filled in by a Lambda.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__amazon-connect-experience-builder/lambdas__create-contact-flows__contact-flows__contact-flow-dtmf0.json':
    {
      reason:
        'Deploy-time template whose Lambda also fills in an empty QueueId: an empty value is no placeholder, and is refused.',
      codes: ['invalid-parameters'],
    },
  'aws-samples__sample-amazon-connect-health-unified-clinical-workflow/provider-workflow__connect-flow__contact-flow.json':
    {
      reason: 'Invented type StartMediaStreaming; MaxDigits in DTMFConfiguration.',
      codes: ['invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['StartMediaStreaming'],
    },
  'awsnolan__amazon-connect-copy/tests__fixtures__broken__flow_Orphaned%20Flow.json': {
    reason:
      'Broken on purpose (test fixture): invented type TransferContactToFlow, Lambda without its timeout.',
    codes: ['invalid-parameters', 'unknown-action-type'],
    unknownTypes: ['TransferContactToFlow'],
  },
  'KHamwey__terraform-aws-connect-callcenter/flows__inbound_main.json': {
    reason:
      'Hand-edited: the Out of hours branch of Check hours of operation points to 7f3a9c2e-1b4d-4e8a-9c6f-2d8e5a1b3c7d, an action the flow does not have.',
    codes: ['dangling-transition'],
  },
  'crrice__connect-copy/templates__flows__block-defn-content.json': {
    reason:
      'A catalogue of every block left unconfigured: empty timeouts, empty email address, module without FlowModuleId, empty NextAction (Show view conditions point to "").',
    codes: ['dangling-transition', 'invalid-parameters', 'invalid-transitions'],
  },
  'deepgram__amazon-connect-integration/sample_contact_flow.json': {
    reason: 'Sample left unconfigured: empty LambdaFunctionARN.',
    codes: ['invalid-parameters'],
  },
  'deepgram__amazon-connect-integration/sample_contact_flow_load_test.json': {
    reason: 'Sample left unconfigured: empty LambdaFunctionARN.',
    codes: ['invalid-parameters'],
  },
  'godwillcho__amazon-connect-flows-cdk/files__amazon-connect-flows-cdk-pure__flows__sales__sales_main_flow.json':
    {
      reason: 'Generator output: invented type TransferToQueue.',
      codes: ['unknown-action-type'],
      unknownTypes: ['TransferToQueue'],
    },
  'godwillcho__amazon-connect-flows-cdk/files__amazon-connect-flows-cdk-pure__flows__support__support_main_flow.json':
    {
      reason: 'Generator output: invented type TransferToQueue.',
      codes: ['unknown-action-type'],
      unknownTypes: ['TransferToQueue'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__ecommerce_after_hours.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['StoreCustomerInput'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__ecommerce_inbound.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['SetContactAttributes'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__ecommerce_transfer.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['CheckAttribute'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__financial_services_after_hours.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['StoreCustomerInput'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__financial_services_inbound.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['SetContactAttributes'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__financial_services_transfer.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['CheckAttribute'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__healthcare_after_hours.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['StoreCustomerInput'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__healthcare_inbound.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['SetContactAttributes'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__healthcare_transfer.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['CheckAttribute'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__telecom_after_hours.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['StoreCustomerInput'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__telecom_inbound.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['SetContactAttributes'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__telecom_transfer.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['CheckAttribute'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__utilities_after_hours.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__utilities_inbound.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['SetContactAttributes'],
    },
  'mundurragacl__amazon-connect-mcp/src__amazon_connect_mcp__templates__contact_flows__utilities_transfer.json':
    {
      reason:
        'Generator output: invented types, MaxDigits/Timeout instead of InputTimeLimitSeconds, QueueId on TransferContactToQueue, actions without Transitions.',
      codes: ['invalid-document', 'invalid-parameters', 'unknown-action-type'],
      unknownTypes: ['CheckAttribute'],
    },
  'photosphere__connect-cdk-voice-channel/examples__flows__survey_message_flow__survey_message_flow.json':
    {
      reason: 'InputTimeLimitSeconds "300" is above the 179 s the DTMF timeout allows.',
      codes: ['invalid-parameters'],
    },
};
