/**
 * What `build` writes: a flow whose references are resolved, a template for a deploy tool to
 * render, or a deploy tool's own configuration (a Terraform configuration, a CloudFormation
 * template) with the flows as resources.
 */
export type BuildTarget = 'flow' | 'template' | 'terraform' | 'cloudformation';

/** Every target of `build`, the default first. */
export const buildTargets: readonly BuildTarget[] = [
  'flow',
  'template',
  'terraform',
  'cloudformation',
];
