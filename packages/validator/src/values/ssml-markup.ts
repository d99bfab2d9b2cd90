/**
 * A small well-formedness check for SSML prompts. SSML is XML, but prompts are short, use a dozen
 * tags, and Amazon Polly takes `amazon:` tags without a namespace declaration, which a
 * namespace-aware XML parser would refuse. So this reads exactly what a prompt needs: elements,
 * attributes, character and entity references, comments, CDATA and an XML declaration.
 */

/** What the markup of an SSML value is like. */
export type SsmlShape =
  /** Well-formed, with one `<speak>` element around everything. */
  | { readonly kind: 'speak' }
  /** Well-formed as a fragment, but not wrapped in `<speak>`. */
  | { readonly kind: 'unwrapped' }
  /** Not well-formed: what is wrong and where (0-based offset in the value). */
  | { readonly kind: 'malformed'; readonly problem: string; readonly offset: number };

/** One start tag of an SSML value. */
export interface SsmlElement {
  readonly name: string;
  /** Attribute values as written, character references left undecoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** 0-based offset of its `<` in the value. */
  readonly offset: number;
}

/** The text an SSML value gives to speech: markup removed, references decoded. */
export interface SsmlText {
  readonly shape: SsmlShape;
  /** The characters between the tags, which Amazon Polly bills. */
  readonly spoken: string;
  /** Its elements in document order; empty when the value is not well-formed. */
  readonly elements: readonly SsmlElement[];
}

const nameStart = /[\p{L}_:]/u;
const nameChar = /[\p{L}\p{N}_:.\-\u00B7]/u;
const predefinedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

class Malformed extends Error {
  constructor(
    readonly problem: string,
    readonly offset: number,
  ) {
    super(problem);
  }
}

/** Reads one SSML value. Never throws. */
export function readSsml(value: string): SsmlText {
  const reader = new Reader(value);
  try {
    reader.read();
  } catch (error) {
    // Only Malformed is thrown on purpose; anything else would be a slip of this reader, and a
    // rule must not fail on it, so the value is taken as readable.
    if (!(error instanceof Malformed)) {
      return { shape: { kind: 'speak' }, spoken: value, elements: [] };
    }
    return {
      shape: { kind: 'malformed', problem: error.problem, offset: error.offset },
      spoken: value.replace(/<[^<>]*>/g, ''),
      elements: [],
    };
  }
  return { shape: reader.shape(), spoken: reader.spoken.join(''), elements: reader.elements };
}

class Reader {
  private at = 0;
  private readonly open: { name: string; offset: number }[] = [];
  /** Elements at the top level, and whether text stands beside them there. */
  private readonly roots: string[] = [];
  private textAtTop = false;
  readonly spoken: string[] = [];
  readonly elements: SsmlElement[] = [];
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  /**
   * Where `character` next occurs from `from` on (-1 for nowhere). Searches only move forward, so
   * each answer is kept until passed; a long value is then scanned once, not once per tag.
   */
  private next(character: string, from: number): number {
    const known = this.found.get(character);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = this.text.indexOf(character, from);
    this.found.set(character, at);
    return at;
  }

  shape(): SsmlShape {
    if (this.roots.length === 1 && this.roots[0] === 'speak' && !this.textAtTop) {
      return { kind: 'speak' };
    }
    if (this.roots.includes('speak')) {
      return this.roots.length > 1
        ? { kind: 'malformed', problem: 'more than one element stands at the top level', offset: 0 }
        : { kind: 'malformed', problem: 'text stands outside the <speak> element', offset: 0 };
    }
    return { kind: 'unwrapped' };
  }

  read(): void {
    const { text } = this;
    while (this.at < text.length) {
      const lt = this.next('<', this.at);
      const end = lt === -1 ? text.length : lt;
      this.characters(this.at, end);
      this.at = end;
      if (lt === -1) break;
      this.markup();
    }
    const unclosed = this.open.at(-1);
    if (unclosed !== undefined) {
      throw new Malformed(`<${unclosed.name}> is never closed`, unclosed.offset);
    }
  }

  private characters(start: number, end: number): void {
    let from = start;
    for (let amp = this.next('&', start); amp !== -1 && amp < end;) {
      this.addText(this.text.slice(from, amp));
      const { decoded, length } = this.reference(amp);
      this.addText(decoded);
      from = amp + length;
      amp = this.next('&', from);
    }
    this.addText(this.text.slice(from, end));
  }

  private addText(chunk: string): void {
    if (chunk === '') return;
    if (this.open.length === 0) {
      if (chunk.trim() !== '') this.textAtTop = true;
    } else {
      this.spoken.push(chunk);
    }
  }

  /** `&amp;`, `&#38;`, `&#x26;` at `amp`: the character and how long the reference is. */
  private reference(amp: number): { decoded: string; length: number } {
    const match = /^&(?:([A-Za-z][A-Za-z0-9]*)|#([0-9]+)|#x([0-9A-Fa-f]+));/.exec(
      this.text.slice(amp, amp + 12),
    );
    if (match === null) {
      throw new Malformed('an "&" starts no character reference (write &amp;)', amp);
    }
    const length = match[0].length;
    if (match[1] !== undefined) {
      const decoded = predefinedEntities[match[1]];
      if (decoded === undefined) {
        throw new Malformed(`&${match[1]}; is not one of XML's five named characters`, amp);
      }
      return { decoded, length };
    }
    const code = Number.parseInt(match[2] ?? match[3]!, match[2] === undefined ? 16 : 10);
    if (!isXmlChar(code)) throw new Malformed(`${match[0]} is not a character XML allows`, amp);
    return { decoded: String.fromCodePoint(code), length };
  }

  private markup(): void {
    const { text } = this;
    const start = this.at;
    if (text.startsWith('<!--', start)) {
      this.skipPast('-->', 'a comment is never closed');
    } else if (text.startsWith('<![CDATA[', start)) {
      const close = text.indexOf(']]>', start);
      if (close === -1) throw new Malformed('a CDATA section is never closed', start);
      this.addText(text.slice(start + 9, close));
      this.at = close + 3;
    } else if (text.startsWith('<?', start)) {
      this.skipPast('?>', 'a processing instruction is never closed');
    } else if (text.startsWith('<!', start)) {
      throw new Malformed('declarations such as <!DOCTYPE> have no place in a prompt', start);
    } else if (text.startsWith('</', start)) {
      this.endTag();
    } else {
      this.startTag();
    }
  }

  private skipPast(close: string, problem: string): void {
    const end = this.text.indexOf(close, this.at);
    if (end === -1) throw new Malformed(problem, this.at);
    this.at = end + close.length;
  }

  private name(): string {
    const { text } = this;
    const start = this.at;
    if (!nameStart.test(text.charAt(this.at))) return '';
    this.at++;
    while (this.at < text.length && nameChar.test(text.charAt(this.at))) this.at++;
    return text.slice(start, this.at);
  }

  private spaces(): boolean {
    const start = this.at;
    while (/\s/.test(this.text.charAt(this.at))) this.at++;
    return this.at > start;
  }

  private startTag(): void {
    const start = this.at;
    this.at++;
    const name = this.name();
    if (name === '') {
      throw new Malformed('a "<" starts no tag (write &lt; for the character)', start);
    }
    // No prototype: an attribute named __proto__ must be stored like any other.
    const attributes = Object.create(null) as Record<string, string>;
    for (;;) {
      const spaced = this.spaces();
      const next = this.text.charAt(this.at);
      if (next === '>' || this.text.startsWith('/>', this.at)) break;
      if (next === '') throw new Malformed(`the <${name}> tag is never closed with ">"`, start);
      const attribute = spaced ? this.name() : '';
      if (attribute === '') {
        throw new Malformed(`the <${name}> tag has a stray "${next}"`, this.at);
      }
      if (Object.hasOwn(attributes, attribute)) {
        throw new Malformed(`<${name}> sets ${attribute} twice`, start);
      }
      this.spaces();
      if (this.text.charAt(this.at) !== '=') {
        throw new Malformed(`${attribute} in <${name}> has no ="value"`, this.at);
      }
      this.at++;
      this.spaces();
      attributes[attribute] = this.attributeValue(name, attribute);
    }
    this.elements.push({ name, attributes, offset: start });
    const selfClosing = this.text.charAt(this.at) === '/';
    this.at += selfClosing ? 2 : 1;
    if (name === 'speak' && this.open.length > 0) {
      throw new Malformed('<speak> stands inside another element; it must wrap everything', start);
    }
    if (this.open.length === 0) this.roots.push(name);
    if (!selfClosing) this.open.push({ name, offset: start });
  }

  /** Reads a quoted attribute value and returns it without its quotes. */
  private attributeValue(element: string, attribute: string): string {
    const quote = this.text.charAt(this.at);
    if (quote !== '"' && quote !== "'") {
      throw new Malformed(`${attribute} in <${element}> needs quotes around its value`, this.at);
    }
    const close = this.next(quote, this.at + 1);
    if (close === -1) {
      throw new Malformed(`the value of ${attribute} in <${element}> is never closed`, this.at);
    }
    const lt = this.next('<', this.at + 1);
    if (lt !== -1 && lt < close) {
      throw new Malformed(`the value of ${attribute} in <${element}> holds a "<"`, lt);
    }
    for (let amp = this.next('&', this.at); amp !== -1 && amp < close;) {
      amp = this.next('&', amp + this.reference(amp).length);
    }
    const value = this.text.slice(this.at + 1, close);
    this.at = close + 1;
    return value;
  }

  private endTag(): void {
    const start = this.at;
    this.at += 2;
    const name = this.name();
    this.spaces();
    if (name === '' || this.text.charAt(this.at) !== '>') {
      throw new Malformed('a closing tag is not written </name>', start);
    }
    this.at++;
    const open = this.open.pop();
    if (open === undefined) throw new Malformed(`</${name}> closes nothing`, start);
    if (open.name !== name) {
      throw new Malformed(`</${name}> closes <${open.name}>`, start);
    }
  }
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
