import { showView as spec } from '../catalog/blocks/show-view.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { ReferenceInput, TextInput } from '../builder/inputs.js';
import type { ParameterTemplate, ParameterTemplateValue } from '../builder/parameter-template.js';
import { isDynamicValue } from '../values/dynamic-value.js';
import { isTextTemplate } from '../values/text-template.js';

/** An input of a view: text (dynamic values allowed), a number, a flag, or lists and objects of them. */
export type ViewInput =
  | TextInput
  | number
  | boolean
  | null
  | readonly ViewInput[]
  | { readonly [key: string]: ViewInput };

/** Options of {@link showView}. */
export interface ShowViewOptions {
  /** The view; an AWS managed view's ARN (`arn:aws:connect:<region>:aws:view/cards:1`) works too. */
  readonly view: ReferenceInput<'view'>;
  /** Version of a customer-managed view; AWS managed views carry it in the ARN. */
  readonly version?: number;
  /** Seconds to wait for the user before the Timeout branch. */
  readonly timeoutSeconds?: number;
  /** The view's inputs (`Heading`, `Next`, `AttributeBar`, ...), as its input schema names them. */
  readonly data?: { readonly [key: string]: ViewInput };
  /** Keep the user's response out of the chat transcript. */
  readonly hideResponseInTranscript?: boolean;
}

/**
 * Show view: shows a view (a step-by-step guide page) in the agent workspace and branches on the
 * action the user takes, `.when('Next', ...)`; submitted fields are read with `viewResult(name)`.
 *
 * @example
 * ```ts
 * import { disconnect, showView, view } from '@contactflow/dsl';
 * const done = disconnect();
 * const page = showView({ view: view('Confirm order'), data: { Heading: 'Confirm the order' } });
 * page.when('Next', done).when('Back', page).otherwise(done).onTimeout(done).onError(done);
 * ```
 */
export const showView = defineBlockBuilder(spec, (options: ShowViewOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {
    ViewResource: {
      Id: context.reference(options.view, 'view', 'view'),
      ...(options.version === undefined
        ? {}
        : { Version: context.integer(options.version, 'version') }),
    },
  };
  if (options.timeoutSeconds !== undefined) {
    parameters['InvocationTimeLimitSeconds'] = context.integer(
      options.timeoutSeconds,
      'timeoutSeconds',
    );
  }
  if (options.data !== undefined) {
    parameters['ViewData'] = encodeViewInput(options.data, 'data', context) as ParameterTemplate;
  }
  if (options.hideResponseInTranscript === true) {
    parameters['SensitiveDataConfiguration'] = { HideResponseOn: ['TRANSCRIPT'] };
  }
  return { parameters };
});

function encodeViewInput(
  value: ViewInput,
  name: string,
  context: BuildContext,
): ParameterTemplateValue {
  if (typeof value === 'string' || isDynamicValue(value) || isTextTemplate(value)) {
    return context.text(value, name);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) {
    return value.map((item: ViewInput, i) => encodeViewInput(item, `${name}[${i}]`, context));
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, encodeViewInput(v, `${name}.${k}`, context)]),
    );
  }
  return context.text(value, name);
}
