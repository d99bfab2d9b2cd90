import hcl from '@cdktf/hcl2json';

/**
 * What Terraform's own parser (HashiCorp's HCL, compiled to WebAssembly) reads as references in a
 * string of a `.tf.json` file, which Terraform reads as a template: the text of each traversal, in
 * order (`var.sales_queue_arn`). A template that does not parse is an error.
 *
 * The parser takes the template as a quoted string of native syntax. Rather than escape it (the
 * parser's wrapper mangles backslashes), backslashes, quotes and line breaks become characters
 * that need none; they play no part in finding interpolations, which is why this only serves
 * templates whose expressions have no quotes of their own.
 */
export async function terraformTemplateReferences(template: string): Promise<string[]> {
  const plain = template
    .replace(/\\/g, '/')
    .replace(/"/g, "'")
    .replace(/[\n\r\t]/g, ' ');
  const references = await hcl.getReferencesInExpression('flow.tf', `"${plain}"`);
  return references.map((reference) => reference.value);
}
