import { describe, expect, it } from "vitest";
import { childElements, namespaceOf, parseXml, textOf, XmlError } from "./xml.ts";

describe("the test XML parser", () => {
  it("reads the declaration, elements, attributes, text, comments, CDATA and entities", () => {
    const doc = parseXml(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- före -->\n<a xmlns="urn:a" xmlns:b='urn:b' x="1 &amp; 2" y="&#229;&#xE4;">\n` +
        `  <b:c z="tab\there"/>text &lt;ok&gt; <![CDATA[<raw & stuff>]]><?pi data?><!-- in --></a>\n<!-- efter -->\n`,
    );
    expect(doc.declaration).toEqual(new Map([["version", "1.0"], ["encoding", "UTF-8"]]));
    expect(doc.prolog.map((n) => n.kind)).toEqual(["comment", "comment"]);
    expect(doc.root.name).toBe("a");
    expect(doc.root.attributes.get("x")).toBe("1 & 2");
    expect(doc.root.attributes.get("y")).toBe("åä");
    expect(namespaceOf(doc.root)).toBe("urn:a");
    const [c] = childElements(doc.root);
    expect(c!.localName).toBe("c");
    expect(c!.prefix).toBe("b");
    expect(namespaceOf(c!)).toBe("urn:b");
    expect(c!.attributes.get("z")).toBe("tab here");
    expect(textOf(doc.root)).toBe("\n  text <ok> <raw & stuff>");
    expect(doc.root.children.map((n) => n.kind)).toEqual(["text", "element", "text", "cdata", "pi", "comment"]);
  });

  it("accepts a document without a declaration", () => {
    expect(parseXml("<a/>").root.name).toBe("a");
  });

  it.each([
    ["a mismatched end tag", "<a><b></a></b>", /end tag <\/a> does not match <b>/],
    ["an unclosed element", "<a><b/>", /<a> from line 1 is not closed/],
    ["two root elements", "<a/><b/>", /only one root element/],
    ["no root element", "<!-- x -->", /no root element/],
    ["text before the root", "hej<a/>", /text is not allowed outside the root/],
    ["text after the root", "<a/>hej", /text is not allowed after the root/],
    ["a duplicate attribute", `<a x="1" x="2"/>`, /duplicate attribute x/],
    ["an unquoted attribute", "<a x=1/>", /needs a quoted value/],
    ["attributes without space", `<a x="1"y="2"/>`, /expected a space/],
    ["< in an attribute", `<a x="<"/>`, /"<" is not allowed/],
    ["a bare ampersand", "<a>fish & chips</a>", /"&" must start an entity reference/],
    ["an unknown entity", "<a>&nbsp;</a>", /unknown entity &nbsp;/],
    ["a bad character reference", "<a>&#0;</a>", /bad character reference/],
    ["-- in a comment", "<a><!-- a -- b --></a>", /"--" is not allowed/],
    ["]]> in text", "<a>]]></a>", /"]]>" is not allowed/],
    ["an unclosed CDATA section", "<a><![CDATA[x</a>", /CDATA section is not closed/],
    ["a declaration that is not first", ` <?xml version="1.0"?><a/>`, /only allowed at the very start/],
    ["a declaration without version", `<?xml encoding="UTF-8"?><a/>`, /must start with version/],
    ["a DOCTYPE", "<!DOCTYPE a><a/>", /DOCTYPE is not supported/],
    ["an undeclared element prefix", "<p:a/>", /prefix "p" of <p:a> is not declared/],
    ["an undeclared attribute prefix", `<a p:x="1"/>`, /prefix "p" of attribute p:x is not declared/],
    ["a control character", "<a>\u0001</a>", /U\+0001 is not allowed/],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseXml(text)).toThrow(XmlError);
    expect(() => parseXml(text)).toThrow(message);
  });

  it("reports the line of an error", () => {
    try {
      parseXml("<a>\n  <b>\n  </c>\n</a>");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlError);
      expect((error as XmlError).line).toBe(3);
    }
  });
});
