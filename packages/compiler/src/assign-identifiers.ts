import { createHash } from 'node:crypto';
import {
  forbiddenIdentifierCharacters,
  maxIdentifierLength,
  reservedIdentifiers,
  type FlowNode,
} from '@contactflow/dsl';
import { canonicalParameters } from './canonical-parameters.js';
import type { CompileDiagnostic } from './compile-diagnostic.js';

const forbiddenCharacters = new RegExp(
  `[${forbiddenIdentifierCharacters.replace(/[\\\]\[^-]/g, '\\$&')}]`,
);

/**
 * Gives every node an identifier: the one it was `named`, else its block id and a hash of its block,
 * mode and parameters. A content hash does not depend on where the node sits in the graph, so
 * inserting a block changes no other identifier. Identical blocks get `-2`, `-3` in traversal order.
 */
export function assignIdentifiers(
  nodes: readonly FlowNode[],
  diagnostics: CompileDiagnostic[],
): Map<FlowNode, string> {
  const identifiers = new Map<FlowNode, string>();
  const taken = new Map<string, FlowNode>();
  for (const node of nodes) {
    if (node.identifier === undefined) continue;
    const problem = identifierProblem(node.identifier);
    if (problem !== undefined) {
      diagnostics.push({
        code: 'illegal-identifier',
        severity: 'error',
        message: `"${node.identifier}" is not a legal action identifier: ${problem}.`,
        actionId: node.identifier,
        ...(node.location && { location: node.location }),
      });
    }
    if (taken.has(node.identifier)) {
      diagnostics.push({
        code: 'duplicate-identifier',
        severity: 'error',
        message: `Two blocks are named "${node.identifier}".`,
        actionId: node.identifier,
        ...(node.location && { location: node.location }),
      });
    }
    taken.set(node.identifier, node);
    identifiers.set(node, node.identifier);
  }
  for (const node of nodes) {
    if (identifiers.has(node)) continue;
    const base = `${prefixOf(node)}-${contentHash(node)}`;
    let identifier = base;
    for (let n = 2; taken.has(identifier); n++) identifier = `${base}-${n}`;
    taken.set(identifier, node);
    identifiers.set(node, identifier);
  }
  return identifiers;
}

/** Why an identifier is illegal in the Flow language, if it is. */
export function identifierProblem(identifier: string): string | undefined {
  if (identifier.length === 0) return 'it is empty';
  if (identifier.length > maxIdentifierLength) {
    return `it has ${identifier.length} characters, more than ${maxIdentifierLength}`;
  }
  const forbidden = forbiddenCharacters.exec(identifier);
  if (forbidden !== null) return `it contains "${forbidden[0]}"`;
  if ((reservedIdentifiers as readonly string[]).includes(identifier))
    return 'it is a reserved word';
  return undefined;
}

function prefixOf(node: FlowNode): string {
  const name = node.blockId ?? node.actionType.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return name.slice(0, maxIdentifierLength - 12);
}

function contentHash(node: FlowNode): string {
  const content = JSON.stringify([
    node.blockId ?? null,
    node.mode ?? null,
    node.actionType,
    canonicalParameters(node.parameters),
  ]);
  return createHash('sha256').update(content).digest('hex').slice(0, 8);
}
