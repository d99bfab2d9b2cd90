import type { ActionContext } from '../action-handler.js';
import type { Prompt } from '../trace.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The prompt a message parameter set gives (Play prompt, Get customer input, Loop prompts): text,
 * SSML, a prompt of the instance, or an audio file, resolved; `undefined` when it has none.
 */
export function messageOf(
  parameters: Readonly<Record<string, unknown>>,
  context: ActionContext,
): Prompt | undefined {
  if (parameters.Text !== undefined) return { kind: 'text', text: context.text(parameters.Text) };
  if (parameters.SSML !== undefined) return { kind: 'ssml', text: context.text(parameters.SSML) };
  if (parameters.PromptId !== undefined) {
    return { kind: 'prompt', text: context.resourceName(parameters.PromptId) ?? '' };
  }
  if (isRecord(parameters.Media))
    return { kind: 'media', text: context.text(parameters.Media.Uri) };
  return undefined;
}

/** Whether a prompt can only be heard, not read: audio prompts and files. */
export function isAudio(prompt: Prompt | undefined): boolean {
  return prompt?.kind === 'prompt' || prompt?.kind === 'media';
}

/** Whether the contact reads rather than hears. */
export function isTextChannel(context: ActionContext): boolean {
  return context.channel === 'CHAT' || context.channel === 'EMAIL';
}
