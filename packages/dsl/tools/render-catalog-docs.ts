import type {
  BlockSpec,
  CatalogAction,
  ChannelMatrix,
  Decision,
  FlowType,
  JsonSchema,
} from '../src/catalog/index.js';
import { channels, flowTypes } from '../src/catalog/index.js';

const flowTypeAbbreviations: Readonly<Record<FlowType, string>> = {
  CONTACT_FLOW: 'IN',
  CUSTOMER_QUEUE: 'CQ',
  CUSTOMER_HOLD: 'CH',
  CUSTOMER_WHISPER: 'CW',
  AGENT_HOLD: 'AH',
  AGENT_WHISPER: 'AW',
  OUTBOUND_WHISPER: 'OW',
  AGENT_TRANSFER: 'TA',
  QUEUE_TRANSFER: 'TQ',
  CAMPAIGN: 'CMP',
  FLOW_MODULE: 'MOD',
};

const supportMarks = { yes: 'yes', no: 'no', conditional: 'cond.', unknown: '?' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function flowTypeList(types: readonly FlowType[]): string {
  if (flowTypes.every((type) => types.includes(type))) return 'all';
  return flowTypes
    .filter((type) => types.includes(type))
    .map((t) => flowTypeAbbreviations[t])
    .join(' ');
}

function channelList(matrix: ChannelMatrix): string {
  return channels.map((c) => `${c[0]}:${supportMarks[matrix[c].support]}`).join(' ');
}

function transitionsSummary(action: CatalogAction): {
  next: string;
  errors: string;
  conditions: string;
} {
  const { nextAction, errors, conditions } = action.transitions;
  return {
    next: nextAction,
    errors:
      errors
        .map((e) =>
          e.connect === 'required'
            ? `**${e.type}**`
            : e.connect === 'conditional'
              ? `${e.type}¹`
              : e.type,
        )
        .join(', ') || '—',
    conditions: conditions ? conditions.operators.join(', ') : '—',
  };
}

function parameterRows(schema: JsonSchema, prefix = ''): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const type = Array.isArray(property.type)
      ? property.type.join(' or ')
      : (property.type ?? 'any');
    const values = property.enum ? property.enum.map((v) => `\`${String(v)}\``).join(', ') : '';
    const range =
      property.minimum !== undefined || property.maximum !== undefined
        ? `${property.minimum ?? ''}..${property.maximum ?? ''}`
        : '';
    const row = `| \`${path}\` | ${type} | ${required.has(name) ? 'yes' : ''} | ${property['x-value-class'] ?? ''} | ${property['x-resource'] ?? ''} | ${cell([values, range].filter(Boolean).join(' '))} | ${cell(property.description ?? '')} |`;
    const nested =
      property.type === 'object' && property.properties ? parameterRows(property, `${path}.`) : [];
    return [row, ...nested];
  });
}

/** Renders `docs/catalog.md`: every action and block, from the catalog. */
export function renderCatalogDocs(
  actions: readonly CatalogAction[],
  blocks: readonly BlockSpec[],
): string {
  const lines: string[] = [
    '# Catalog reference',
    '',
    '<!-- Generated from packages/dsl/src/catalog by `pnpm generate`; do not edit. -->',
    '',
    `${actions.length} Flow-language action types and ${blocks.length} console blocks, as \`@contactflow/dsl/catalog\` exports them.`,
    'Why an entry says what it says where the sources disagree: [catalog-decisions.md](catalog-decisions.md).',
    '',
    'Flow types: ' +
      flowTypes.map((type) => `${flowTypeAbbreviations[type]} = \`${type}\``).join(', ') +
      '. Channels: V voice, C chat, T task, E email; `cond.` = in some configurations, `?` = not documented.',
    '',
    '## Actions',
    '',
    'Error types in **bold** must be connected; ¹ = exists only in some modes.',
    '',
    '| Type | Category | Status | Blocks | NextAction | Error types | Conditions | Channels | Flow types |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const action of actions) {
    const t = transitionsSummary(action);
    lines.push(
      `| [\`${action.type}\`](#${action.type.toLowerCase()}) | ${action.category} | ${action.status} | ${action.blocks.join(', ') || '—'} | ${t.next} | ${t.errors} | ${t.conditions} | ${channelList(action.channels)} | ${flowTypeList(action.flowTypes)} |`,
    );
  }
  lines.push(
    '',
    '## Blocks',
    '',
    '| Id | Console name | Builder | Compiles to | Branches | Channels | Flow types |',
    '|---|---|---|---|---|---|---|',
  );
  for (const block of blocks) {
    const compilesTo = block.variants.map((v) => `\`${v.actionType}\` (${v.mode})`).join(', ');
    const branches =
      block.branches.map((b) => `${b.name} \`.${b.method}\``).join(', ') || 'none (ends the flow)';
    lines.push(
      `| \`${block.id}\` | ${cell(block.name)} | \`${block.builder}\` | ${compilesTo} | ${cell(branches)} | ${channelList(block.channels)} | ${flowTypeList(block.flowTypes)} |`,
    );
  }
  lines.push('', '## Action parameters', '');
  for (const action of actions) {
    lines.push(`### ${action.type}`, '', cell(action.summary), '');
    const rows = parameterRows(action.parameters);
    if (rows.length === 0) lines.push('No parameters.', '');
    else
      lines.push(
        '| Parameter | Type | Required | Value | Resource | Allowed | Description |',
        '|---|---|---|---|---|---|---|',
        ...rows,
        '',
      );
    if (action.parameters.additionalProperties !== false)
      lines.push('Other parameters are accepted: the reference does not document this type.', '');
  }
  return `${lines.join('\n')}\n`;
}

function decisionItems(decisions: readonly Decision[] | undefined): string[] {
  return (decisions ?? []).map((d) => `- **${d.decision}** ${d.reason}`);
}

/** Renders `docs/catalog-decisions.md`: every decision in the catalog, where it applies. */
export function renderDecisionsDoc(
  global: readonly Decision[],
  actions: readonly CatalogAction[],
  blocks: readonly BlockSpec[],
): string {
  const lines: string[] = [
    '# Catalog decisions',
    '',
    '<!-- Generated from packages/dsl/src/catalog by `pnpm generate`; do not edit. -->',
    '',
    'Where the Flow-language reference, the administrator guide and real exported flows disagree or say nothing,',
    'the catalog decides. Each decision lives next to the entry it concerns; this page collects them.',
    '',
    '## Whole catalog',
    '',
    ...decisionItems(global),
    '',
    '## Actions',
    '',
  ];
  for (const action of actions) {
    if (!action.decisions?.length) continue;
    lines.push(`### ${action.type}`, '', ...decisionItems(action.decisions), '');
  }
  lines.push('## Blocks', '');
  for (const block of blocks) {
    if (!block.decisions?.length) continue;
    lines.push(`### ${block.name} (\`${block.id}\`)`, '', ...decisionItems(block.decisions), '');
  }
  return `${lines.join('\n')}\n`;
}
