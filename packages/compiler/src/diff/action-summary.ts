import { isJsonObject } from './diff-values.js';

const summaryLength = 40;

/**
 * A few words saying what an action does, for people reading a diff of flows whose identifiers are
 * generated (console exports use UUIDs): the text it speaks, the value it checks, or the Lambda
 * function it calls.
 */
export function actionSummary(action: unknown): string | undefined {
  const parameters = isJsonObject(action) ? action.Parameters : undefined;
  if (!isJsonObject(parameters)) return undefined;
  const { Text, SSML, ComparisonValue, LambdaFunctionARN } = parameters;
  let summary: string | undefined;
  if (typeof Text === 'string') summary = Text;
  else if (typeof SSML === 'string') summary = SSML.replace(/<[^>]*>/g, ' ');
  else if (typeof ComparisonValue === 'string') summary = ComparisonValue;
  // The function name is the part of the ARN people recognise.
  else if (typeof LambdaFunctionARN === 'string') {
    summary = /:function:([^:]+)/.exec(LambdaFunctionARN)?.[1] ?? LambdaFunctionARN;
  }
  summary = summary?.replace(/\s+/g, ' ').trim();
  if (summary === undefined || summary === '') return undefined;
  return summary.length > summaryLength ? `${summary.slice(0, summaryLength - 1)}…` : summary;
}
