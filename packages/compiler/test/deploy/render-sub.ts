/**
 * Renders the text of an `Fn::Sub` as CloudFormation does: `${!` is the literal text `${`, and
 * `${Name}` or `${Resource.Attribute}` is replaced by what `substitute` makes of the name.
 */
export function renderSub(text: string, substitute: (name: string) => string): string {
  return text.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) =>
    bang === '!' ? `\${${name}}` : substitute(name),
  );
}
