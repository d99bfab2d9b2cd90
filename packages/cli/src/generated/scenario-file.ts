/* eslint-disable */
// Generated from the scenario file schema (src/scenarios/scenario-file-schema.ts) by
// `pnpm generate`; do not edit. A test fails when this file and the schema disagree.

export type FlowFilesData =
  | {
      [k: string]: string | undefined;
    }
  | string[];
export type PromptExpectationData =
  | string
  | {
      contains: string;
    };

/**
 * Scenarios for `contactflow test`: a flow, and cases that each run it once in the simulator and say what should happen.
 */
export interface ScenarioFile {
  /**
   * The JSON Schema of this file, for editors.
   */
  $schema?: string;
  /**
   * The flow to run, relative to this file: a *.flow.ts source (add #exportName when it exports several flows) or a Flow-language JSON file.
   */
  flow: string;
  /**
   * What these scenarios are about.
   */
  description?: string;
  defaults?: ScenarioDefaults;
  /**
   * The cases, each run on its own, in order.
   *
   * @minItems 1
   */
  cases: [ScenarioCase, ...ScenarioCase[]];
}
/**
 * Scenario parts every case starts from. A case's own maps (lambdas, queues, attributes, ...) add to these entry by entry; its other parts replace them.
 */
export interface ScenarioDefaults {
  /**
   * The contact's channel; VOICE when not given.
   */
  channel?: 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';
  /**
   * The flow type, for a JSON document that does not say it.
   */
  flowType?:
    | 'CONTACT_FLOW'
    | 'CUSTOMER_QUEUE'
    | 'CUSTOMER_HOLD'
    | 'CUSTOMER_WHISPER'
    | 'AGENT_HOLD'
    | 'AGENT_WHISPER'
    | 'OUTBOUND_WHISPER'
    | 'AGENT_TRANSFER'
    | 'QUEUE_TRANSFER'
    | 'CAMPAIGN'
    | 'FLOW_MODULE';
  /**
   * Contact attributes the contact arrives with ($.Attributes.*).
   */
  attributes?: {
    [k: string]: string | undefined;
  };
  /**
   * System attributes by the builder's names: { "customerNumber": "+15555550100" }.
   */
  system?: {
    /**
     * $.CustomerEndpoint.Address
     */
    customerNumber?: string;
    /**
     * $.SystemEndpoint.Address
     */
    dialedNumber?: string;
    /**
     * $.Channel
     */
    channel?: string;
    /**
     * $.InitiationMethod
     */
    initiationMethod?: string;
    /**
     * $.ContactId
     */
    contactId?: string;
    /**
     * $.InitialContactId
     */
    initialContactId?: string;
    /**
     * $.PreviousContactId
     */
    previousContactId?: string;
    /**
     * $.InstanceARN
     */
    instanceArn?: string;
    /**
     * $.LanguageCode
     */
    languageCode?: string;
    /**
     * $.TextToSpeechVoiceId
     */
    textToSpeechVoice?: string;
    /**
     * $.CustomerId
     */
    customerId?: string;
    /**
     * $.Media.InitialMessage
     */
    initialMessage?: string;
    /**
     * $.AwsRegion
     */
    awsRegion?: string;
    /**
     * $.Queue.Name
     */
    queueName?: string;
    /**
     * $.Queue.ARN
     */
    queueArn?: string;
    /**
     * $.Queue.OutboundCallerId.Address
     */
    queueOutboundCallerId?: string;
    /**
     * $.Agent.UserName
     */
    agentUserName?: string;
    /**
     * $.Agent.FirstName
     */
    agentFirstName?: string;
    /**
     * $.Agent.LastName
     */
    agentLastName?: string;
  };
  /**
   * Any other contact data the contact arrives with, by JSONPath: { "$.Media.Sip.Headers.X-Id": "7" }.
   */
  contactData?: {
    [k: string]: string | undefined;
  };
  /**
   * The working queue the contact arrives with (queue, whisper and transfer flows).
   */
  queue?: string;
  /**
   * What the customer does, in order.
   */
  inputs?: CustomerInputData[];
  /**
   * Lambda functions by logical name, by ARN or by the function name in the ARN; "*" answers for any other. A list answers one call each, the last one repeating.
   */
  lambdas?: {
    [k: string]: LambdaStubData | [LambdaStubData, ...LambdaStubData[]] | undefined;
  };
  /**
   * Hours of operation by name (or ARN); "*" answers for any other.
   */
  hours?: {
    [k: string]: 'open' | 'closed' | undefined;
  };
  /**
   * Queues by name (or ARN): hours, capacity and metrics; "*" answers for any other.
   */
  queues?: {
    [k: string]: QueueSetupData | undefined;
  };
  /**
   * The numbers Distribute by percentage draws, 1 to 100, in order.
   */
  draws?: number[];
  /**
   * Seed of the draws after draws runs out; 1 when not given.
   */
  seed?: number;
  /**
   * Flows Transfer to flow continues into: files by the name the flow uses, or a list of files. A flow not given ends the run as a transfer.
   */
  flows?: FlowFilesData;
  /**
   * Modules Invoke module runs: files by the name the flow uses, or a list of files.
   */
  modules?: FlowFilesData;
  /**
   * Per action identifier or action type: an error to take, a result, or data to set. A list is taken one per run of the action.
   */
  responses?: {
    [k: string]: ActionResponseData | [ActionResponseData, ...ActionResponseData[]] | undefined;
  };
  /**
   * Actions run before the run stops with a step-limit outcome; 1000 when not given.
   */
  maxSteps?: number;
}
/**
 * One thing the customer does: { "dtmf": "1" }, { "timeout": true }, { "lex": { "intent": "CheckBalance" } }, { "text": "..." }, { "view": { "action": "Submit" } } or { "event": "CustomerReturned" }.
 */
export interface CustomerInputData {
  /**
   * Keys pressed on the keypad.
   */
  dtmf?: string;
  /**
   * The customer does nothing until the block's time limit.
   */
  timeout?: true;
  lex?: LexInputData;
  /**
   * A message the customer types or says.
   */
  text?: string;
  view?: ViewInputData;
  /**
   * An event that ends a Wait block early.
   */
  event?: 'CustomerReturned' | 'BotParticipantDisconnected';
}
/**
 * What the Lex bot recognised in the customer's turn.
 */
export interface LexInputData {
  intent: string;
  /**
   * Slot values by slot name.
   */
  slots?: {
    [k: string]: string | undefined;
  };
  /**
   * Session attributes the bot returns.
   */
  sessionAttributes?: {
    [k: string]: string | undefined;
  };
  /**
   * $.Lex.IntentConfidence.Score.
   */
  confidence?: number;
  /**
   * $.Lex.SentimentResponse.Label.
   */
  sentiment?: 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED';
}
/**
 * The action chosen in a Show view block, with the data submitted.
 */
export interface ViewInputData {
  action: string;
  /**
   * The data submitted, read as $.Views.ViewResultData.<field>.
   */
  data?: {
    [k: string]: string | undefined;
  };
}
/**
 * What a Lambda function does: { "ok": { ...values } }, { "fails": true } (or the reason) or { "timesOut": true }.
 */
export interface LambdaStubData {
  /**
   * The function returns these values, read as $.External.<key>.
   */
  ok?: {
    [k: string]: unknown | undefined;
  };
  /**
   * The function fails: true, or why.
   */
  fails?: true | string;
  /**
   * The function does not answer in time.
   */
  timesOut?: true;
}
/**
 * One queue of the simulated instance.
 */
export interface QueueSetupData {
  /**
   * Its hours: open or closed, or the name of hours of operation listed in hours.
   */
  hours?: string;
  /**
   * Whether Transfer to queue finds it full.
   */
  atCapacity?: boolean;
  /**
   * What Get queue metrics, Check queue status and Check staffing read.
   */
  metrics?: {
    contactsInQueue?: number;
    oldestContactAge?: number;
    agentsOnline?: number;
    agentsAvailable?: number;
    agentsStaffed?: number;
    agentsInAfterContactWork?: number;
    agentsBusy?: number;
    agentsMissed?: number;
    agentsNonProductive?: number;
  };
  /**
   * $.Queue.Name while it is the working queue; by default the name the flow uses.
   */
  name?: string;
  /**
   * $.Queue.ARN while it is the working queue.
   */
  arn?: string;
}
/**
 * What the scenario says about one action.
 */
export interface ActionResponseData {
  /**
   * The ErrorType whose branch the action takes.
   */
  error?: string;
  /**
   * The result the action's conditions compare.
   */
  result?: string;
  /**
   * Contact data the action writes when it succeeds, by JSONPath.
   */
  set?: {
    [k: string]: string | undefined;
  };
}
/**
 * One run of the flow: what the contact meets, and what should come of it.
 */
export interface ScenarioCase {
  /**
   * What the case shows, unique in the file.
   */
  name: string;
  /**
   * The contact's channel; VOICE when not given.
   */
  channel?: 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';
  /**
   * The flow type, for a JSON document that does not say it.
   */
  flowType?:
    | 'CONTACT_FLOW'
    | 'CUSTOMER_QUEUE'
    | 'CUSTOMER_HOLD'
    | 'CUSTOMER_WHISPER'
    | 'AGENT_HOLD'
    | 'AGENT_WHISPER'
    | 'OUTBOUND_WHISPER'
    | 'AGENT_TRANSFER'
    | 'QUEUE_TRANSFER'
    | 'CAMPAIGN'
    | 'FLOW_MODULE';
  /**
   * Contact attributes the contact arrives with ($.Attributes.*).
   */
  attributes?: {
    [k: string]: string | undefined;
  };
  /**
   * System attributes by the builder's names: { "customerNumber": "+15555550100" }.
   */
  system?: {
    /**
     * $.CustomerEndpoint.Address
     */
    customerNumber?: string;
    /**
     * $.SystemEndpoint.Address
     */
    dialedNumber?: string;
    /**
     * $.Channel
     */
    channel?: string;
    /**
     * $.InitiationMethod
     */
    initiationMethod?: string;
    /**
     * $.ContactId
     */
    contactId?: string;
    /**
     * $.InitialContactId
     */
    initialContactId?: string;
    /**
     * $.PreviousContactId
     */
    previousContactId?: string;
    /**
     * $.InstanceARN
     */
    instanceArn?: string;
    /**
     * $.LanguageCode
     */
    languageCode?: string;
    /**
     * $.TextToSpeechVoiceId
     */
    textToSpeechVoice?: string;
    /**
     * $.CustomerId
     */
    customerId?: string;
    /**
     * $.Media.InitialMessage
     */
    initialMessage?: string;
    /**
     * $.AwsRegion
     */
    awsRegion?: string;
    /**
     * $.Queue.Name
     */
    queueName?: string;
    /**
     * $.Queue.ARN
     */
    queueArn?: string;
    /**
     * $.Queue.OutboundCallerId.Address
     */
    queueOutboundCallerId?: string;
    /**
     * $.Agent.UserName
     */
    agentUserName?: string;
    /**
     * $.Agent.FirstName
     */
    agentFirstName?: string;
    /**
     * $.Agent.LastName
     */
    agentLastName?: string;
  };
  /**
   * Any other contact data the contact arrives with, by JSONPath: { "$.Media.Sip.Headers.X-Id": "7" }.
   */
  contactData?: {
    [k: string]: string | undefined;
  };
  /**
   * The working queue the contact arrives with (queue, whisper and transfer flows).
   */
  queue?: string;
  /**
   * What the customer does, in order.
   */
  inputs?: CustomerInputData[];
  /**
   * Lambda functions by logical name, by ARN or by the function name in the ARN; "*" answers for any other. A list answers one call each, the last one repeating.
   */
  lambdas?: {
    [k: string]: LambdaStubData | [LambdaStubData, ...LambdaStubData[]] | undefined;
  };
  /**
   * Hours of operation by name (or ARN); "*" answers for any other.
   */
  hours?: {
    [k: string]: 'open' | 'closed' | undefined;
  };
  /**
   * Queues by name (or ARN): hours, capacity and metrics; "*" answers for any other.
   */
  queues?: {
    [k: string]: QueueSetupData | undefined;
  };
  /**
   * The numbers Distribute by percentage draws, 1 to 100, in order.
   */
  draws?: number[];
  /**
   * Seed of the draws after draws runs out; 1 when not given.
   */
  seed?: number;
  /**
   * Flows Transfer to flow continues into: files by the name the flow uses, or a list of files. A flow not given ends the run as a transfer.
   */
  flows?: FlowFilesData;
  /**
   * Modules Invoke module runs: files by the name the flow uses, or a list of files.
   */
  modules?: FlowFilesData;
  /**
   * Per action identifier or action type: an error to take, a result, or data to set. A list is taken one per run of the action.
   */
  responses?: {
    [k: string]: ActionResponseData | [ActionResponseData, ...ActionResponseData[]] | undefined;
  };
  /**
   * Actions run before the run stops with a step-limit outcome; 1000 when not given.
   */
  maxSteps?: number;
  expect?: ExpectationData;
}
/**
 * What should come of the run; every part given is checked.
 */
export interface ExpectationData {
  outcome?: OutcomeExpectationData;
  /**
   * Everything the contact heard or read, in order: the exact text, or { "contains": "..." }.
   */
  prompts?: PromptExpectationData[];
  /**
   * Contact attributes the run ends with; others may be set too.
   */
  attributes?: {
    [k: string]: string | undefined;
  };
}
/**
 * How the run ends: the fields given must match ({ "kind": "queue", "queue": "Sales" }).
 */
export interface OutcomeExpectationData {
  kind?:
    | 'disconnected'
    | 'queue'
    | 'agent'
    | 'phone-number'
    | 'flow'
    | 'ended'
    | 'returned'
    | 'waiting'
    | 'step-limit'
    | 'unconnected';
  /**
   * The queue of a queue outcome.
   */
  queue?: string;
  /**
   * The agent of an agent outcome.
   */
  agent?: string;
  /**
   * The number of a phone-number outcome.
   */
  number?: string;
  /**
   * The flow of a flow outcome.
   */
  flow?: string;
  /**
   * What a waiting run waits for.
   */
  for?: 'input' | 'event';
  /**
   * The action a waiting or unconnected run stopped at.
   */
  action?: string;
  /**
   * The steps of a step-limit outcome.
   */
  steps?: number;
  /**
   * The branch of an unconnected outcome.
   */
  branch?: string;
  /**
   * The missing action of an unconnected outcome.
   */
  target?: string;
}
