import type { Diagnostic } from '@contactflow/validator';
import { isModuleUnit, type PublishUnit } from './publish-unit.js';

/**
 * The JSON pointer of a `Path:` in a problem message of the service (`Path:
 * Actions[3].Parameters.QueueId` gives `/Actions/3/Parameters/QueueId`); `undefined` when the
 * message names no path.
 *
 * @example
 * ```ts
 * import { problemPointer } from '@contactflow/publish';
 * problemPointer('Invalid Action property value. Path: Actions[3].Parameters.QueueId'); // '/Actions/3/Parameters/QueueId'
 * ```
 */
export function problemPointer(message: string): string | undefined {
  const path = /\bPath:\s*([^\s,]+)/.exec(message)?.[1];
  if (path === undefined) return undefined;
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[1] ?? m[2]!);
  return segments.length === 0
    ? undefined
    : segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function actionIdAt(content: string, pointer: string): string | undefined {
  const index = /^\/Actions\/(\d+)(?:\/|$)/.exec(pointer)?.[1];
  if (index === undefined) return undefined;
  try {
    const actions = (JSON.parse(content) as { Actions?: unknown }).Actions;
    const action = Array.isArray(actions) ? (actions[Number(index)] as unknown) : undefined;
    const id = (action as { Identifier?: unknown } | undefined)?.Identifier;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns the problems of an `InvalidContactFlowException` or `InvalidContactFlowModuleException`
 * into diagnostics about the unit: each names, from its `Path: Actions[N]...`, the action's
 * identifier in the content that was sent and the pointer into it, and where the unit can say, the
 * line of its source. The code is `invalid-contact-flow` or `invalid-contact-flow-module`.
 *
 * @example
 * ```ts
 * import { diagnosticsFromProblems } from '@contactflow/publish';
 * const content = '{"Actions":[{"Identifier":"menu","Type":"GetParticipantInput"}]}';
 * const [first] = diagnosticsFromProblems(
 *   ['Action is missing required property. Path: Actions[0].Parameters.Text'],
 *   { name: 'Main IVR', flowType: 'CONTACT_FLOW', content, file: 'flows/main.json' },
 *   content,
 * );
 * first?.actionId; // 'menu'
 * ```
 */
export function diagnosticsFromProblems(
  problems: readonly string[],
  unit: PublishUnit,
  sentContent: string,
): Diagnostic[] {
  const code = isModuleUnit(unit) ? 'invalid-contact-flow-module' : 'invalid-contact-flow';
  return problems.map((message) => {
    const pointer = problemPointer(message) ?? '';
    const actionId = actionIdAt(sentContent, pointer);
    const position = unit.locate?.(actionId, pointer);
    return {
      code,
      severity: 'error',
      message: `Amazon Connect refused the ${isModuleUnit(unit) ? 'module' : 'flow'}: ${message}`,
      pointer,
      ...(actionId !== undefined && { actionId }),
      ...position,
    };
  });
}
