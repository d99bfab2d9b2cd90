import { success, type ActionContext, type ActionHandler } from '../action-handler.js';
import { textOf } from '../contact-state.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function targetsRelatedContact(context: ActionContext): boolean {
  if (context.action.parameters.TargetContact !== 'Related') return false;
  context.note('the related contact is changed, not this one');
  return true;
}

export const updateContactAttributes: ActionHandler = {
  reads: [],
  summary:
    'Sets each contact attribute ($.Attributes) to its value with references resolved; a reference to nothing sets the empty string. On the related contact it changes nothing the run can see.',
  shape: { success: 'next' },
  run(context) {
    if (targetsRelatedContact(context)) return success;
    const attributes = context.resolve(context.action.parameters.Attributes);
    if (!isRecord(attributes)) return success;
    for (const [name, value] of Object.entries(attributes)) {
      context.write(['Attributes', name], textOf(value));
    }
    return success;
  },
};

export const updateFlowAttributes: ActionHandler = {
  reads: [],
  summary:
    'Sets each flow attribute ($.FlowAttributes) of the flow running now; a module and a transferred-to flow start without them.',
  shape: { success: 'next' },
  run(context) {
    const attributes = context.action.parameters.FlowAttributes;
    if (!isRecord(attributes)) return success;
    for (const [name, entry] of Object.entries(attributes)) {
      const value = isRecord(entry) ? entry.Value : entry;
      context.write(['FlowAttributes', name], context.text(value));
    }
    return success;
  },
};

const contactFields = ['Name', 'Description', 'LanguageCode', 'CustomerId'] as const;

export const updateContactData: ActionHandler = {
  reads: [],
  summary:
    'Sets $.Name, $.Description, $.LanguageCode, $.CustomerId and $.References.<name>.Value from the values given; Voice ID and assistant settings are noted.',
  shape: { success: 'next' },
  run(context) {
    if (targetsRelatedContact(context)) return success;
    const parameters = context.action.parameters;
    for (const field of contactFields) {
      if (parameters[field] !== undefined) context.write([field], context.text(parameters[field]));
    }
    if (isRecord(parameters.References)) {
      for (const [name, value] of Object.entries(parameters.References)) {
        context.write(['References', name, 'Value'], context.text(value));
      }
    }
    const settings = Object.keys(parameters).filter(
      (key) =>
        key !== 'TargetContact' &&
        key !== 'References' &&
        !(contactFields as readonly string[]).includes(key),
    );
    if (settings.length > 0) context.note(`settings: ${settings.join(', ')}`);
    return success;
  },
};
