import {
  defaultPlaceholderSyntaxes,
  designerFlowTypeTokens,
  flowTypes,
  type FlowType,
  type PlaceholderSyntax,
} from '@contactflow/dsl';
import { parseFlowText } from '@contactflow/validator';
import { PublishInputError } from './publish-input-error.js';
import type { PublishUnit } from './publish-unit.js';
import { refuseUnrenderedPlaceholders } from './template-placeholders.js';

/** Options of {@link unitFromDocument}: what the document itself does not say. */
export interface UnitFromDocumentOptions {
  /** Named in messages. */
  readonly file?: string | undefined;
  /** The flow's name on the instance; else the wrapper's `Name` or `Metadata.name`. */
  readonly name?: string | undefined;
  /**
   * The flow type; else the wrapper's, or `Metadata.type`; else a module when there are `settings`
   * or a Return (`EndFlowModuleExecution`) action; else an inbound flow (`CONTACT_FLOW`).
   */
  readonly flowType?: FlowType | undefined;
  /** A module's settings as JSON text (what `build` writes to `<name>.settings.json`). */
  readonly settings?: string | undefined;
  /** Else the wrapper's `Description` or `Metadata.description`. */
  readonly description?: string | undefined;
  /**
   * The template placeholder syntaxes a document must not hold: every preset when left out, none
   * with `[]`. The project's own `{{kind:name}}` references are resolved, never refused.
   */
  readonly placeholders?: readonly PlaceholderSyntax[] | undefined;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function typeToken(value: unknown): FlowType | undefined {
  if (typeof value !== 'string') return undefined;
  if (Object.hasOwn(designerFlowTypeTokens, value)) return designerFlowTypeTokens[value];
  return (flowTypes as readonly string[]).includes(value) ? (value as FlowType) : undefined;
}

/**
 * A unit from Flow-language JSON text: a document (a console export, `build` output, a pulled
 * flow), or the `DescribeContactFlow` / `DescribeContactFlowModule` output around one. Its
 * `{{kind:name}}` placeholders are resolved at publish time; literal ARNs are sent as they are.
 * Problems the service reports are placed at the line of the text, for a bare document.
 *
 * Throws a `PublishInputError` (one line naming the file) when the text is not JSON, holds no flow
 * document, gives no name, or is a template whose placeholders (`${support_queue_arn}`, see
 * `placeholders`) were not rendered.
 *
 * @example
 * ```ts
 * import { unitFromDocument } from '@contactflow/publish';
 * const unit = unitFromDocument(
 *   '{"Version":"2019-10-30","StartAction":"bye","Metadata":{"name":"Goodbye","type":"contactFlow"},' +
 *     '"Actions":[{"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}',
 *   { file: 'flows/goodbye.json' },
 * );
 * unit.flowType; // 'CONTACT_FLOW'
 * ```
 */
export function unitFromDocument(
  source: string,
  options: UnitFromDocumentOptions = {},
): PublishUnit {
  const label = options.file ?? 'the document';
  const withoutBom = source.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(withoutBom);
  } catch (error) {
    throw new PublishInputError(`${label}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new PublishInputError(`${label}: not a Flow-language document`);

  let content = withoutBom;
  let document: JsonObject = value;
  let holder: JsonObject | undefined;
  let module = false;
  for (const kind of ['ContactFlow', 'ContactFlowModule'] as const) {
    const inner = value[kind];
    if (!isObject(inner)) continue;
    holder = inner;
    module = kind === 'ContactFlowModule';
    const raw = inner['Content'];
    content = typeof raw === 'string' ? raw : JSON.stringify(raw ?? null);
    try {
      const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
      document = isObject(parsed) ? parsed : {};
    } catch (error) {
      throw new PublishInputError(
        `${label}: ${kind}.Content is not valid JSON (${(error as Error).message})`,
      );
    }
  }
  if (!Array.isArray(document['Actions'])) {
    throw new PublishInputError(
      `${label}: not a Flow-language document (it has no "Actions" list)`,
    );
  }
  let parsed: ReturnType<typeof parseFlowText> | undefined;
  // Only a bare document's lines are the lines of the file.
  const locate =
    holder === undefined
      ? (pointer: string) => (parsed ??= parseFlowText(content)).locate(pointer)
      : undefined;
  refuseUnrenderedPlaceholders(
    document,
    options.placeholders ?? defaultPlaceholderSyntaxes,
    label,
    locate && ((placeholder) => locate(placeholder.pointer)),
  );
  const metadata = isObject(document['Metadata']) ? document['Metadata'] : {};

  const name = options.name ?? text(holder?.['Name']) ?? text(metadata['name']);
  if (name === undefined) {
    throw new PublishInputError(
      `${label}: the document does not name its flow (Metadata.name); give the name to publish it under`,
    );
  }
  const settings =
    options.settings ?? (typeof holder?.['Settings'] === 'string' ? holder['Settings'] : undefined);
  const hasReturn = (document['Actions'] as unknown[]).some(
    (action) => isObject(action) && action['Type'] === 'EndFlowModuleExecution',
  );
  const flowType =
    options.flowType ??
    (module ? 'FLOW_MODULE' : undefined) ??
    typeToken(holder?.['Type']) ??
    typeToken(metadata['type']) ??
    (settings !== undefined || hasReturn ? 'FLOW_MODULE' : 'CONTACT_FLOW');
  const description =
    options.description ?? text(holder?.['Description']) ?? text(metadata['description']);

  return {
    name,
    flowType,
    content,
    ...(settings !== undefined && { settings }),
    ...(description !== undefined && { description }),
    ...(options.file !== undefined && { file: options.file }),
    ...(locate !== undefined && {
      locate: (_actionId: string | undefined, pointer: string) => locate(pointer),
    }),
  };
}
