/* eslint-disable */
// Generated from the catalog's parameter schemas by `pnpm generate`; do not edit.
// A test fails when this file and the schemas disagree.

/**
 * The profile and the contact to link.
 */
export interface AssociateContactToCustomerProfileParameters {
  /**
   * Both ids are required.
   */
  ProfileRequestData: {
    /**
     * Profile id, literal or one attribute such as $.Customer.ProfileId.
     */
    ProfileId: string;
    /**
     * Contact to link, literal or one attribute such as $.ContactId.
     */
    ContactId: string;
  };
  /**
   * Nothing is returned; leave out, or write an empty list or object.
   */
  ProfileResponseData?: [] | {};
}

/**
 * Cognito user pool, Customer Profiles mapping and sign-in timeout. Not in the Flow-language reference; names from console exports.
 */
export interface AuthenticateParticipantParameters {
  /**
   * The Cognito user pool and app client the customer signs in with. Exports of an unconfigured block write {}.
   */
  CognitoConfiguration?: {
    /**
     * ARN of the Cognito user pool (name reported by a community library).
     */
    UserPoolArn?: string;
    /**
     * Id of the Cognito app client (name reported by a community library).
     */
    AppClientId?: string;
    [k: string]: unknown | undefined;
  };
  /**
   * How the Cognito attributes are written to Customer Profiles.
   */
  CustomerProfilesConfiguration?: {
    /**
     * Object type mapping used for ingestion; the default template is written as "Cognito-attributes".
     */
    ObjectTypeName?: string;
    [k: string]: unknown | undefined;
  };
  /**
   * Minutes an inactive customer may take to sign in before the Timeout branch (3 to 15; default 3).
   */
  TimeLimitMinutes?: number | string;
  [k: string]: unknown | undefined;
}

/**
 * Which hours to check; the working queue's hours when omitted.
 */
export interface CheckHoursOfOperationParameters {
  /**
   * Hours of operation (id or ARN).
   */
  HoursOfOperationId?: string;
}

/**
 * The metric to read and the queue to read it from.
 */
export interface CheckMetricDataParameters {
  /**
   * The metric. Agent counts back Check staffing, the queue ones Check queue status.
   */
  MetricType:
    | 'NumberOfAgentsAvailable'
    | 'NumberOfAgentsStaffed'
    | 'NumberOfAgentsOnline'
    | 'OldestContactInQueueAgeSeconds'
    | 'NumberOfContactsInQueue';
  /**
   * Queue to read (id or ARN); the working queue when neither is set.
   */
  QueueId?: string;
  /**
   * Agent whose personal queue is read (id or ARN).
   */
  AgentId?: string;
}

/**
 * This action takes no parameters.
 */
export interface CheckOutboundCallStatusParameters {}

/**
 * Which Voice ID result to branch on.
 */
export interface CheckVoiceIdParameters {
  /**
   * The result to check.
   */
  CheckVoiceIdOption: 'enrollmentStatus' | 'voiceAuthentication' | 'fraudDetection';
}

/**
 * The value to compare.
 */
export interface CompareParameters {
  /**
   * One whole JSONPath down to a leaf, e.g. $.Attributes.tier or $.External.status.
   */
  ComparisonValue: string;
}

/**
 * Caller ID, or a Chime Voice Connector leg; both optional.
 */
export interface CompleteOutboundCallParameters {
  /**
   * Caller ID shown to the customer; ignored when VoiceConnector is set. The queue's outbound caller ID is used when absent.
   */
  CallerId?: {
    /**
     * E.164 number claimed by the instance, or a JSONPath to one (a non-E.164 value falls back to the queue's caller ID).
     */
    Number: string;
  };
  /**
   * Amazon Chime Voice Connector to use instead of the phone network.
   */
  VoiceConnector?: {
    /**
     * Connector type.
     */
    VoiceConnectorType: 'ChimeConnector';
    /**
     * ARN of the voice connector.
     */
    VoiceConnectorArn: string;
    /**
     * SIP From user.
     */
    FromUser?: string;
    /**
     * SIP To user.
     */
    ToUser?: string;
    /**
     * SIP User-to-User header value.
     */
    UserToUserInformation?: string;
  };
  /**
   * Seconds to wait for the voice connector to answer before the call is cancelled; only used with VoiceConnector.
   */
  ConnectionTimeLimitSeconds?: number | string;
}

/**
 * Application, speech engine and audio filler. Not in the Flow-language reference.
 */
export interface ConnectParticipantWithAgenticCXParameters {
  /**
   * The Agentic CX application to run.
   */
  AgentConfiguration?: {
    /**
     * Agentic CX Designer workspace id.
     */
    WorkspaceId?: string;
    /**
     * Application id.
     */
    ApplicationId?: string;
    /**
     * Id of the application alias to run (e.g. the one named "Production").
     */
    Alias?: string;
    /**
     * Flow data passed to the application, by variable name; read back after the block as $.AgenticCX.ContextVariables.<name>. A third party reports at most 10.
     */
    ContextVariables?: {
      /**
       * Value, literal or one JSONPath ($.CustomerEndpoint.Address).
       */
      [k: string]: string | undefined;
    };
    [k: string]: unknown | undefined;
  };
  /**
   * Speech recognition for voice; the instance default when omitted.
   */
  SpeechRecognitionConfiguration?: {
    /**
     * Engine token; exports write AMAZON_AGENTIC_VOICE.
     */
    SpeechRecognitionEngine?: string;
    [k: string]: unknown | undefined;
  };
  /**
   * Audio played while the application works on a reply.
   */
  AudioFillerConfiguration?: {
    /**
     * Whether the filler plays (a JSON boolean in exports).
     */
    Enabled?: boolean;
    /**
     * Filler sound token, e.g. MELODY_CHIPPER_CHIME.
     */
    AudioType?: string;
    /**
     * Silence before the filler starts.
     */
    StartDelayInMilliseconds?: number | string;
    /**
     * Shortest time the filler plays once started.
     */
    MinimumPlayDurationInMilliseconds?: number | string;
    /**
     * Pause between the filler and the reply.
     */
    ResponseDeliveryDelayInMilliseconds?: number | string;
    [k: string]: unknown | undefined;
  };
  [k: string]: unknown | undefined;
}

/**
 * The bot, an optional opening message and the session settings.
 */
export interface ConnectParticipantWithLexBotParameters {
  /**
   * Prompt from the instance library (id or ARN). Voice only.
   */
  PromptId?: string;
  /**
   * Text to speak (voice) or send (other channels).
   */
  Text?: string;
  /**
   * SSML to speak, wrapped in <speak>. Voice only.
   */
  SSML?: string;
  /**
   * External audio in Amazon S3.
   */
  Media?: {
    /**
     * S3 address of the audio file; may embed references.
     */
    Uri: string;
    /**
     * Where the audio comes from.
     */
    SourceType: 'S3';
    /**
     * The kind of media.
     */
    MediaType: 'Audio';
  };
  /**
   * Designer hint for the kind of text (seen in exports).
   */
  TextToSpeechType?: 'text' | 'ssml';
  /**
   * An Amazon Lex (V2) bot.
   */
  LexV2Bot?: {
    /**
     * ARN of the bot alias; may embed references.
     */
    AliasArn: string;
  };
  /**
   * An Amazon Lex (Classic) bot.
   */
  LexBot?: {
    /**
     * Bot name.
     */
    Name: string;
    /**
     * AWS Region of the bot, e.g. us-east-1.
     */
    Region: string;
    /**
     * Bot alias.
     */
    Alias: string;
  };
  /**
   * Session attributes sent to the bot (e.g. x-amz-lex:audio:start-timeout-ms:*:*).
   */
  LexSessionAttributes?: {
    /**
     * Attribute value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Chat only: the customer's first message, handed to the bot as its first input.
   */
  LexInitializationData?: {
    /**
     * Usually $.Media.InitialMessage.
     */
    InitialMessage: string;
  };
  /**
   * Chat only: inactivity timer of the Lex conversation.
   */
  LexTimeoutSeconds?: {
    /**
     * Seconds of customer inactivity before InputTimeLimitExceeded (1 minute to 7 days).
     */
    Text: number | string;
  };
}

/**
 * Where the callback is routed and how it is retried.
 */
export interface CreateCallbackContactParameters {
  /**
   * Queue for the callback (id or ARN); the working queue when omitted.
   */
  QueueId?: string;
  /**
   * Agent whose agent queue takes the callback (id or ARN).
   */
  AgentId?: string;
  /**
   * Seconds before the callback is queued, so the caller can hang up first (ignored with ContactFlowId).
   */
  InitialCallDelaySeconds: number | string;
  /**
   * Most attempts to reach the customer when unanswered.
   */
  MaximumConnectionAttempts: number | string;
  /**
   * Seconds between an unanswered attempt and the next one.
   */
  RetryDelaySeconds: number | string;
  /**
   * Flow to run for the callback (id or ARN).
   */
  ContactFlowId?: string;
  /**
   * Number claimed by the instance to show as caller ID, or one attribute.
   */
  CallerId?: string;
}

/**
 * Template, linking choice and field values of the new case.
 */
export interface CreateCaseParameters {
  /**
   * "true" links the current contact to the case, so the agent application opens the case when the agent accepts the contact.
   */
  LinkContactToCase: 'true' | 'false';
  /**
   * Case template the new case is created from (id, or a JSONPath to one).
   */
  CaseTemplateId: string;
  /**
   * Case fields by field id (system ids like "title", or custom field UUIDs); values may embed references such as $.Customer.ProfileARN.
   */
  CaseRequestFields?: {
    /**
     * The field value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Which contact to link when LinkContactToCase is "true"; console exports write "Current".
   */
  ContactToLink?: string;
}

/**
 * Channel of the new contact and which contact it is related to. Not in the Flow-language reference.
 */
export interface CreateContactParameters {
  /**
   * Channel of the new contact; exports write EMAIL.
   */
  Channel?: string;
  /**
   * Contact the new one is linked to; exports write CURRENT.
   */
  RelatedContact?: string;
  [k: string]: unknown | undefined;
}

/**
 * Fields to write and fields to read back.
 */
export interface CreateCustomerProfileParameters {
  /**
   * Profile fields to write; each value literal or one attribute, at most 255 characters.
   */
  ProfileRequestData?: {
    /**
     * The profile's FirstName.
     */
    FirstName?: string;
    /**
     * The profile's MiddleName.
     */
    MiddleName?: string;
    /**
     * The profile's LastName.
     */
    LastName?: string;
    /**
     * The profile's PhoneNumber.
     */
    PhoneNumber?: string;
    /**
     * The profile's EmailAddress.
     */
    EmailAddress?: string;
    /**
     * The profile's AccountNumber.
     */
    AccountNumber?: string;
    /**
     * The profile's AdditionalInformation.
     */
    AdditionalInformation?: string;
    /**
     * Kind of party: INDIVIDUAL, BUSINESS or OTHER.
     */
    PartyType?: string;
    /**
     * The profile's BusinessName.
     */
    BusinessName?: string;
    /**
     * The profile's BirthDate.
     */
    BirthDate?: string;
    /**
     * The profile's Gender.
     */
    Gender?: string;
    /**
     * The profile's MobilePhoneNumber.
     */
    MobilePhoneNumber?: string;
    /**
     * The profile's HomePhoneNumber.
     */
    HomePhoneNumber?: string;
    /**
     * The profile's BusinessPhoneNumber.
     */
    BusinessPhoneNumber?: string;
    /**
     * The profile's BusinessEmailAddress.
     */
    BusinessEmailAddress?: string;
    /**
     * The profile's Address1.
     */
    Address1?: string;
    /**
     * The profile's Address2.
     */
    Address2?: string;
    /**
     * The profile's Address3.
     */
    Address3?: string;
    /**
     * The profile's Address4.
     */
    Address4?: string;
    /**
     * The profile's City.
     */
    City?: string;
    /**
     * The profile's County.
     */
    County?: string;
    /**
     * The profile's Country.
     */
    Country?: string;
    /**
     * The profile's PostalCode.
     */
    PostalCode?: string;
    /**
     * The profile's Province.
     */
    Province?: string;
    /**
     * The profile's State.
     */
    State?: string;
    /**
     * The profile's ShippingAddress1.
     */
    ShippingAddress1?: string;
    /**
     * The profile's ShippingAddress2.
     */
    ShippingAddress2?: string;
    /**
     * The profile's ShippingAddress3.
     */
    ShippingAddress3?: string;
    /**
     * The profile's ShippingAddress4.
     */
    ShippingAddress4?: string;
    /**
     * The profile's ShippingCity.
     */
    ShippingCity?: string;
    /**
     * The profile's ShippingCounty.
     */
    ShippingCounty?: string;
    /**
     * The profile's ShippingCountry.
     */
    ShippingCountry?: string;
    /**
     * The profile's ShippingPostalCode.
     */
    ShippingPostalCode?: string;
    /**
     * The profile's ShippingProvince.
     */
    ShippingProvince?: string;
    /**
     * The profile's ShippingState.
     */
    ShippingState?: string;
    /**
     * The profile's MailingAddress1.
     */
    MailingAddress1?: string;
    /**
     * The profile's MailingAddress2.
     */
    MailingAddress2?: string;
    /**
     * The profile's MailingAddress3.
     */
    MailingAddress3?: string;
    /**
     * The profile's MailingAddress4.
     */
    MailingAddress4?: string;
    /**
     * The profile's MailingCity.
     */
    MailingCity?: string;
    /**
     * The profile's MailingCounty.
     */
    MailingCounty?: string;
    /**
     * The profile's MailingCountry.
     */
    MailingCountry?: string;
    /**
     * The profile's MailingPostalCode.
     */
    MailingPostalCode?: string;
    /**
     * The profile's MailingProvince.
     */
    MailingProvince?: string;
    /**
     * The profile's MailingState.
     */
    MailingState?: string;
    /**
     * The profile's BillingAddress1.
     */
    BillingAddress1?: string;
    /**
     * The profile's BillingAddress2.
     */
    BillingAddress2?: string;
    /**
     * The profile's BillingAddress3.
     */
    BillingAddress3?: string;
    /**
     * The profile's BillingAddress4.
     */
    BillingAddress4?: string;
    /**
     * The profile's BillingCity.
     */
    BillingCity?: string;
    /**
     * The profile's BillingCounty.
     */
    BillingCounty?: string;
    /**
     * The profile's BillingCountry.
     */
    BillingCountry?: string;
    /**
     * The profile's BillingPostalCode.
     */
    BillingPostalCode?: string;
    /**
     * The profile's BillingProvince.
     */
    BillingProvince?: string;
    /**
     * The profile's BillingState.
     */
    BillingState?: string;
    /**
     * A custom profile attribute (Attributes.<key>).
     */
    [k: string]: string | undefined;
  };
  /**
   * Profile fields to copy into $.Customer.<field> for later blocks.
   *
   * Items: A standard profile field name, or Attributes.<key>.
   */
  ProfileResponseData?: string[];
}

/**
 * Rehydration mode and the past contact to continue from. Not in the Flow-language reference.
 */
export interface CreatePersistentContactAssociationParameters {
  /**
   * Which part of the past chat to restore: the whole past session (ENTIRE_PAST_SESSION, give the first contact id of that session) or from one segment on (FROM_SEGMENT, give that contact id).
   */
  RehydrationType?: string;
  /**
   * Contact id of the past chat, usually from a user-defined attribute ($.Attributes.previousContactId).
   */
  SourceContactId?: string;
  [k: string]: unknown | undefined;
}

/**
 * The new task: flow or template, name, details and schedule.
 */
export interface CreateTaskParameters {
  /**
   * Flow the task runs (id or ARN); optional when the template names one.
   */
  ContactFlowId?: string;
  /**
   * Task template to create the task from.
   */
  TaskTemplateId?: string;
  /**
   * Task name; may embed references.
   */
  Name: string;
  /**
   * Task description; may embed references.
   */
  Description?: string;
  /**
   * Contact attributes of the new task; keys and values may be dynamic.
   */
  Attributes?: {
    /**
     * Attribute value.
     */
    [k: string]: string | undefined;
  };
  /**
   * References (such as links) shown to the agent, by name.
   */
  References?: {
    /**
     * A reference shown on the task: its value, or {Value, Type}.
     */
    [k: string]:
      | string
      | {
          /**
           * Reference value; may embed references.
           */
          Value: string;
          /**
           * Reference type, e.g. URL.
           */
          Type: string;
        }
      | undefined;
  };
  /**
   * Seconds from now until the task starts (at most 6 days).
   */
  DelaySeconds?: number | string;
  /**
   * When the task starts; from an attribute it must be a future Unix time in epoch seconds.
   */
  ScheduledTime?: string;
}

/**
 * The assistant to attach.
 */
export interface CreateWisdomSessionParameters {
  /**
   * Full ARN of the Amazon Q in Connect assistant; may be set dynamically.
   */
  WisdomAssistantArn: string;
}

/**
 * The destination: a queue, or an agent whose personal queue receives the contact.
 */
export interface DequeueContactAndTransferToQueueParameters {
  /**
   * Destination queue (id or ARN, or a JSONPath to one).
   */
  QueueId?: string;
  /**
   * Agent whose agent queue receives the contact (id or ARN, or a JSONPath).
   */
  AgentId?: string;
}

/**
 * This action takes no parameters.
 */
export interface DisconnectParticipantParameters {}

/**
 * This action takes no parameters.
 */
export interface DistributeByPercentageParameters {}

/**
 * This action takes no parameters.
 */
export interface EndFlowExecutionParameters {}

/**
 * This action takes no parameters.
 */
export interface EndFlowModuleExecutionParameters {}

/**
 * The data table and up to five queries. Not in the Flow-language reference.
 */
export interface EvaluateDataTableValuesParameters {
  /**
   * Id or ARN of the data table.
   */
  DataTableId?: string;
  /**
   * Lookups to run, one to five.
   *
   * @minItems 1
   * @maxItems 5
   *
   * Items: One lookup; its results are read as $.DataTables.<QueryName>.<attribute>.
   */
  Queries?:
    | [
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
      ]
    | [
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
        {
          /**
           * Name of the query, unique within the block.
           */
          QueryName?: string;
          /**
           * Attributes to return.
           *
           * @minItems 1
           *
           * Items: Attribute name.
           */
          Attributes?: [string, ...string[]];
          /**
           * Primary-attribute filters.
           *
           * Items: Exact-match filter on one primary attribute of the table.
           */
          PrimaryValues?: {
            /**
             * Primary attribute name.
             */
            AttributeName?: string;
            /**
             * Value to match, literal or one JSONPath ($.Attributes.customerId).
             */
            Value?: string;
            [k: string]: unknown | undefined;
          }[];
          [k: string]: unknown | undefined;
        },
      ];
  [k: string]: unknown | undefined;
}

/**
 * The profile and the calculated attributes to read.
 */
export interface GetCalculatedAttributesForCustomerProfileParameters {
  /**
   * The profile.
   */
  ProfileRequestData: {
    /**
     * Profile id, literal or one attribute such as $.Customer.ProfileId.
     */
    ProfileId: string;
  };
  /**
   * Calculated attributes to copy into $.Customer.CalculatedAttributes.<name>.
   *
   * Items: CalculatedAttributes.<name>, e.g. CalculatedAttributes._average_hold_time.
   */
  ProfileResponseData?: string[];
}

/**
 * Customer, filters and the fields to keep.
 */
export interface GetCaseParameters {
  /**
   * "true" links the current contact to the case, so the agent application opens the case when the agent accepts the contact.
   */
  LinkContactToCase: 'true' | 'false';
  /**
   * "true" returns only the most recently updated matching case instead of failing on several.
   */
  GetLastUpdatedCase?: 'true' | 'false';
  /**
   * Customer whose cases are searched: the Customer Profiles profile ARN, usually $.Customer.ProfileARN from a preceding Customer profiles block.
   */
  CustomerId: string;
  /**
   * Case fields by field id (system ids like "title", or custom field UUIDs); values may embed references such as $.Customer.ProfileARN.
   */
  CaseRequestFields?: {
    /**
     * The field value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Field ids to copy into $.Case.<field id> (system ids like "status", or custom field UUIDs).
   *
   * Items: A case field id.
   */
  CaseResponseFields?: string[];
}

/**
 * What to search on and which fields to read.
 */
export interface GetCustomerProfileParameters {
  /**
   * Either IdentifierName + IdentifierValue, or SearchCriteria + LogicalOperator.
   */
  ProfileRequestData:
    | {
        /**
         * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
         */
        IdentifierName: string;
        /**
         * Value to search for, literal or one attribute.
         */
        IdentifierValue: string;
      }
    | {
        /**
         * The identifiers, one to five.
         *
         * @minItems 1
         * @maxItems 5
         *
         * Items: One identifier.
         */
        SearchCriteria:
          | [
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
            ]
          | [
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
            ]
          | [
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
            ]
          | [
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
            ]
          | [
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
              {
                /**
                 * Search key: _phone, _email, _account, _profileId or a custom key of the domain.
                 */
                IdentifierName: string;
                /**
                 * Value to search for, literal or one attribute.
                 */
                IdentifierValue: string;
              },
            ];
        /**
         * How the identifiers combine.
         */
        LogicalOperator: 'AND' | 'OR';
      };
  /**
   * Profile fields to copy into $.Customer.<field> for later blocks.
   *
   * Items: A standard profile field name, or Attributes.<key>.
   */
  ProfileResponseData?: string[];
}

/**
 * Which object to read and which fields to copy.
 */
export interface GetCustomerProfileObjectParameters {
  /**
   * Profile, object type and how to pick the object.
   */
  ProfileRequestData: (
    | {
        UseLatest: 'true';
      }
    | {
        [k: string]: unknown | undefined;
      }
  ) & {
    /**
     * Profile id, literal or one attribute such as $.Customer.ProfileId.
     */
    ProfileId: string;
    /**
     * Object type: _asset, _order, _case or a custom type of the domain.
     */
    ObjectType: string;
    /**
     * Search key of the object, e.g. _assetId or _orderId.
     */
    IdentifierName?: string;
    /**
     * Value to search for, literal or one attribute.
     */
    IdentifierValue?: string;
    /**
     * "true" takes the most recent object of the type.
     */
    UseLatest?: 'true' | 'false';
  };
  /**
   * Object fields to copy into $.Customer.Asset.*, $.Customer.Order.* or $.Customer.Case.*.
   *
   * Items: A field such as AssetStatus or OrderOrderId, or AssetAttributes.<key> / ObjectAttributes.<key>.
   */
  ProfileResponseData?: string[];
}

/**
 * Which queue to read and, optionally, which channel to count; all optional.
 */
export interface GetMetricDataParameters {
  /**
   * Queue to read (id or ARN); the working queue when neither is set.
   */
  QueueId?: string;
  /**
   * Agent whose personal queue is read (id or ARN).
   */
  AgentId?: string;
  /**
   * Count only this channel; all channels when omitted. A dynamic value must resolve to one channel.
   */
  QueueChannel?: string;
}

/**
 * Prompt, timeout and what to do with the keys pressed.
 */
export interface GetParticipantInputParameters {
  /**
   * Prompt from the instance library (id or ARN). Voice only.
   */
  PromptId?: string;
  /**
   * Text to speak (voice) or send (other channels).
   */
  Text?: string;
  /**
   * SSML to speak, wrapped in <speak>. Voice only.
   */
  SSML?: string;
  /**
   * External audio in Amazon S3.
   */
  Media?: {
    /**
     * S3 address of the audio file; may embed references.
     */
    Uri: string;
    /**
     * Where the audio comes from.
     */
    SourceType: 'S3';
    /**
     * The kind of media.
     */
    MediaType: 'Audio';
  };
  /**
   * Designer hint for the kind of text (seen in exports).
   */
  TextToSpeechType?: 'text' | 'ssml';
  /**
   * Seconds to wait for the first digit.
   */
  InputTimeLimitSeconds: number | string;
  /**
   * "True" stores the input (Store customer input) instead of branching.
   */
  StoreInput?: 'True' | 'False';
  /**
   * How stored input is checked. Only with StoreInput "True".
   */
  InputValidation?: {
    /**
     * Accept a phone number.
     */
    PhoneNumberValidation?: {
      /**
       * Local numbers need CountryCode.
       */
      NumberFormat: 'Local' | 'E164';
      /**
       * ISO 3166 two-letter country code.
       */
      CountryCode?: string;
    };
    /**
     * Accept any digits up to a length.
     */
    CustomValidation?: {
      /**
       * Most digits accepted.
       */
      MaximumLength: number | string;
    };
  };
  /**
   * Encrypt the stored input. Only with CustomValidation.
   */
  InputEncryption?: {
    /**
     * Id of the signing key registered with the instance.
     */
    EncryptionKeyId: string;
    /**
     * Public encryption key (PEM).
     */
    Key: string;
  };
  /**
   * Overrides of the default DTMF behaviour.
   */
  DTMFConfiguration?: {
    /**
     * Keys that end input early (up to five of 0-9 * #).
     */
    InputTerminationSequence?: string;
    /**
     * "True" stops * from cancelling the input.
     */
    DisableCancelKey?: 'True' | 'False';
    /**
     * Seconds allowed between digits.
     */
    InterdigitTimeLimitSeconds?: number | string;
  };
}

/**
 * The module to run.
 */
export interface InvokeFlowModuleParameters {
  /**
   * Published module to run: id or ARN (a version or alias may be appended), or set dynamically.
   */
  FlowModuleId: string;
}

/**
 * The function, its input and how to wait for it.
 */
export type InvokeLambdaFunctionParameters = {
  /**
   * Function ARN; may come from attributes.
   */
  LambdaFunctionARN: string;
  /**
   * Seconds to wait for the function, 1-60.
   */
  InvocationTimeLimitSeconds: number | string;
  /**
   * "SYNCHRONOUS" (default) waits for the result; "ASYNCHRONOUS" moves on.
   */
  InvocationType?: 'SYNCHRONOUS' | 'ASYNCHRONOUS';
  /**
   * Input parameters sent with the invocation.
   */
  LambdaInvocationAttributes?: {
    /**
     * Value sent to the function: text with optional references, or any JSON value.
     */
    [k: string]: string | number | boolean | {} | unknown[] | undefined;
  };
  /**
   * How the response is read.
   */
  ResponseValidation?: {
    /**
     * STRING_MAP: flat string key/values; JSON: any JSON, nesting allowed.
     */
    ResponseType: 'STRING_MAP' | 'JSON';
  };
};

/**
 * What to load; only the email message exists today.
 */
export interface LoadContactContentParameters {
  /**
   * The stored content to load.
   */
  ContentType: 'EmailMessage';
}

/**
 * How many times to loop.
 */
export interface LoopParameters {
  /**
   * Times the Looping branch is taken; 0 goes straight to Complete.
   */
  LoopCount: number | string;
}

/**
 * What to play or send: exactly one of PromptId, Text, SSML or Media.
 */
export interface MessageParticipantParameters {
  /**
   * Prompt from the instance library (id or ARN). Voice only.
   */
  PromptId?: string;
  /**
   * Text to speak (voice) or send (other channels).
   */
  Text?: string;
  /**
   * SSML to speak, wrapped in <speak>. Voice only.
   */
  SSML?: string;
  /**
   * External audio in Amazon S3.
   */
  Media?: {
    /**
     * S3 address of the audio file; may embed references.
     */
    Uri: string;
    /**
     * Where the audio comes from.
     */
    SourceType: 'S3';
    /**
     * The kind of media.
     */
    MediaType: 'Audio';
  };
  /**
   * Designer hint for the kind of text (seen in exports).
   */
  TextToSpeechType?: 'text' | 'ssml';
  /**
   * Skip the prompt when the caller has typed ahead (Set Touchtone Buffer Behavior).
   */
  SkipWhenDTMFBufferEnabled?: 'true' | 'false';
}

/**
 * The prompts to loop and, optionally, how often to interrupt them.
 */
export interface MessageParticipantIterativelyParameters {
  /**
   * Played in order, then from the start again.
   *
   * @minItems 1
   *
   * Items: One prompt: exactly one of PromptId, Text, SSML or Media.
   */
  Messages: [
    {
      /**
       * Prompt from the instance library (id or ARN). Voice only.
       */
      PromptId?: string;
      /**
       * Text to speak (voice) or send (other channels).
       */
      Text?: string;
      /**
       * SSML to speak, wrapped in <speak>. Voice only.
       */
      SSML?: string;
      /**
       * External audio in Amazon S3.
       */
      Media?: {
        /**
         * S3 address of the audio file; may embed references.
         */
        Uri: string;
        /**
         * Where the audio comes from.
         */
        SourceType: 'S3';
        /**
         * The kind of media.
         */
        MediaType: 'Audio';
      };
    },
    ...{
      /**
       * Prompt from the instance library (id or ARN). Voice only.
       */
      PromptId?: string;
      /**
       * Text to speak (voice) or send (other channels).
       */
      Text?: string;
      /**
       * SSML to speak, wrapped in <speak>. Voice only.
       */
      SSML?: string;
      /**
       * External audio in Amazon S3.
       */
      Media?: {
        /**
         * S3 address of the audio file; may embed references.
         */
        Uri: string;
        /**
         * Where the audio comes from.
         */
        SourceType: 'S3';
        /**
         * The kind of media.
         */
        MediaType: 'Audio';
      };
    }[],
  ];
  /**
   * Seconds after which playback stops and the action ends with MessagesInterrupted.
   */
  InterruptFrequencySeconds?: number | string;
}

/**
 * The knowledge base and message template to render. Not in the Flow-language reference.
 */
export interface RenderMessageTemplateParameters {
  /**
   * ARN of the Q in Connect knowledge base holding the template.
   */
  WisdomKnowledgeBaseArn?: string;
  /**
   * ARN of the message template to render.
   */
  WisdomMessageTemplateArn?: string;
  [k: string]: unknown | undefined;
}

/**
 * This action takes no parameters.
 */
export interface ResumeContactParameters {}

/**
 * The view, its input data and how long to wait.
 */
export interface ShowViewParameters {
  /**
   * The view to show.
   */
  ViewResource: {
    /**
     * View id or ARN (AWS managed views: arn:aws:connect:<region>:aws:view/<name>:<version>).
     */
    Id: string;
    /**
     * Version of a customer-managed view.
     */
    Version?: number | string;
  };
  /**
   * Seconds to wait for the user before TimeLimitExceeded.
   */
  InvocationTimeLimitSeconds?: number | string;
  /**
   * Inputs of the view, as its input schema defines them; strings may embed references.
   */
  ViewData?: {
    /**
     * Any JSON value the view accepts (text, numbers, lists, objects).
     */
    [k: string]:
      | {
          [k: string]: unknown | undefined;
        }
      | undefined;
  };
  /**
   * Keep the view response out of places it would be logged.
   */
  SensitiveDataConfiguration?: {
    /**
     * Where to hide the response.
     *
     * @minItems 1
     *
     * Items: Place.
     */
    HideResponseOn?: ['TRANSCRIPT', ...'TRANSCRIPT'[]];
  };
}

/**
 * From which instance number, to which customer number, and which flow runs the new chat.
 */
export interface StartOutboundChatContactParameters {
  /**
   * The sending number.
   */
  SourceEndpoint: {
    /**
     * ARN of a phone number claimed by the instance.
     */
    Address: string;
    /**
     * Endpoint type; only a Connect phone number ARN.
     */
    Type: 'CONNECT_PHONENUMBER_ARN';
  };
  /**
   * The customer's number.
   */
  DestinationEndpoint: {
    /**
     * Customer phone number in E.164, e.g. $.CustomerEndpoint.Address.
     */
    Address: string;
    /**
     * Endpoint type; only a telephone number.
     */
    Type: 'TELEPHONE_NUMBER';
  };
  /**
   * ARN of the flow that runs the new chat contact.
   */
  ContactFlowArn: string;
  /**
   * Kind of chat; only SMS.
   */
  ContactSubtype: 'connect:SMS';
  /**
   * Message sent to the customer when the chat starts.
   */
  InitialSystemMessage?: {
    /**
     * Message text; may embed references.
     */
    Content: string;
  };
  /**
   * Links the new chat to the current contact.
   */
  RelatedContact?: 'CURRENT';
}

/**
 * Sender, recipients and message of the outbound email. Not in the Flow-language reference.
 */
export interface StartOutboundEmailContactParameters {
  /**
   * Sender: an email address of the instance.
   */
  FromEmailAddress?: {
    /**
     * The address, literal or one JSONPath.
     */
    EmailAddress: string;
    /**
     * Display name shown with the address; may be empty.
     */
    DisplayName?: string;
  };
  /**
   * The customer to send to.
   */
  DestinationEmailAddress: {
    /**
     * The address, literal or one JSONPath.
     */
    EmailAddress: string;
    /**
     * Display name shown with the address; may be empty.
     */
    DisplayName?: string;
  };
  /**
   * Further recipients.
   */
  AdditionalEmailRecipients?: {
    /**
     * Cc recipients.
     *
     * Items: One Cc recipient.
     */
    CcEmailAddresses?: {
      /**
       * The address, literal or one JSONPath.
       */
      EmailAddress: string;
      /**
       * Display name shown with the address; may be empty.
       */
      DisplayName?: string;
    }[];
    [k: string]: unknown | undefined;
  };
  /**
   * The message: raw subject and body, or a message template.
   */
  EmailMessage: {
    /**
     * Where the message comes from.
     */
    MessageSourceType: 'RAW' | 'TEMPLATE';
    /**
     * Subject and body written in the block.
     */
    RawMessage?: {
      /**
       * Subject line.
       */
      Subject?: string;
      /**
       * Message body.
       */
      Body?: string;
      /**
       * MIME type of the body; exports write text/plain.
       */
      ContentType?: string;
      [k: string]: unknown | undefined;
    };
    /**
     * A Q in Connect message template (API field; not yet seen in an export).
     */
    TemplatedMessageConfig?: {
      [k: string]: unknown | undefined;
    };
    [k: string]: unknown | undefined;
  };
  [k: string]: unknown | undefined;
}

/**
 * This action takes no parameters.
 */
export interface StartVoiceIdStreamParameters {}

/**
 * The tags to set.
 */
export interface TagContactParameters {
  /**
   * Tag key to value; keys and values may be literal or dynamic. At most six user-defined tags.
   */
  Tags: {
    /**
     * Tag value (up to 256 characters); avoid personal data.
     */
    [k: string]: string | undefined;
  };
}

/**
 * This action takes no parameters.
 */
export interface TransferContactToAgentParameters {}

/**
 * This action takes no parameters.
 */
export interface TransferContactToQueueParameters {}

/**
 * Where to transfer, how long to ring and whether the flow resumes afterwards.
 */
export interface TransferParticipantToThirdPartyParameters {
  /**
   * Number to call, E.164 (+12065550100), or one attribute.
   */
  ThirdPartyPhoneNumber?: string;
  /**
   * Seconds to wait for the third party to answer (0-600). The name console exports use.
   */
  ThirdPartyConnectionTimeLimitSeconds?: number | string;
  /**
   * Same as ThirdPartyConnectionTimeLimitSeconds, under the name of the current action page.
   */
  ThirdPartyConnectionTimeoutSeconds?: number | string;
  /**
   * "True" (the default) resumes the flow when the third party hangs up and the caller stays.
   */
  ContinueFlowExecution?: 'True' | 'False';
  /**
   * Digits sent once the call connects; a comma pauses 750 ms.
   */
  ThirdPartyDTMFDigits?: string;
  /**
   * Caller ID shown to the third party.
   */
  CallerId?: {
    /**
     * A number claimed by the instance, E.164, or one attribute.
     */
    Number?: string;
    /**
     * Display name; not guaranteed to be shown.
     */
    Name?: string;
  };
  /**
   * Amazon Chime Voice Connector to use instead of the phone network.
   */
  VoiceConnector?: {
    /**
     * Connector type.
     */
    VoiceConnectorType: 'ChimeConnector';
    /**
     * ARN of the voice connector.
     */
    VoiceConnectorArn: string;
    /**
     * SIP From user.
     */
    FromUser?: string;
    /**
     * SIP To user.
     */
    ToUser?: string;
    /**
     * SIP User-to-User header value.
     */
    UserToUserInformation?: string;
  };
}

/**
 * The flow to continue in.
 */
export interface TransferToFlowParameters {
  /**
   * Target flow (id or ARN): a published inbound, transfer-to-agent or transfer-to-queue flow.
   */
  ContactFlowId: string;
}

/**
 * The tag keys to remove.
 */
export interface UnTagContactParameters {
  /**
   * Keys of existing user-defined tags to remove; literal only.
   *
   * @minItems 1
   *
   * Items: Tag key; user-defined keys only (not aws:).
   */
  TagKeys: [string, ...string[]];
}

/**
 * The tag keys to remove.
 */
export interface UntagContactParameters {
  /**
   * Keys of existing user-defined tags to remove; literal only.
   *
   * @minItems 1
   *
   * Items: Tag key; user-defined keys only (not aws:).
   */
  TagKeys: [string, ...string[]];
}

/**
 * The case to update, the linking choice and the fields to change.
 */
export interface UpdateCaseParameters {
  /**
   * "true" links the current contact to the case, so the agent application opens the case when the agent accepts the contact.
   */
  LinkContactToCase: 'true' | 'false';
  /**
   * Id of the case, usually $.Case.case_id from a preceding Get case.
   */
  CaseId: string;
  /**
   * Case fields by field id (system ids like "title", or custom field UUIDs); values may embed references such as $.Customer.ProfileARN. At least one field must be given.
   */
  CaseRequestFields: {
    /**
     * The field value.
     */
    [k: string]: string | undefined;
  };
}

/**
 * The attributes to set.
 */
export interface UpdateContactAttributesParameters {
  /**
   * Attribute name to value. Names must not contain "$" or "."; a whole JSONPath as the name sets the attribute that path names.
   */
  Attributes: {
    /**
     * Value; may embed references ("$.Customer.FirstName $.Customer.LastName"). An empty string clears it.
     */
    [k: string]: string | undefined;
  };
  /**
   * Current (default) or Related, the contact created as related.
   */
  TargetContact?: 'Current' | 'Related';
}

/**
 * Where the number comes from.
 */
export interface UpdateContactCallbackNumberParameters {
  /**
   * A JSONPath to the number, e.g. $.StoredCustomerInput or $.CustomerEndpoint.Address; a literal number is not allowed.
   */
  CallbackNumber: string;
}

/**
 * The properties to set (all or none are set); at least one besides TargetContact.
 */
export interface UpdateContactDataParameters {
  /**
   * Current (default) or Related.
   */
  TargetContact?: 'Current' | 'Related';
  /**
   * Contact name; may embed references.
   */
  Name?: string;
  /**
   * Contact description; may embed references.
   */
  Description?: string;
  /**
   * Language of the contact, e.g. en-US (the Set voice block's "Set language attribute").
   */
  LanguageCode?: string;
  /**
   * Customer id, e.g. $.Customer.ProfileId or an id from your CRM.
   */
  CustomerId?: string;
  /**
   * Contact references shown to the agent: name to value.
   */
  References?: {
    /**
     * Reference value.
     */
    [k: string]: string | undefined;
  };
  /**
   * Stream the caller's audio to Voice ID.
   */
  IsVoiceIdStreamingEnabled?: 'TRUE' | 'FALSE' | 'true' | 'false';
  /**
   * Authenticate the caller by voiceprint.
   */
  IsVoiceAuthenticationEnabled?: 'TRUE' | 'FALSE' | 'true' | 'false';
  /**
   * Check the caller against fraudster watchlists.
   */
  IsFraudDetectionEnabled?: 'TRUE' | 'FALSE' | 'true' | 'false';
  /**
   * Authentication score threshold, 0-100 (90 recommended).
   */
  VoiceAuthenticationThreshold?: number | string;
  /**
   * Seconds of speech Voice ID may take to decide, 5-10.
   */
  VoiceAuthenticationResponseTime?: number | string;
  /**
   * Fraud risk score threshold, 0-100 (50 to start).
   */
  FraudDetectionThreshold?: number | string;
  /**
   * Voice ID watchlist id: 22 letters and digits.
   */
  WatchlistId?: string;
  /**
   * Amazon Q in Connect session ARN, usually $.Wisdom.SessionArn.
   */
  WisdomSessionArn?: string;
}

/**
 * One event hook and, as console exports write it, its settings.
 */
export interface UpdateContactEventHooksParameters {
  /**
   * Exactly one event name (static) with the flow to run for it.
   */
  EventHooks: {
    /**
     * Customer queue flow run while the contact waits in queue (Set customer queue flow). Flow id or ARN.
     */
    CustomerQueue?: string;
    /**
     * Customer hold flow (Set hold flow). Flow id or ARN.
     */
    CustomerHold?: string;
    /**
     * Agent hold flow (Set hold flow). Flow id or ARN.
     */
    AgentHold?: string;
    /**
     * Customer whisper flow (Set whisper flow). Flow id or ARN.
     */
    CustomerWhisper?: string;
    /**
     * Agent whisper flow (Set whisper flow). Flow id or ARN.
     */
    AgentWhisper?: string;
    /**
     * Inbound-type flow run after a disconnect event while the customer remains, e.g. a survey (Set disconnect flow). Flow id or ARN.
     */
    CustomerRemaining?: string;
    /**
     * Flow run when the contact arrives in the agent workspace (Set event flow). Flow id or ARN.
     */
    DefaultAgentUI?: string;
    /**
     * Flow run when the contact closes in the agent workspace (Set event flow). Flow id or ARN.
     */
    DisconnectAgentUI?: string;
    /**
     * Flow run when the contact is paused (Set event flow). Flow id or ARN.
     */
    PauseContact?: string;
    /**
     * Flow run when the contact is resumed (Set event flow). Flow id or ARN.
     */
    ResumeContact?: string;
  };
  /**
   * Undocumented; written by the console beside whisper hooks.
   */
  EventHooksConfiguration?: {
    /**
     * Settings of the CustomerQueue hook.
     */
    CustomerQueue?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the CustomerHold hook.
     */
    CustomerHold?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the AgentHold hook.
     */
    AgentHold?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the CustomerWhisper hook.
     */
    CustomerWhisper?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the AgentWhisper hook.
     */
    AgentWhisper?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the CustomerRemaining hook.
     */
    CustomerRemaining?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the DefaultAgentUI hook.
     */
    DefaultAgentUI?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the DisconnectAgentUI hook.
     */
    DisconnectAgentUI?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the PauseContact hook.
     */
    PauseContact?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
    /**
     * Settings of the ResumeContact hook.
     */
    ResumeContact?: {
      /**
       * Undocumented switch; the console writes "false", which leaves the hook running.
       */
      DisableExecution: 'true' | 'false';
    };
  };
}

/**
 * The chat message processor.
 */
export interface UpdateContactMediaProcessingParameters {
  /**
   * Bring-your-own processor for chat messages.
   */
  ChatProcessor: {
    /**
     * Process chat messages with the Lambda function.
     */
    ProcessingEnabled: 'True' | 'False';
    /**
     * ARN of the Lambda function that processes each message (arn:aws:lambda:region:account:function:name).
     */
    LambdaProcessorARN: string;
    /**
     * Processor behaviour.
     */
    ChatProcessorSettings?: {
      /**
       * Deliver messages the function failed to process.
       */
      DeliverUnprocessedMessages?: 'True' | 'False';
    };
  };
}

/**
 * What to stream, and whether to start or stop.
 */
export interface UpdateContactMediaStreamingBehaviorParameters {
  /**
   * Enabled starts streaming, Disabled stops it.
   */
  MediaStreamingState: 'Enabled' | 'Disabled';
  /**
   * Whose audio to stream: the customer.
   *
   * @minItems 1
   * @maxItems 1
   *
   * Items: A participant and the audio directions.
   */
  Participants: [
    {
      /**
       * Only Customer is supported.
       */
      ParticipantType: 'Customer';
      /**
       * From (what the customer says) and/or To (what the customer hears).
       *
       * @minItems 1
       * @maxItems 2
       *
       * Items: A direction.
       */
      MediaDirections: ['From' | 'To'] | ['From' | 'To', 'From' | 'To'];
    },
  ];
  /**
   * Only Audio is supported.
   */
  MediaStreamType: 'Audio';
}

/**
 * One channel behaviour (voice or chat) and/or screen recording.
 */
export type UpdateContactRecordingAndAnalyticsBehaviorParameters = {
  /**
   * Chat analytics settings.
   */
  ChatBehavior?: {
    /**
     * Contact Lens for chat.
     */
    ChatAnalyticsBehavior: {
      /**
       * Run Contact Lens on the chat.
       */
      Enabled: 'True' | 'False';
      /**
       * Contact Lens language, xx-XX (en-US).
       */
      AnalyticsLanguage?: string;
      /**
       * Redaction of sensitive data in the Contact Lens output (transcripts, audio).
       */
      ConversationalAnalyticsRedactionConfiguration?: {
        /**
         * Redact sensitive data in the analytics output.
         */
        Enabled: 'True' | 'False';
        /**
         * Keep redacted and original output, or redacted only.
         */
        RedactionResults?: string;
        /**
         * Replace redacted data with [PII] (PII, the default) or with its entity type (EntityType).
         */
        RedactionMaskMode?: 'PII' | 'EntityType';
        /**
         * Entity types to redact; leave out to redact all PII.
         *
         * @minItems 1
         *
         * Items: A PII entity type.
         */
        RedactionEntities?: [
          (
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'IN_AADHAAR'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'IN_PERMANENT_ACCOUNT_NUMBER'
            | 'IN_NREGA'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
            | 'IN_VOTER_NUMBER'
            | 'DATE_TIME'
            | 'AGENT_DISPLAY_NAME'
            | 'CUSTOMER_DISPLAY_NAME'
            | 'ATTACHMENT_NAME'
          ),
          ...(
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'IN_AADHAAR'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'IN_PERMANENT_ACCOUNT_NUMBER'
            | 'IN_NREGA'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
            | 'IN_VOTER_NUMBER'
            | 'DATE_TIME'
            | 'AGENT_DISPLAY_NAME'
            | 'CUSTOMER_DISPLAY_NAME'
            | 'ATTACHMENT_NAME'
          )[],
        ];
      };
      /**
       * Redaction of chat messages while they are being sent.
       */
      InFlightChatRedactionConfiguration?: {
        /**
         * Redact sensitive data in chat messages in flight.
         */
        Enabled: 'True' | 'False';
        /**
         * Replace redacted data with [PII] (PII, the default) or with its entity type (EntityType).
         */
        RedactionMaskMode?: 'PII' | 'EntityType';
        /**
         * Entity types to redact in flight; the Indian identifiers, DATE_TIME, display names and ATTACHMENT_NAME are not supported here.
         *
         * @minItems 1
         *
         * Items: A PII entity type.
         */
        RedactionEntities?: [
          (
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
          ),
          ...(
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
          )[],
        ];
        /**
         * Deliver messages whose redaction failed.
         */
        DeliverUnprocessedMessages?: 'True' | 'False';
      };
      /**
       * Chat analytics modes: ContactLens only.
       *
       * Items: A chat analytics mode.
       */
      AnalyticsModes?: 'ContactLens'[];
      /**
       * Sentiment analysis.
       */
      SentimentConfiguration?: {
        /**
         * Analyse sentiment.
         */
        Enabled: 'True' | 'False';
      };
      /**
       * Generative summaries of the contact.
       */
      SummaryConfiguration?: {
        /**
         * When to summarise.
         *
         * @minItems 1
         *
         * Items: A summary mode.
         */
        SummaryModes: [
          'PostContact' | 'AutomatedInteraction',
          ...('PostContact' | 'AutomatedInteraction')[],
        ];
      };
    };
  };
  /**
   * Voice recording and analytics settings.
   */
  VoiceBehavior?: {
    /**
     * What to record.
     */
    VoiceRecordingBehavior?: {
      /**
       * Participants to record, from Agent and Customer; an empty list stops recording.
       *
       * @maxItems 2
       *
       * Items: A participant.
       */
      RecordedParticipants:
        [] | ['Agent' | 'Customer'] | ['Agent' | 'Customer', 'Agent' | 'Customer'];
      /**
       * Record the automated part of the call (IVR and bots) as well.
       */
      IVRRecordingBehavior?: 'Enabled' | 'Disabled';
    };
    /**
     * Contact Lens for voice; only when both Agent and Customer are recorded.
     */
    VoiceAnalyticsBehavior?: {
      /**
       * Run Contact Lens on the call.
       */
      Enabled: 'True' | 'False';
      /**
       * Contact Lens language, xx-XX (en-US).
       */
      AnalyticsLanguage?: string;
      /**
       * Redaction of sensitive data in the Contact Lens output (transcripts, audio).
       */
      ConversationalAnalyticsRedactionConfiguration?: {
        /**
         * Redact sensitive data in the analytics output.
         */
        Enabled: 'True' | 'False';
        /**
         * Keep redacted and original output, or redacted only.
         */
        RedactionResults?: string;
        /**
         * Replace redacted data with [PII] (PII, the default) or with its entity type (EntityType).
         */
        RedactionMaskMode?: 'PII' | 'EntityType';
        /**
         * Entity types to redact; leave out to redact all PII.
         *
         * @minItems 1
         *
         * Items: A PII entity type.
         */
        RedactionEntities?: [
          (
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'IN_AADHAAR'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'IN_PERMANENT_ACCOUNT_NUMBER'
            | 'IN_NREGA'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
            | 'IN_VOTER_NUMBER'
            | 'DATE_TIME'
            | 'AGENT_DISPLAY_NAME'
            | 'CUSTOMER_DISPLAY_NAME'
            | 'ATTACHMENT_NAME'
          ),
          ...(
            | 'BANK_ACCOUNT_NUMBER'
            | 'BANK_ROUTING'
            | 'CREDIT_DEBIT_NUMBER'
            | 'CREDIT_DEBIT_CVV'
            | 'CREDIT_DEBIT_EXPIRY'
            | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
            | 'PIN'
            | 'SWIFT_CODE'
            | 'CA_HEALTH_NUMBER'
            | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
            | 'CA_SOCIAL_INSURANCE_NUMBER'
            | 'SSN'
            | 'UK_NATIONAL_INSURANCE_NUMBER'
            | 'PASSPORT_NUMBER'
            | 'DRIVER_ID'
            | 'IN_AADHAAR'
            | 'NAME'
            | 'AGE'
            | 'EMAIL'
            | 'PHONE'
            | 'ADDRESS'
            | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
            | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
            | 'IN_PERMANENT_ACCOUNT_NUMBER'
            | 'IN_NREGA'
            | 'AWS_ACCESS_KEY'
            | 'AWS_SECRET_KEY'
            | 'IP_ADDRESS'
            | 'MAC_ADDRESS'
            | 'PASSWORD'
            | 'URL'
            | 'USERNAME'
            | 'LICENSE_PLATE'
            | 'VEHICLE_IDENTIFICATION_NUMBER'
            | 'IN_VOTER_NUMBER'
            | 'DATE_TIME'
            | 'AGENT_DISPLAY_NAME'
            | 'CUSTOMER_DISPLAY_NAME'
            | 'ATTACHMENT_NAME'
          )[],
        ];
      };
      /**
       * RealTime or PostContact (not both), optionally with AutomatedInteraction.
       *
       * @maxItems 2
       *
       * Items: A voice analytics mode.
       */
      AnalyticsModes?:
        | []
        | ['RealTime' | 'PostContact' | 'AutomatedInteraction']
        | [
            'RealTime' | 'PostContact' | 'AutomatedInteraction',
            'RealTime' | 'PostContact' | 'AutomatedInteraction',
          ];
      /**
       * Sentiment analysis.
       */
      SentimentConfiguration?: {
        /**
         * Analyse sentiment.
         */
        Enabled: 'True' | 'False';
      };
      /**
       * Generative summaries of the contact.
       */
      SummaryConfiguration?: {
        /**
         * When to summarise.
         *
         * @minItems 1
         *
         * Items: A summary mode.
         */
        SummaryModes: [
          'PostContact' | 'AutomatedInteraction',
          ...('PostContact' | 'AutomatedInteraction')[],
        ];
      };
    };
  };
  /**
   * Agent screen recording.
   */
  ScreenRecordingBehavior?: {
    /**
     * Participants whose screen is recorded (Agent only); an empty list stops screen recording.
     *
     * @maxItems 1
     *
     * Items: A participant.
     */
    ScreenRecordedParticipants: [] | ['Agent'];
  };
};

/**
 * Recording and, optionally, analytics settings.
 */
export type UpdateContactRecordingBehaviorParameters = {
  /**
   * What to record.
   */
  RecordingBehavior: {
    /**
     * Participants to record, from Agent and Customer; an empty list stops recording.
     *
     * @maxItems 2
     *
     * Items: A participant.
     */
    RecordedParticipants:
      [] | ['Agent' | 'Customer'] | ['Agent' | 'Customer', 'Agent' | 'Customer'];
    /**
     * Participants whose screen is recorded (Agent only); an empty list stops screen recording.
     *
     * @maxItems 1
     *
     * Items: A participant.
     */
    ScreenRecordedParticipants?: [] | ['Agent'];
    /**
     * Record the automated part of the call (IVR and bots) as well.
     */
    IVRRecordingBehavior?: 'Enabled' | 'Disabled';
  };
  /**
   * Contact Lens analytics; only when both Agent and Customer are recorded.
   */
  AnalyticsBehavior?: {
    /**
     * Run Contact Lens conversational analytics.
     */
    Enabled: 'True' | 'False';
    /**
     * Contact Lens language, xx-XX (en-US).
     */
    AnalyticsLanguage?: string;
    /**
     * Redact sensitive data in the analytics output.
     */
    AnalyticsRedactionBehavior?: 'Enabled' | 'Disabled';
    /**
     * Keep redacted and original output, or redacted only; "None" is what the console writes when redaction is off.
     */
    AnalyticsRedactionResults?: string;
    /**
     * Replace redacted data with [PII] (PII, the default) or with its entity type (EntityType).
     */
    AnalyticsRedactionMaskMode?: 'PII' | 'EntityType';
    /**
     * Entity types to redact; leave out to redact all PII.
     *
     * @minItems 1
     *
     * Items: A PII entity type.
     */
    AnalyticsRedactionEntities?: [
      (
        | 'BANK_ACCOUNT_NUMBER'
        | 'BANK_ROUTING'
        | 'CREDIT_DEBIT_NUMBER'
        | 'CREDIT_DEBIT_CVV'
        | 'CREDIT_DEBIT_EXPIRY'
        | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
        | 'PIN'
        | 'SWIFT_CODE'
        | 'CA_HEALTH_NUMBER'
        | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
        | 'CA_SOCIAL_INSURANCE_NUMBER'
        | 'SSN'
        | 'UK_NATIONAL_INSURANCE_NUMBER'
        | 'PASSPORT_NUMBER'
        | 'DRIVER_ID'
        | 'IN_AADHAAR'
        | 'NAME'
        | 'AGE'
        | 'EMAIL'
        | 'PHONE'
        | 'ADDRESS'
        | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
        | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
        | 'IN_PERMANENT_ACCOUNT_NUMBER'
        | 'IN_NREGA'
        | 'AWS_ACCESS_KEY'
        | 'AWS_SECRET_KEY'
        | 'IP_ADDRESS'
        | 'MAC_ADDRESS'
        | 'PASSWORD'
        | 'URL'
        | 'USERNAME'
        | 'LICENSE_PLATE'
        | 'VEHICLE_IDENTIFICATION_NUMBER'
        | 'IN_VOTER_NUMBER'
        | 'DATE_TIME'
        | 'AGENT_DISPLAY_NAME'
        | 'CUSTOMER_DISPLAY_NAME'
        | 'ATTACHMENT_NAME'
      ),
      ...(
        | 'BANK_ACCOUNT_NUMBER'
        | 'BANK_ROUTING'
        | 'CREDIT_DEBIT_NUMBER'
        | 'CREDIT_DEBIT_CVV'
        | 'CREDIT_DEBIT_EXPIRY'
        | 'INTERNATIONAL_BANK_ACCOUNT_NUMBER'
        | 'PIN'
        | 'SWIFT_CODE'
        | 'CA_HEALTH_NUMBER'
        | 'UK_NATIONAL_HEALTH_SERVICE_NUMBER'
        | 'CA_SOCIAL_INSURANCE_NUMBER'
        | 'SSN'
        | 'UK_NATIONAL_INSURANCE_NUMBER'
        | 'PASSPORT_NUMBER'
        | 'DRIVER_ID'
        | 'IN_AADHAAR'
        | 'NAME'
        | 'AGE'
        | 'EMAIL'
        | 'PHONE'
        | 'ADDRESS'
        | 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER'
        | 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER'
        | 'IN_PERMANENT_ACCOUNT_NUMBER'
        | 'IN_NREGA'
        | 'AWS_ACCESS_KEY'
        | 'AWS_SECRET_KEY'
        | 'IP_ADDRESS'
        | 'MAC_ADDRESS'
        | 'PASSWORD'
        | 'URL'
        | 'USERNAME'
        | 'LICENSE_PLATE'
        | 'VEHICLE_IDENTIFICATION_NUMBER'
        | 'IN_VOTER_NUMBER'
        | 'DATE_TIME'
        | 'AGENT_DISPLAY_NAME'
        | 'CUSTOMER_DISPLAY_NAME'
        | 'ATTACHMENT_NAME'
      )[],
    ];
    /**
     * Analytics modes per channel.
     */
    ChannelConfiguration?: {
      /**
       * Chat analytics.
       */
      Chat?: {
        /**
         * ContactLens, or empty for no chat analytics.
         *
         * Items: A chat analytics mode.
         */
        AnalyticsModes?: 'ContactLens'[];
      };
      /**
       * Voice analytics.
       */
      Voice?: {
        /**
         * RealTime and/or PostContact.
         *
         * Items: A voice analytics mode.
         */
        AnalyticsModes?: ('RealTime' | 'PostContact')[];
      };
    };
    /**
     * Generative summaries of the contact.
     */
    SummaryConfiguration?: {
      /**
       * When to summarise.
       *
       * @minItems 1
       *
       * Items: A summary mode.
       */
      SummaryModes: ['PostContact', ...'PostContact'[]];
    };
    /**
     * Sentiment analysis.
     */
    SentimentConfiguration?: {
      /**
       * Analyse sentiment.
       */
      Enabled: 'True' | 'False';
    };
    /**
     * Legacy single analytics mode written by older consoles.
     */
    AnalyticsMode?: 'RealTime' | 'PostCall';
  };
};

/**
 * Exactly one of QueuePriority or QueueTimeAdjustmentSeconds.
 */
export interface UpdateContactRoutingBehaviorParameters {
  /**
   * Priority, 1 = routed first; new contacts have 5.
   */
  QueuePriority?: number | string;
  /**
   * Seconds added to (or, negative, taken from) the contact's time in queue; older is routed first.
   */
  QueueTimeAdjustmentSeconds?: number | string;
}

/**
 * The routing criteria.
 */
export interface UpdateContactRoutingCriteriaParameters {
  /**
   * The steps, or one JSONPath to criteria returned as JSON by a Lambda function ($.External.MyRoutingCriteria).
   */
  RoutingCriteria:
    | string
    | {
        /**
         * Routing steps in order.
         *
         * @minItems 1
         *
         * Items: A routing step; the next one activates when this one expires.
         */
        Steps: [
          {
            /**
             * One attribute condition, an AND list, or (set dynamically) an OR list.
             */
            Expression: {
              /**
               * Agents must have this predefined attribute value at this proficiency or better.
               */
              AttributeCondition?: {
                /**
                 * Predefined attribute name (1-64 characters).
                 */
                Name: string;
                /**
                 * Attribute value (1-64 characters), e.g. English or $.External.language.
                 */
                Value: string;
                /**
                 * Minimum proficiency, 1.0 to 5.0.
                 */
                ProficiencyLevel: number | string;
                /**
                 * Only "at least" is allowed.
                 */
                ComparisonOperator: 'NumberGreaterOrEqualTo';
                [k: string]: unknown | undefined;
              };
              /**
               * All must hold.
               *
               * @minItems 1
               * @maxItems 8
               *
               * Items: One condition of an AND or OR list.
               */
              AndExpression?:
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ];
              /**
               * One must hold.
               *
               * @minItems 1
               *
               * Items: One condition of an AND or OR list.
               */
              OrExpression?: [
                {
                  /**
                   * Agents must have this predefined attribute value at this proficiency or better.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name (1-64 characters).
                     */
                    Name: string;
                    /**
                     * Attribute value (1-64 characters), e.g. English or $.External.language.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * Only "at least" is allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                    [k: string]: unknown | undefined;
                  };
                  [k: string]: unknown | undefined;
                },
                ...{
                  /**
                   * Agents must have this predefined attribute value at this proficiency or better.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name (1-64 characters).
                     */
                    Name: string;
                    /**
                     * Attribute value (1-64 characters), e.g. English or $.External.language.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * Only "at least" is allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                    [k: string]: unknown | undefined;
                  };
                  [k: string]: unknown | undefined;
                }[],
              ];
              [k: string]: unknown | undefined;
            };
            /**
             * When the step expires; the last step may never expire.
             */
            Expiry?: {
              /**
               * Seconds before the step expires; static.
               */
              DurationInSeconds?: number | string;
            };
            [k: string]: unknown | undefined;
          },
          ...{
            /**
             * One attribute condition, an AND list, or (set dynamically) an OR list.
             */
            Expression: {
              /**
               * Agents must have this predefined attribute value at this proficiency or better.
               */
              AttributeCondition?: {
                /**
                 * Predefined attribute name (1-64 characters).
                 */
                Name: string;
                /**
                 * Attribute value (1-64 characters), e.g. English or $.External.language.
                 */
                Value: string;
                /**
                 * Minimum proficiency, 1.0 to 5.0.
                 */
                ProficiencyLevel: number | string;
                /**
                 * Only "at least" is allowed.
                 */
                ComparisonOperator: 'NumberGreaterOrEqualTo';
                [k: string]: unknown | undefined;
              };
              /**
               * All must hold.
               *
               * @minItems 1
               * @maxItems 8
               *
               * Items: One condition of an AND or OR list.
               */
              AndExpression?:
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ]
                | [
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                    {
                      /**
                       * Agents must have this predefined attribute value at this proficiency or better.
                       */
                      AttributeCondition?: {
                        /**
                         * Predefined attribute name (1-64 characters).
                         */
                        Name: string;
                        /**
                         * Attribute value (1-64 characters), e.g. English or $.External.language.
                         */
                        Value: string;
                        /**
                         * Minimum proficiency, 1.0 to 5.0.
                         */
                        ProficiencyLevel: number | string;
                        /**
                         * Only "at least" is allowed.
                         */
                        ComparisonOperator: 'NumberGreaterOrEqualTo';
                        [k: string]: unknown | undefined;
                      };
                      [k: string]: unknown | undefined;
                    },
                  ];
              /**
               * One must hold.
               *
               * @minItems 1
               *
               * Items: One condition of an AND or OR list.
               */
              OrExpression?: [
                {
                  /**
                   * Agents must have this predefined attribute value at this proficiency or better.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name (1-64 characters).
                     */
                    Name: string;
                    /**
                     * Attribute value (1-64 characters), e.g. English or $.External.language.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * Only "at least" is allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                    [k: string]: unknown | undefined;
                  };
                  [k: string]: unknown | undefined;
                },
                ...{
                  /**
                   * Agents must have this predefined attribute value at this proficiency or better.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name (1-64 characters).
                     */
                    Name: string;
                    /**
                     * Attribute value (1-64 characters), e.g. English or $.External.language.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * Only "at least" is allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                    [k: string]: unknown | undefined;
                  };
                  [k: string]: unknown | undefined;
                }[],
              ];
              [k: string]: unknown | undefined;
            };
            /**
             * When the step expires; the last step may never expire.
             */
            Expiry?: {
              /**
               * Seconds before the step expires; static.
               */
              DurationInSeconds?: number | string;
            };
            [k: string]: unknown | undefined;
          }[],
        ];
        [k: string]: unknown | undefined;
      };
}

/**
 * The queue to work with: exactly one of QueueId or AgentId.
 */
export interface UpdateContactTargetQueueParameters {
  /**
   * Queue id or ARN; a JSONPath must yield the ARN, not the name.
   */
  QueueId?: string;
  /**
   * Agent id or ARN, meaning that agent's personal queue.
   */
  AgentId?: string;
}

/**
 * The voice to use from now on.
 */
export interface UpdateContactTextToSpeechVoiceParameters {
  /**
   * Amazon Polly voice name (Joanna, Matthew, Lea, ...).
   */
  TextToSpeechVoice: string;
  /**
   * Polly engine; the voice must support it.
   */
  TextToSpeechEngine?: string;
  /**
   * Speaking style; Conversational and Newscaster need a neural voice that has them.
   */
  TextToSpeechStyle?: string;
}

/**
 * Fields to write and fields to read back.
 */
export interface UpdateCustomerProfileParameters {
  /**
   * Profile fields to write; each value literal or one attribute, at most 255 characters.
   */
  ProfileRequestData?: {
    /**
     * The profile's FirstName.
     */
    FirstName?: string;
    /**
     * The profile's MiddleName.
     */
    MiddleName?: string;
    /**
     * The profile's LastName.
     */
    LastName?: string;
    /**
     * The profile's PhoneNumber.
     */
    PhoneNumber?: string;
    /**
     * The profile's EmailAddress.
     */
    EmailAddress?: string;
    /**
     * The profile's AccountNumber.
     */
    AccountNumber?: string;
    /**
     * The profile's AdditionalInformation.
     */
    AdditionalInformation?: string;
    /**
     * Kind of party: INDIVIDUAL, BUSINESS or OTHER.
     */
    PartyType?: string;
    /**
     * The profile's BusinessName.
     */
    BusinessName?: string;
    /**
     * The profile's BirthDate.
     */
    BirthDate?: string;
    /**
     * The profile's Gender.
     */
    Gender?: string;
    /**
     * The profile's MobilePhoneNumber.
     */
    MobilePhoneNumber?: string;
    /**
     * The profile's HomePhoneNumber.
     */
    HomePhoneNumber?: string;
    /**
     * The profile's BusinessPhoneNumber.
     */
    BusinessPhoneNumber?: string;
    /**
     * The profile's BusinessEmailAddress.
     */
    BusinessEmailAddress?: string;
    /**
     * The profile's Address1.
     */
    Address1?: string;
    /**
     * The profile's Address2.
     */
    Address2?: string;
    /**
     * The profile's Address3.
     */
    Address3?: string;
    /**
     * The profile's Address4.
     */
    Address4?: string;
    /**
     * The profile's City.
     */
    City?: string;
    /**
     * The profile's County.
     */
    County?: string;
    /**
     * The profile's Country.
     */
    Country?: string;
    /**
     * The profile's PostalCode.
     */
    PostalCode?: string;
    /**
     * The profile's Province.
     */
    Province?: string;
    /**
     * The profile's State.
     */
    State?: string;
    /**
     * The profile's ShippingAddress1.
     */
    ShippingAddress1?: string;
    /**
     * The profile's ShippingAddress2.
     */
    ShippingAddress2?: string;
    /**
     * The profile's ShippingAddress3.
     */
    ShippingAddress3?: string;
    /**
     * The profile's ShippingAddress4.
     */
    ShippingAddress4?: string;
    /**
     * The profile's ShippingCity.
     */
    ShippingCity?: string;
    /**
     * The profile's ShippingCounty.
     */
    ShippingCounty?: string;
    /**
     * The profile's ShippingCountry.
     */
    ShippingCountry?: string;
    /**
     * The profile's ShippingPostalCode.
     */
    ShippingPostalCode?: string;
    /**
     * The profile's ShippingProvince.
     */
    ShippingProvince?: string;
    /**
     * The profile's ShippingState.
     */
    ShippingState?: string;
    /**
     * The profile's MailingAddress1.
     */
    MailingAddress1?: string;
    /**
     * The profile's MailingAddress2.
     */
    MailingAddress2?: string;
    /**
     * The profile's MailingAddress3.
     */
    MailingAddress3?: string;
    /**
     * The profile's MailingAddress4.
     */
    MailingAddress4?: string;
    /**
     * The profile's MailingCity.
     */
    MailingCity?: string;
    /**
     * The profile's MailingCounty.
     */
    MailingCounty?: string;
    /**
     * The profile's MailingCountry.
     */
    MailingCountry?: string;
    /**
     * The profile's MailingPostalCode.
     */
    MailingPostalCode?: string;
    /**
     * The profile's MailingProvince.
     */
    MailingProvince?: string;
    /**
     * The profile's MailingState.
     */
    MailingState?: string;
    /**
     * The profile's BillingAddress1.
     */
    BillingAddress1?: string;
    /**
     * The profile's BillingAddress2.
     */
    BillingAddress2?: string;
    /**
     * The profile's BillingAddress3.
     */
    BillingAddress3?: string;
    /**
     * The profile's BillingAddress4.
     */
    BillingAddress4?: string;
    /**
     * The profile's BillingCity.
     */
    BillingCity?: string;
    /**
     * The profile's BillingCounty.
     */
    BillingCounty?: string;
    /**
     * The profile's BillingCountry.
     */
    BillingCountry?: string;
    /**
     * The profile's BillingPostalCode.
     */
    BillingPostalCode?: string;
    /**
     * The profile's BillingProvince.
     */
    BillingProvince?: string;
    /**
     * The profile's BillingState.
     */
    BillingState?: string;
    /**
     * A custom profile attribute (Attributes.<key>).
     */
    [k: string]: string | undefined;
  };
  /**
   * Profile fields to copy into $.Customer.<field> for later blocks.
   *
   * Items: A standard profile field name, or Attributes.<key>.
   */
  ProfileResponseData?: string[];
}

/**
 * The attributes to set, all or none.
 */
export interface UpdateFlowAttributesParameters {
  /**
   * Attribute name to value; read later as $.FlowAttributes.<name>.
   */
  FlowAttributes: {
    /**
     * One attribute.
     */
    [k: string]:
      | {
          /**
           * The value; may embed references such as $.CustomerEndpoint.Address.
           */
          Value: string;
          /**
           * Value type, written by some tools; the console omits it.
           */
          Type?: 'String';
        }
      | undefined;
  };
}

/**
 * Whether to log.
 */
export interface UpdateFlowLoggingBehaviorParameters {
  /**
   * Enabled or Disabled; carries over to later flows of the contact.
   */
  FlowLoggingBehavior: 'Enabled' | 'Disabled';
}

/**
 * The hold state to apply.
 */
export interface UpdatePreviousContactParticipantStateParameters {
  /**
   * AgentOnHold (customer on the line), CustomerOnHold (agent on the line) or OffHold (the console's "Conference all").
   */
  PreviousContactParticipantState: 'AgentOnHold' | 'CustomerOnHold' | 'OffHold';
}

/**
 * The routing criteria.
 */
export interface UpdateRoutingCriteriaParameters {
  /**
   * The steps, written out or taken whole from one JSONPath (a Lambda result such as $.External.MyRoutingCriteria).
   */
  RoutingCriteria:
    | {
        /**
         * The steps in order, or one JSONPath.
         */
        Steps:
          | [
              {
                /**
                 * What an agent must meet in this step: one condition, or conditions that must all hold.
                 */
                Expression: (
                  | {
                      [k: string]: unknown | undefined;
                    }
                  | {
                      [k: string]: unknown | undefined;
                    }
                ) & {
                  /**
                   * A requirement on one predefined attribute.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name, e.g. Language.
                     */
                    Name: string;
                    /**
                     * Attribute value, e.g. English, or one JSONPath.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0 in whole steps.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * The only operator allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                  };
                  /**
                   * Conditions that must all hold.
                   *
                   * @minItems 1
                   * @maxItems 8
                   *
                   * Items: One AND-ed condition.
                   */
                  AndExpression?:
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ];
                };
                /**
                 * When the step gives way to the next one; a step without it never expires.
                 */
                Expiry?: {
                  /**
                   * Seconds before the step expires; static only.
                   */
                  DurationInSeconds: number | string;
                };
              },
              ...{
                /**
                 * What an agent must meet in this step: one condition, or conditions that must all hold.
                 */
                Expression: (
                  | {
                      [k: string]: unknown | undefined;
                    }
                  | {
                      [k: string]: unknown | undefined;
                    }
                ) & {
                  /**
                   * A requirement on one predefined attribute.
                   */
                  AttributeCondition?: {
                    /**
                     * Predefined attribute name, e.g. Language.
                     */
                    Name: string;
                    /**
                     * Attribute value, e.g. English, or one JSONPath.
                     */
                    Value: string;
                    /**
                     * Minimum proficiency, 1.0 to 5.0 in whole steps.
                     */
                    ProficiencyLevel: number | string;
                    /**
                     * The only operator allowed.
                     */
                    ComparisonOperator: 'NumberGreaterOrEqualTo';
                  };
                  /**
                   * Conditions that must all hold.
                   *
                   * @minItems 1
                   * @maxItems 8
                   *
                   * Items: One AND-ed condition.
                   */
                  AndExpression?:
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ]
                    | [
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                        {
                          /**
                           * A requirement on one predefined attribute.
                           */
                          AttributeCondition: {
                            /**
                             * Predefined attribute name, e.g. Language.
                             */
                            Name: string;
                            /**
                             * Attribute value, e.g. English, or one JSONPath.
                             */
                            Value: string;
                            /**
                             * Minimum proficiency, 1.0 to 5.0 in whole steps.
                             */
                            ProficiencyLevel: number | string;
                            /**
                             * The only operator allowed.
                             */
                            ComparisonOperator: 'NumberGreaterOrEqualTo';
                          };
                        },
                      ];
                };
                /**
                 * When the step gives way to the next one; a step without it never expires.
                 */
                Expiry?: {
                  /**
                   * Seconds before the step expires; static only.
                   */
                  DurationInSeconds: number | string;
                };
              }[],
            ]
          | string;
      }
    | string;
}

/**
 * How long to wait and what may end the wait.
 */
export type WaitParameters = {
  /**
   * Seconds to wait before WaitCompleted, at most 7 days.
   */
  TimeLimitSeconds: number | string;
  /**
   * Events that end the wait early, each needing its own condition.
   *
   * Items: An event.
   */
  Events?: ('CustomerReturned' | 'BotParticipantDisconnected')[];
  /**
   * "True" lets the flow carry on along Continue while the wait runs.
   */
  ContinueExecution?: 'True' | 'False';
  /**
   * With ContinueExecution: seconds before Continue is taken.
   */
  MinimumWaitTimeSeconds?: number | string;
};

/** The parameters of each action type, by `Type`. */
export interface ActionParameters {
  AssociateContactToCustomerProfile: AssociateContactToCustomerProfileParameters;
  AuthenticateParticipant: AuthenticateParticipantParameters;
  CheckHoursOfOperation: CheckHoursOfOperationParameters;
  CheckMetricData: CheckMetricDataParameters;
  CheckOutboundCallStatus: CheckOutboundCallStatusParameters;
  CheckVoiceId: CheckVoiceIdParameters;
  Compare: CompareParameters;
  CompleteOutboundCall: CompleteOutboundCallParameters;
  ConnectParticipantWithAgenticCX: ConnectParticipantWithAgenticCXParameters;
  ConnectParticipantWithLexBot: ConnectParticipantWithLexBotParameters;
  CreateCallbackContact: CreateCallbackContactParameters;
  CreateCase: CreateCaseParameters;
  CreateContact: CreateContactParameters;
  CreateCustomerProfile: CreateCustomerProfileParameters;
  CreatePersistentContactAssociation: CreatePersistentContactAssociationParameters;
  CreateTask: CreateTaskParameters;
  CreateWisdomSession: CreateWisdomSessionParameters;
  DequeueContactAndTransferToQueue: DequeueContactAndTransferToQueueParameters;
  DisconnectParticipant: DisconnectParticipantParameters;
  DistributeByPercentage: DistributeByPercentageParameters;
  EndFlowExecution: EndFlowExecutionParameters;
  EndFlowModuleExecution: EndFlowModuleExecutionParameters;
  EvaluateDataTableValues: EvaluateDataTableValuesParameters;
  GetCalculatedAttributesForCustomerProfile: GetCalculatedAttributesForCustomerProfileParameters;
  GetCase: GetCaseParameters;
  GetCustomerProfile: GetCustomerProfileParameters;
  GetCustomerProfileObject: GetCustomerProfileObjectParameters;
  GetMetricData: GetMetricDataParameters;
  GetParticipantInput: GetParticipantInputParameters;
  InvokeFlowModule: InvokeFlowModuleParameters;
  InvokeLambdaFunction: InvokeLambdaFunctionParameters;
  LoadContactContent: LoadContactContentParameters;
  Loop: LoopParameters;
  MessageParticipant: MessageParticipantParameters;
  MessageParticipantIteratively: MessageParticipantIterativelyParameters;
  RenderMessageTemplate: RenderMessageTemplateParameters;
  ResumeContact: ResumeContactParameters;
  ShowView: ShowViewParameters;
  StartOutboundChatContact: StartOutboundChatContactParameters;
  StartOutboundEmailContact: StartOutboundEmailContactParameters;
  StartVoiceIdStream: StartVoiceIdStreamParameters;
  TagContact: TagContactParameters;
  TransferContactToAgent: TransferContactToAgentParameters;
  TransferContactToQueue: TransferContactToQueueParameters;
  TransferParticipantToThirdParty: TransferParticipantToThirdPartyParameters;
  TransferToFlow: TransferToFlowParameters;
  UnTagContact: UnTagContactParameters;
  UntagContact: UntagContactParameters;
  UpdateCase: UpdateCaseParameters;
  UpdateContactAttributes: UpdateContactAttributesParameters;
  UpdateContactCallbackNumber: UpdateContactCallbackNumberParameters;
  UpdateContactData: UpdateContactDataParameters;
  UpdateContactEventHooks: UpdateContactEventHooksParameters;
  UpdateContactMediaProcessing: UpdateContactMediaProcessingParameters;
  UpdateContactMediaStreamingBehavior: UpdateContactMediaStreamingBehaviorParameters;
  UpdateContactRecordingAndAnalyticsBehavior: UpdateContactRecordingAndAnalyticsBehaviorParameters;
  UpdateContactRecordingBehavior: UpdateContactRecordingBehaviorParameters;
  UpdateContactRoutingBehavior: UpdateContactRoutingBehaviorParameters;
  UpdateContactRoutingCriteria: UpdateContactRoutingCriteriaParameters;
  UpdateContactTargetQueue: UpdateContactTargetQueueParameters;
  UpdateContactTextToSpeechVoice: UpdateContactTextToSpeechVoiceParameters;
  UpdateCustomerProfile: UpdateCustomerProfileParameters;
  UpdateFlowAttributes: UpdateFlowAttributesParameters;
  UpdateFlowLoggingBehavior: UpdateFlowLoggingBehaviorParameters;
  UpdatePreviousContactParticipantState: UpdatePreviousContactParticipantStateParameters;
  UpdateRoutingCriteria: UpdateRoutingCriteriaParameters;
  Wait: WaitParameters;
}
