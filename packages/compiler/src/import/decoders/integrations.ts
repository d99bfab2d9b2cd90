import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

/** Invoke AWS Lambda function. */
export const decodeInvokeLambda: BlockDecoder = (parameters, context) => {
  const validation =
    parameters['ResponseValidation'] === undefined
      ? undefined
      : context.object(parameters['ResponseValidation'], 'ResponseValidation');
  const responseType =
    validation === undefined
      ? null
      : context.oneOf(validation['ResponseType'], ['STRING_MAP', 'JSON'], 'ResponseType');
  const invocation = parameters['InvocationType'];
  return defined({
    fn: context.reference(parameters['LambdaFunctionARN'], 'lambdaFunction', 'LambdaFunctionARN'),
    timeoutSeconds: context.number(
      parameters['InvocationTimeLimitSeconds'],
      'InvocationTimeLimitSeconds',
    ),
    parameters:
      parameters['LambdaInvocationAttributes'] === undefined
        ? undefined
        : context.valueMap(parameters['LambdaInvocationAttributes'], 'LambdaInvocationAttributes'),
    responseType: responseType === 'STRING_MAP' ? undefined : responseType,
    asynchronous:
      invocation === undefined
        ? undefined
        : context.oneOf(invocation, ['ASYNCHRONOUS', 'SYNCHRONOUS'], 'InvocationType') ===
          'ASYNCHRONOUS',
  });
};

/** Cases: get, update or create a case. */
export const decodeManageCase: BlockDecoder = (parameters, context, mode) => {
  const linkContact = context.lowerFlag(parameters['LinkContactToCase'], 'LinkContactToCase');
  const fields = (key: string): Options | undefined =>
    parameters[key] === undefined ? undefined : context.textMap(parameters[key], key);
  if (mode === 'get') {
    return defined({
      action: 'get',
      linkContact,
      customerId: context.value(parameters['CustomerId'], 'CustomerId'),
      searchFields: fields('CaseRequestFields'),
      lastUpdatedOnly:
        parameters['GetLastUpdatedCase'] === undefined
          ? undefined
          : context.lowerFlag(parameters['GetLastUpdatedCase'], 'GetLastUpdatedCase'),
      returnFields:
        parameters['CaseResponseFields'] === undefined
          ? undefined
          : context.strings(parameters['CaseResponseFields'], 'CaseResponseFields'),
    });
  }
  if (mode === 'update') {
    return {
      action: 'update',
      linkContact,
      caseId: context.value(parameters['CaseId'], 'CaseId'),
      fields: fields('CaseRequestFields') ?? context.fail('it has no CaseRequestFields'),
    };
  }
  return defined({
    action: 'create',
    linkContact,
    template: context.value(parameters['CaseTemplateId'], 'CaseTemplateId'),
    fields: fields('CaseRequestFields'),
  });
};

function identifier(request: JsonObject, context: DecodeContext): Options {
  return {
    name: context.string(request['IdentifierName'], 'IdentifierName'),
    value: context.value(request['IdentifierValue'], 'IdentifierValue'),
  };
}

function returnFields(parameters: JsonObject, context: DecodeContext): string[] | undefined {
  const fields = parameters['ProfileResponseData'];
  return fields === undefined ? undefined : context.strings(fields, 'ProfileResponseData');
}

const calculatedPrefix = 'CalculatedAttributes.';

/** Customer profiles: get, create or update a profile, read objects or calculated attributes. */
export const decodeManageCustomerProfile: BlockDecoder = (parameters, context, mode) => {
  const request = context.object(parameters['ProfileRequestData'], 'ProfileRequestData');
  switch (mode) {
    case 'get': {
      const criteria = request['SearchCriteria'];
      if (criteria === undefined) {
        return defined({
          action: 'get',
          identifier: identifier(request, context),
          returnFields: returnFields(parameters, context),
        });
      }
      if (!Array.isArray(criteria)) return context.fail('SearchCriteria is not a list');
      return defined({
        action: 'get',
        identifiers: criteria.map((item: unknown) =>
          identifier(context.object(item, 'SearchCriteria'), context),
        ),
        match:
          context.oneOf(request['LogicalOperator'], ['AND', 'OR'], 'LogicalOperator') === 'OR'
            ? 'any'
            : 'all',
        returnFields: returnFields(parameters, context),
      });
    }
    case 'create':
    case 'update': {
      const fields: Options = {};
      const attributes: Options = {};
      for (const [key, value] of Object.entries(request)) {
        if (key.startsWith('Attributes.')) {
          attributes[key.slice('Attributes.'.length)] = context.value(value, key);
        } else {
          fields[key] = context.value(value, key);
        }
      }
      const read = returnFields(parameters, context);
      return defined({
        action: mode,
        fields: Object.keys(fields).length === 0 ? undefined : fields,
        attributes: Object.keys(attributes).length === 0 ? undefined : attributes,
        returnFields: read === undefined || read.length === 0 ? undefined : read,
      });
    }
    case 'get-object': {
      const objectType = request['ObjectType'];
      return defined({
        action: 'getObject',
        profileId: context.value(request['ProfileId'], 'ProfileId'),
        objectType: context.value(objectType, 'ObjectType'),
        ...(request['UseLatest'] === undefined
          ? { identifier: identifier(request, context) }
          : {
              latest:
                context.lowerFlag(request['UseLatest'], 'UseLatest') ||
                context.fail('UseLatest is false'),
            }),
        returnFields: returnFields(parameters, context),
      });
    }
    case 'get-calculated-attributes':
      return {
        action: 'getCalculatedAttributes',
        profileId: context.value(request['ProfileId'], 'ProfileId'),
        attributes: (
          returnFields(parameters, context) ?? context.fail('it reads no attributes')
        ).map((name) =>
          name.startsWith(calculatedPrefix) ? name.slice(calculatedPrefix.length) : name,
        ),
      };
    default:
      return defined({
        action: 'associateContact',
        profileId: context.value(request['ProfileId'], 'ProfileId'),
        contactId:
          request['ContactId'] === '$.ContactId'
            ? undefined
            : context.value(request['ContactId'], 'ContactId'),
      });
  }
};

function viewInput(value: unknown, context: DecodeContext, name: string): unknown {
  if (typeof value === 'string') return context.text(value, name);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => viewInput(item, context, `${name}[${index}]`));
  }
  return Object.fromEntries(
    Object.entries(context.object(value, name)).map(([key, item]) => [
      key,
      viewInput(item, context, `${name}.${key}`),
    ]),
  );
}

/** Show view. */
export const decodeShowView: BlockDecoder = (parameters, context) => {
  const resource = context.object(parameters['ViewResource'], 'ViewResource');
  const sensitive = parameters['SensitiveDataConfiguration'];
  return defined({
    view: context.reference(resource['Id'], 'view', 'ViewResource.Id'),
    version:
      resource['Version'] === undefined
        ? undefined
        : context.number(resource['Version'], 'ViewResource.Version'),
    timeoutSeconds:
      parameters['InvocationTimeLimitSeconds'] === undefined
        ? undefined
        : context.number(parameters['InvocationTimeLimitSeconds'], 'InvocationTimeLimitSeconds'),
    data:
      parameters['ViewData'] === undefined
        ? undefined
        : viewInput(context.object(parameters['ViewData'], 'ViewData'), context, 'ViewData'),
    hideResponseInTranscript: sensitive === undefined ? undefined : true,
  });
};

/** Create task. */
export const decodeCreateTask: BlockDecoder = (parameters, context) => {
  const references =
    parameters['References'] === undefined
      ? undefined
      : context.object(parameters['References'], 'References');
  return defined({
    flow:
      parameters['ContactFlowId'] === undefined
        ? undefined
        : context.reference(parameters['ContactFlowId'], 'flow', 'ContactFlowId'),
    template:
      parameters['TaskTemplateId'] === undefined
        ? undefined
        : context.literalReference(parameters['TaskTemplateId'], 'taskTemplate', 'TaskTemplateId'),
    name: context.text(parameters['Name'], 'Name'),
    description:
      parameters['Description'] === undefined
        ? undefined
        : context.text(parameters['Description'], 'Description'),
    attributes:
      parameters['Attributes'] === undefined
        ? undefined
        : context.textMap(parameters['Attributes'], 'Attributes'),
    references:
      references === undefined
        ? undefined
        : Object.fromEntries(
            Object.entries(references).map(([key, entry]) => {
              const reference = context.object(entry, `References.${key}`);
              const type = context.oneOf(
                reference['Type'],
                ['URL', 'STRING', 'NUMBER', 'DATE', 'EMAIL'],
                `References.${key}.Type`,
              );
              return [
                key,
                defined({
                  value: context.text(reference['Value'], `References.${key}.Value`),
                  type: type === 'URL' ? undefined : type,
                }),
              ];
            }),
          ),
    delaySeconds:
      parameters['DelaySeconds'] === undefined
        ? undefined
        : context.integer(parameters['DelaySeconds'], 'DelaySeconds'),
    scheduledTime:
      parameters['ScheduledTime'] === undefined
        ? undefined
        : context.integer(parameters['ScheduledTime'], 'ScheduledTime'),
  });
};

function decodeVoiceConnector(value: unknown, context: DecodeContext): Options {
  const connector = context.object(value, 'VoiceConnector');
  const text = (key: string) =>
    connector[key] === undefined ? undefined : context.text(connector[key], key);
  return defined({
    arn: context.value(connector['VoiceConnectorArn'], 'VoiceConnectorArn'),
    fromUser: text('FromUser'),
    toUser: text('ToUser'),
    userToUserInformation: text('UserToUserInformation'),
  });
}

/** Call phone number. */
export const decodeCallPhoneNumber: BlockDecoder = (parameters, context) => {
  if (parameters['VoiceConnector'] !== undefined) {
    return defined({
      voiceConnector: decodeVoiceConnector(parameters['VoiceConnector'], context),
      connectionTimeoutSeconds:
        parameters['ConnectionTimeLimitSeconds'] === undefined
          ? undefined
          : context.integer(parameters['ConnectionTimeLimitSeconds'], 'ConnectionTimeLimitSeconds'),
    });
  }
  const callerId =
    parameters['CallerId'] === undefined
      ? undefined
      : context.object(parameters['CallerId'], 'CallerId');
  return defined({
    callerId:
      callerId === undefined ? undefined : context.value(callerId['Number'], 'CallerId.Number'),
  });
};

/** Transfer to phone number. */
export const decodeTransferToPhoneNumber: BlockDecoder = (parameters, context, mode) => {
  const callerId =
    parameters['CallerId'] === undefined
      ? undefined
      : context.object(parameters['CallerId'], 'CallerId');
  return defined({
    ...(parameters['VoiceConnector'] !== undefined
      ? { voiceConnector: decodeVoiceConnector(parameters['VoiceConnector'], context) }
      : {
          phoneNumber: context.value(parameters['ThirdPartyPhoneNumber'], 'ThirdPartyPhoneNumber'),
        }),
    timeoutSeconds: context.integer(
      parameters['ThirdPartyConnectionTimeLimitSeconds'],
      'ThirdPartyConnectionTimeLimitSeconds',
    ),
    resumeAfterDisconnect: mode === 'end-flow' ? false : undefined,
    dtmf:
      parameters['ThirdPartyDTMFDigits'] === undefined
        ? undefined
        : context.value(parameters['ThirdPartyDTMFDigits'], 'ThirdPartyDTMFDigits'),
    callerId:
      callerId === undefined
        ? undefined
        : defined({
            number:
              callerId['Number'] === undefined
                ? undefined
                : context.value(callerId['Number'], 'CallerId.Number'),
            name:
              callerId['Name'] === undefined
                ? undefined
                : context.text(callerId['Name'], 'CallerId.Name'),
          }),
  });
};
