/**
 * Renders a Terraform string template as Terraform reads one: `$${` and `%%{` are the literal
 * text `${` and `%{`, and `${...}` is an interpolation, rendered by `interpolate`. A directive
 * (`%{...}`) is an error: flow content never needs one.
 */
export function renderTerraformTemplate(
  template: string,
  interpolate: (expression: string) => string,
): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    if (template.startsWith('$${', at) || template.startsWith('%%{', at)) {
      out += template.slice(at + 1, at + 3);
      at += 3;
    } else if (template.startsWith('${', at)) {
      const end = template.indexOf('}', at);
      if (end < 0) throw new Error(`unclosed interpolation at ${at}`);
      out += interpolate(template.slice(at + 2, end));
      at = end + 1;
    } else if (template.startsWith('%{', at)) {
      throw new Error(`template directive at ${at}: ${template.slice(at, at + 20)}`);
    } else {
      out += template[at];
      at += 1;
    }
  }
  return out;
}
