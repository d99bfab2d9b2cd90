// A small well-formedness check for the XML the diagram renderers write (elements, quoted
// attributes, text, entity and character references), so that the tests need no XML parser.
const tokens =
  /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<[^>]*>?)/gy;
const reference = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): string | undefined {
  if (notXml.test(text) || loneSurrogate.test(text)) return 'a character XML cannot hold';
  if (text.replace(reference, '').includes('&')) return 'a bare "&"';
  if (text.includes('>')) return 'a bare ">"';
  return undefined;
}

/** What would stop an XML parser in `text`; empty when it is well formed. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  tokens.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(text)) !== null) {
    const [whole, closing, name, attributes, selfClosing, content, broken] = match;
    const at = `at ${match.index}`;
    if (broken !== undefined) {
      problems.push(`${at}: not a tag: ${whole.slice(0, 60)}`);
    } else if (content !== undefined) {
      const problem = textProblem(content);
      if (problem)
        problems.push(`${at}: ${problem} in text ${JSON.stringify(content.slice(0, 60))}`);
    } else if (closing === '/') {
      const expected = open.pop();
      if (expected !== name) problems.push(`${at}: </${name}> closes <${expected}>`);
    } else {
      for (const [, value] of (attributes ?? '').matchAll(/="([^"]*)"/g)) {
        const problem = textProblem(value!.replace(/>/g, ''));
        if (problem) problems.push(`${at}: ${problem} in an attribute of <${name}>`);
      }
      if (selfClosing !== '/') open.push(name!);
    }
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(' > ')}`);
  return problems;
}
