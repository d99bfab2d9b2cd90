/**
 * Compiles contactflow builder flows to Amazon Connect Flow-language JSON.
 *
 * @packageDocumentation
 */
export * from './compile.js';
export * from './compile-diagnostic.js';
export * from './parse-environment.js';
export { printJson } from './print-json.js';
export { identifierProblem } from './assign-identifiers.js';
export { referencePlaceholder, type UnresolvedReferences } from './resolve-parameters.js';
export type { FlowCondition, FlowTransitions } from './encode-transitions.js';
export { diffFlows } from './diff/diff-flows.js';
export { formatFlowDiff, type FormatFlowDiffOptions } from './diff/format-flow-diff.js';
export type {
  ActionChange,
  ActionDiff,
  ActionPart,
  ChangeKind,
  FlowDiff,
  ValueChange,
} from './diff/flow-diff.js';
export { buildDiagram } from './diagram/build-diagram.js';
export type {
  DiagramDetail,
  DiagramEdge,
  DiagramEdgeKind,
  DiagramNode,
  DiagramNodeKind,
  FlowDiagram,
} from './diagram/build-diagram.js';
export { renderMermaid } from './diagram/render-mermaid.js';
export { renderDot } from './diagram/render-dot.js';
export { renderSvg } from './diagram/render-svg.js';
export { renderHtml, type HtmlDiagramOptions } from './diagram/render-html.js';
export {
  diagramFormats,
  isDiagramFormat,
  renderDiagram,
  type DiagramFormat,
} from './diagram/render-diagram.js';
export { importFlow, type ImportOptions, type ImportResult } from './import/import-flow.js';
export { ImportError } from './import/import-error.js';
export type { ImportNote } from './import/import-note.js';
export {
  parseDeployEnvironment,
  type DeployEnvironment,
  type DeployTarget,
  type DeployValue,
  type ParsedDeployEnvironment,
} from './deploy/deploy-environment.js';
export type {
  DeployableFlow,
  DeployDiagnostic,
  DeployFile,
  DeployOutput,
} from './deploy/deployable-flow.js';
export {
  terraformConfiguration,
  terraformFlowTypes,
  terraformInstanceVariable,
} from './deploy/terraform-configuration.js';
export {
  cloudFormationInstanceParameter,
  cloudFormationQuotas,
  cloudFormationTemplate,
  cloudFormationTemplateFile,
} from './deploy/cloudformation-template.js';
