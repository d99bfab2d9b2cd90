// Characters XML 1.0 cannot hold at all (most control characters, unpaired surrogates and the two
// non-characters at the end of the basic plane); they become U+FFFD so that the page still parses.
const notXml =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text made safe for XML and HTML, in element content and in quoted attribute values alike; tabs
 * and line breaks are written as character references so that an attribute keeps them.
 */
export function escapeXml(text: string): string {
  return text.replace(notXml, '\ufffd').replace(/[&<>"'\t\n\r]/g, (char) => entities[char]!);
}
