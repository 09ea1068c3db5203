// A small, dependency-free XML parser for the manifest tests: elements, attributes, text, comments,
// CDATA, processing instructions and the XML declaration, with the well-formedness rules that
// matter for a hand-written manifest (matching end tags, one root, unique attributes, known
// entities, no "--" in comments, declared namespace prefixes). No DTDs: a DOCTYPE is rejected.

export interface XmlElement {
  kind: "element";
  /** The qualified name as written, e.g. "bt:Image". */
  name: string;
  prefix: string | null;
  localName: string;
  /** Attribute values with entities decoded, in document order. */
  attributes: Map<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
  line: number;
}

export type XmlNode =
  | XmlElement
  | { kind: "text"; text: string }
  | { kind: "cdata"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; target: string; data: string };

export interface XmlDocument {
  /** The pseudo-attributes of <?xml …?>, or null when there is none. */
  declaration: Map<string, string> | null;
  root: XmlElement;
  /** Comments and processing instructions outside the root element. */
  prolog: XmlNode[];
}

export class XmlError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`${message} (line ${line}, column ${column})`);
  }
}

export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

const NAME_START = "A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, "y");
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// Characters XML 1.0 allows (tab, LF, CR and everything from space up, less surrogates and FFFE/FFFF).
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  private fail(message: string, at: number = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    throw new XmlError(message, line, column);
  }

  private lineAt(at: number): number {
    let line = 1;
    for (let i = 0; i < at; i++) if (this.src.charCodeAt(i) === 10) line++;
    return line;
  }

  private startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  private expect(text: string): void {
    if (!this.startsWith(text)) this.fail(`expected "${text}"`);
    this.pos += text.length;
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && " \t\r\n".includes(this.src[this.pos]!)) this.pos++;
    return this.pos > start;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (match === null) this.fail("expected a name");
    this.pos += match[0].length;
    return match[0];
  }

  private decode(raw: string, at: number): string {
    return raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(";")) this.fail(`"&" must start an entity reference such as &amp;`, at + offset);
      if (ref.startsWith("#")) {
        const code = /^#x[0-9A-Fa-f]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
        if (!Number.isFinite(code) || code > 0x10ffff || INVALID_CHAR.test(String.fromCodePoint(code))) {
          this.fail(`bad character reference &${ref};`, at + offset);
        }
        return String.fromCodePoint(code);
      }
      const value = ENTITIES[ref];
      if (value === undefined) this.fail(`unknown entity &${ref};`, at + offset);
      return value;
    });
  }

  private comment(): XmlNode {
    this.expect("<!--");
    const end = this.src.indexOf("-->", this.pos);
    if (end < 0) this.fail("comment is not closed");
    const text = this.src.slice(this.pos, end);
    if (text.includes("--") || text.endsWith("-")) this.fail(`"--" is not allowed inside a comment`);
    this.pos = end + 3;
    return { kind: "comment", text };
  }

  private pi(): XmlNode {
    this.expect("<?");
    const target = this.name();
    if (target.toLowerCase() === "xml") this.fail("the XML declaration is only allowed at the very start");
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("processing instruction is not closed");
    const data = this.src.slice(this.pos, end);
    if (data !== "" && !/^\s/.test(data)) this.fail("expected a space after the processing instruction's target");
    this.pos = end + 2;
    return { kind: "pi", target, data: data.trim() };
  }

  private declaration(): Map<string, string> {
    this.expect("<?xml");
    const attributes = new Map<string, string>();
    while (true) {
      const spaced = this.skipSpace();
      if (this.startsWith("?>")) break;
      if (!spaced) this.fail("expected a space between pseudo-attributes");
      const at = this.pos;
      const name = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail("expected a quoted value");
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail("value is not closed");
      attributes.set(name, this.src.slice(this.pos + 1, end));
      this.pos = end + 1;
      if (!["version", "encoding", "standalone"].includes(name)) this.fail(`unknown pseudo-attribute "${name}" in the XML declaration`, at);
    }
    this.expect("?>");
    const order = [...attributes.keys()];
    if (order[0] !== "version") this.fail("the XML declaration must start with version");
    if (!/^1\.[0-9]+$/.test(attributes.get("version")!)) this.fail(`unsupported XML version ${attributes.get("version")}`);
    if (order.join(",") !== ["version", "encoding", "standalone"].filter((n) => attributes.has(n)).join(",")) {
      this.fail("XML declaration pseudo-attributes are out of order");
    }
    return attributes;
  }

  private misc(into: XmlNode[]): void {
    while (true) {
      this.skipSpace();
      if (this.startsWith("<!--")) into.push(this.comment());
      else if (this.startsWith("<?")) into.push(this.pi());
      else if (this.startsWith("<!DOCTYPE")) this.fail("DOCTYPE is not supported");
      else return;
    }
  }

  private element(parent: XmlElement | null): XmlElement {
    const start = this.pos;
    this.expect("<");
    const name = this.name();
    const colon = name.indexOf(":");
    if (name.indexOf(":", colon + 1) >= 0 || colon === 0 || colon === name.length - 1) this.fail(`bad qualified name "${name}"`, start + 1);
    const element: XmlElement = {
      kind: "element",
      name,
      prefix: colon > 0 ? name.slice(0, colon) : null,
      localName: colon > 0 ? name.slice(colon + 1) : name,
      attributes: new Map(),
      children: [],
      parent,
      line: this.lineAt(start),
    };
    while (true) {
      const spaced = this.skipSpace();
      if (this.startsWith("/>") || this.startsWith(">")) break;
      if (!spaced) this.fail("expected a space before the attribute");
      const at = this.pos;
      const attribute = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${attribute} needs a quoted value`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail(`value of ${attribute} is not closed`);
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes("<")) this.fail(`"<" is not allowed in the value of ${attribute}`, this.pos + 1 + raw.indexOf("<"));
      if (element.attributes.has(attribute)) this.fail(`duplicate attribute ${attribute}`, at);
      // Attribute-value normalisation: literal tabs and line breaks become spaces.
      element.attributes.set(attribute, this.decode(raw.replace(/\r\n|[\t\n\r]/g, " "), this.pos + 1));
      this.pos = end + 1;
    }
    if (this.startsWith("/>")) {
      this.pos += 2;
      return element;
    }
    this.expect(">");
    this.content(element);
    const closeAt = this.pos;
    this.expect("</");
    const closing = this.name();
    if (closing !== name) this.fail(`end tag </${closing}> does not match <${name}> from line ${element.line}`, closeAt);
    this.skipSpace();
    this.expect(">");
    return element;
  }

  private content(element: XmlElement): void {
    while (true) {
      if (this.pos >= this.src.length) this.fail(`<${element.name}> from line ${element.line} is not closed`);
      if (this.startsWith("</")) return;
      if (this.startsWith("<!--")) element.children.push(this.comment());
      else if (this.startsWith("<![CDATA[")) {
        this.pos += 9;
        const end = this.src.indexOf("]]>", this.pos);
        if (end < 0) this.fail("CDATA section is not closed");
        element.children.push({ kind: "cdata", text: this.src.slice(this.pos, end) });
        this.pos = end + 3;
      } else if (this.startsWith("<?")) element.children.push(this.pi());
      else if (this.startsWith("<!")) this.fail("unexpected markup declaration");
      else if (this.startsWith("<")) element.children.push(this.element(element));
      else {
        const at = this.pos;
        const next = this.src.indexOf("<", this.pos);
        const end = next < 0 ? this.src.length : next;
        const raw = this.src.slice(this.pos, end);
        if (raw.includes("]]>")) this.fail(`"]]>" is not allowed in text`, at + raw.indexOf("]]>"));
        this.pos = end;
        element.children.push({ kind: "text", text: this.decode(raw, at) });
      }
    }
  }

  parse(): XmlDocument {
    const bad = INVALID_CHAR.exec(this.src);
    if (bad !== null) this.fail(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`, bad.index);
    if (this.src.startsWith("\uFEFF")) this.pos = 1;
    const declaration = this.src.startsWith("<?xml", this.pos) && /^<\?xml[\s?]/.test(this.src.slice(this.pos, this.pos + 6)) ? this.declaration() : null;
    const prolog: XmlNode[] = [];
    this.misc(prolog);
    if (!this.startsWith("<") || this.startsWith("</")) this.fail(this.pos >= this.src.length ? "no root element" : "text is not allowed outside the root element");
    const root = this.element(null);
    this.misc(prolog);
    if (this.pos < this.src.length) this.fail(this.startsWith("<") ? "only one root element is allowed" : "text is not allowed after the root element");
    checkNamespaces(root, (message, line) => {
      throw new XmlError(message, line, 1);
    });
    return { declaration, root, prolog };
  }
}

function checkNamespaces(element: XmlElement, fail: (message: string, line: number) => never): void {
  for (const name of element.attributes.keys()) {
    const colon = name.indexOf(":");
    if (colon > 0 && name.slice(0, colon) !== "xmlns" && namespaceFor(element, name.slice(0, colon)) === null) {
      fail(`namespace prefix "${name.slice(0, colon)}" of attribute ${name} is not declared`, element.line);
    }
  }
  if (element.prefix !== null && namespaceFor(element, element.prefix) === null) {
    fail(`namespace prefix "${element.prefix}" of <${element.name}> is not declared`, element.line);
  }
  for (const child of element.children) if (child.kind === "element") checkNamespaces(child, fail);
}

/** The namespace URI bound to a prefix (null for the default namespace) at an element, or null. */
export function namespaceFor(element: XmlElement, prefix: string | null): string | null {
  if (prefix === "xml") return XML_NAMESPACE;
  if (prefix === "xmlns") return XMLNS_NAMESPACE;
  const attribute = prefix === null ? "xmlns" : `xmlns:${prefix}`;
  for (let at: XmlElement | null = element; at !== null; at = at.parent) {
    const uri = at.attributes.get(attribute);
    if (uri !== undefined) return uri === "" ? null : uri;
  }
  return null;
}

/** The namespace URI of an element's name. */
export function namespaceOf(element: XmlElement): string | null {
  return namespaceFor(element, element.prefix);
}

export function parseXml(text: string): XmlDocument {
  return new Parser(text).parse();
}

/** Child elements, optionally only those with a local name. */
export function childElements(element: XmlElement, localName?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.kind === "element" && (localName === undefined || c.localName === localName));
}

/** The one child element with a local name; throws when there is none or more than one. */
export function child(element: XmlElement, localName: string): XmlElement {
  const found = childElements(element, localName);
  if (found.length !== 1) throw new Error(`<${element.name}> (line ${element.line}) has ${found.length} <${localName}> children, expected 1`);
  return found[0]!;
}

/** Every element below (and including) an element, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [element];
  for (const c of childElements(element)) out.push(...descendants(c));
  return out;
}

/** The concatenated text and CDATA content of an element (not of its descendants). */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (c.kind === "text" || c.kind === "cdata" ? c.text : "")).join("");
}

/** The local names from the root down to an element, joined by "/". */
export function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let at: XmlElement | null = element; at !== null; at = at.parent) names.unshift(at.localName);
  return names.join("/");
}
