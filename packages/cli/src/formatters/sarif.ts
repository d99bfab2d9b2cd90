import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '@contactflow/validator';
import type { Diagnostic, Severity } from '@contactflow/validator';
import { packageVersion } from '../version.js';
import type { FileResult } from './file-result.js';
import { forwardSlashes } from './paths.js';

const docsBase = 'https://github.com/contactflow/contactflow/blob/main/docs/rules/';

type Level = 'error' | 'warning' | 'note';

const levels: Readonly<Record<Severity, Level>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The codes the validator reports besides its rules' ids: they have no page of their own. */
const checks: Readonly<Record<string, { readonly description: string; readonly level: Level }>> = {
  'flow-type-unknown': {
    description: 'The flow type is not known, so the rules that need it did not run.',
    level: 'note',
  },
  'parse-error': { description: 'The file is not valid JSON, or is empty.', level: 'error' },
  'internal-error': {
    description: 'A check failed unexpectedly on the document.',
    level: 'error',
  },
};

interface ReportingDescriptor {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription?: { readonly text: string };
  readonly helpUri: string;
  readonly defaultConfiguration?: { readonly level: Level };
}

function descriptorFor(code: string): ReportingDescriptor {
  const rule = rules.find((r) => r.meta.id === code);
  if (rule) {
    return {
      id: code,
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: rule.meta.rationale },
      helpUri: `${docsBase}${code}.md`,
      defaultConfiguration: { level: levels[rule.meta.severity] },
    };
  }
  const check = checks[code];
  return {
    id: code,
    shortDescription: { text: check?.description ?? code },
    helpUri: `${docsBase}README.md`,
    ...(check && { defaultConfiguration: { level: check.level } }),
  };
}

/** A relative path as a relative URI reference; a path outside the working directory as a file URI. */
function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return forwardSlashes(file).split('/').map(encodeURIComponent).join('/');
}

function region(d: Diagnostic): { startLine: number; startColumn?: number } | undefined {
  if (d.line === undefined) return undefined;
  return d.column === undefined
    ? { startLine: d.line }
    : { startLine: d.line, startColumn: d.column };
}

function result(file: string, d: Diagnostic, ruleIndex: number) {
  const where = region(d);
  return {
    ruleId: d.code,
    ruleIndex,
    level: levels[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file) },
          ...(where && { region: where }),
        },
        ...(d.actionId !== undefined && {
          logicalLocations: [{ name: d.actionId, kind: 'object' }],
        }),
      },
    ],
    properties: {
      pointer: d.pointer,
      ...(d.actionId !== undefined && { actionId: d.actionId }),
      ...(d.hint !== undefined && { hint: d.hint }),
    },
  };
}

/**
 * SARIF 2.1.0 output for code-scanning services: one run, the rules that were reported (with a
 * link to their documentation), and one result per diagnostic. File locations are relative URIs
 * with `/` separators, lines and columns 1-based; each result's `properties` carry the JSON
 * pointer and the action identifier.
 */
export function formatSarif(results: readonly FileResult[]): string {
  const codes = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const index = new Map(codes.map((code, i) => [code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'contactflow',
            version: packageVersion(),
            informationUri: 'https://github.com/contactflow/contactflow',
            rules: codes.map(descriptorFor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => result(file, d, index.get(d.code) ?? 0)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
