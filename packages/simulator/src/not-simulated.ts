/**
 * The action types of the catalog the simulator does not run, each with the reason. Running one
 * stops the run with a `not-simulated` error naming the type.
 *
 * @example
 * ```ts
 * import { notSimulated } from '@contactflow/simulator';
 * Object.keys(notSimulated).includes('EvaluateDataTableValues'); // true
 * ```
 */
export const notSimulated: Readonly<Record<string, string>> = Object.freeze({
  ConnectParticipantWithAgenticCX:
    'Seen only in console exports: what the application says, when it hands the contact back and which exit conditions it returns are not documented, so no scenario could say what it does.',
  EvaluateDataTableValues:
    'Seen only in console exports: how its queries select rows and where the values it reads are written are not documented.',
  RenderMessageTemplate:
    'Seen only in console exports: where the rendered message goes and how a template fails are not documented.',
});
