// Offline checks of manifest.xml against the add-in manifest schema (v1.1, TaskPaneApp,
// VersionOverrides 1.0): element order as in the XSD sequences, resource references, icons,
// URLs, the requirement set and the strings. `npm run validate` is the online check.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REQUIRED_EXCEL_API } from "../../src/excel/requirements.ts";
import {
  DEV_BASE_URL,
  DEV_ORIGIN,
  manifestExcelApiVersions,
  manifestLocalPaths,
  normalizePublicUrl,
  publicUrlFromEnv,
  readRequiredExcelApi,
  rewriteManifestUrls,
} from "../../scripts/addin-manifest.js";
import { readPngHeader } from "../../scripts/png.ts";
import { child, childElements, descendants, namespaceOf, parseXml, pathOf, textOf, type XmlElement } from "./xml.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = parseXml(manifestText);
const app = doc.root;

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

// ---- schema sequences (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
// OfficeAppBasicTypesV1_0.xsd): children must appear in this order; min/max occurrences.
type Particle = [name: string, min: number, max: number];
const MANY = Infinity;
const SEQUENCES: Record<string, Particle[]> = {
  // OfficeApp's own sequence, then TaskPaneApp's extension of it.
  OfficeApp: [
    ["Id", 1, 1], ["AlternateId", 0, 1], ["Version", 1, 1], ["ProviderName", 1, 1], ["DefaultLocale", 1, 1],
    ["DisplayName", 1, 1], ["Description", 1, 1], ["IconUrl", 0, 1], ["HighResolutionIconUrl", 0, 1],
    ["SupportUrl", 0, 1], ["AppDomains", 0, 1], ["Hosts", 0, 1],
    ["Requirements", 0, 1], ["DefaultSettings", 1, 1], ["Permissions", 1, 1], ["Dictionary", 0, 1],
    ["VersionOverrides", 0, 1],
  ],
  "OfficeApp/DisplayName": [["Override", 0, MANY]],
  "OfficeApp/Description": [["Override", 0, MANY]],
  "OfficeApp/AppDomains": [["AppDomain", 1, MANY]],
  "OfficeApp/Hosts": [["Host", 1, MANY]],
  "OfficeApp/Requirements": [["Sets", 0, 1], ["Methods", 0, 1]],
  "OfficeApp/Requirements/Sets": [["Set", 1, MANY]],
  "OfficeApp/DefaultSettings": [["SourceLocation", 1, 1]],
  "OfficeApp/VersionOverrides": [
    ["Description", 0, 1], ["Requirements", 0, 1], ["Hosts", 0, 1], ["Resources", 0, 1],
    ["WebApplicationInfo", 0, 1], ["EquivalentAddins", 0, 1],
  ],
  "OfficeApp/VersionOverrides/Hosts": [["Host", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host": [["DesktopFormFactor", 0, 1]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor": [["GetStarted", 0, 1], ["FunctionFile", 0, 1], ["ExtensionPoint", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/GetStarted": [["Title", 1, 1], ["Description", 1, 1], ["LearnMoreUrl", 1, 1]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint": [["OfficeTab", 0, MANY], ["CustomTab", 0, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab": [["Group", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group": [["Label", 1, 1], ["Icon", 1, 1], ["Control", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon": [["Image", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control": [
    ["Label", 1, 1], ["Supertip", 1, 1], ["Icon", 1, 1], ["Action", 1, 1],
  ],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Supertip": [["Title", 1, 1], ["Description", 1, 1]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Icon": [["Image", 1, MANY]],
  "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Control/Action": [
    ["TaskpaneId", 0, 1], ["SourceLocation", 1, 1], ["Title", 0, 1],
  ],
  "OfficeApp/VersionOverrides/Resources": [["Images", 0, 1], ["Urls", 0, 1], ["ShortStrings", 0, 1], ["LongStrings", 0, 1]],
  "OfficeApp/VersionOverrides/Resources/Images": [["Image", 1, MANY]],
  "OfficeApp/VersionOverrides/Resources/Urls": [["Url", 1, MANY]],
  "OfficeApp/VersionOverrides/Resources/ShortStrings": [["String", 1, MANY]],
  "OfficeApp/VersionOverrides/Resources/LongStrings": [["String", 1, MANY]],
  "OfficeApp/VersionOverrides/Resources/ShortStrings/String": [["Override", 0, MANY]],
  "OfficeApp/VersionOverrides/Resources/LongStrings/String": [["Override", 0, MANY]],
};
/** Elements that must be empty (attributes only, or text only). */
const LEAVES = new Set(["Id", "Version", "ProviderName", "DefaultLocale", "Permissions", "AppDomain", "Host", "Set", "Override", "SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Image", "Url", "Label", "Title", "Description", "LearnMoreUrl", "TaskpaneId"]);

/** Problems with the order and number of an element's children against a schema sequence. */
function sequenceProblems(names: string[], sequence: Particle[]): string[] {
  const problems: string[] = [];
  let at = 0;
  for (const [name, min, max] of sequence) {
    let count = 0;
    while (names[at] === name) {
      count++;
      at++;
    }
    if (count < min) problems.push(`<${name}> is missing (or out of order)`);
    if (count > max) problems.push(`<${name}> occurs ${count} times, at most ${max} allowed`);
  }
  if (at < names.length) problems.push(`<${names[at]}> is not allowed here (wrong element, or out of order)`);
  return problems;
}

// ---- resources
const versionOverrides = child(app, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
const resourceById = new Map<string, { kind: ResourceKind; element: XmlElement }>();
for (const kind of RESOURCE_KINDS) {
  for (const list of childElements(resources, kind)) {
    for (const element of childElements(list)) resourceById.set(element.attributes.get("id")!, { kind, element });
  }
}

/** Which kind of resource an element's resid must name (by the schema type of the element). */
function expectedKind(element: XmlElement): ResourceKind {
  if (element.localName === "Image") return "Images";
  if (["SourceLocation", "LearnMoreUrl", "FunctionFile"].includes(element.localName)) return "Urls";
  if (["Label", "Title"].includes(element.localName)) return "ShortStrings";
  if (element.localName === "Description") return "LongStrings";
  throw new Error(`no resource kind known for <${element.name}> at ${pathOf(element)}`);
}

function resolve(element: XmlElement, kind: ResourceKind): XmlElement {
  const id = element.attributes.get("resid");
  const found = id === undefined ? undefined : resourceById.get(id);
  if (found === undefined || found.kind !== kind) throw new Error(`resid ${id} at ${pathOf(element)} is not a defined ${kind} resource`);
  return found.element;
}

const usesOfResid = descendants(app).filter((e) => e.attributes.has("resid"));

/** The URL attributes and texts of the manifest, with where they are. */
function urlsIn(root: XmlElement): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const element of descendants(root)) {
    for (const [name, value] of element.attributes) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue; // namespace names, not addresses
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^urn:/i.test(value)) out.push({ where: `${pathOf(element)}@${name}`, url: value });
    }
    const text = textOf(element).trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) out.push({ where: pathOf(element), url: text });
  }
  return out;
}

describe("manifest.xml", () => {
  it("is well-formed XML 1.0 in UTF-8", () => {
    expect(doc.declaration?.get("version")).toBe("1.0");
    expect(doc.declaration?.get("encoding")).toBe("UTF-8");
  });

  it("is an OfficeApp of type TaskPaneApp with the schema namespaces", () => {
    expect(app.name).toBe("OfficeApp");
    expect(namespaceOf(app)).toBe(NS.officeApp);
    expect(app.attributes.get("xmlns:xsi")).toBe(NS.xsi);
    expect(app.attributes.get("xmlns:bt")).toBe(NS.basicTypes);
    expect(app.attributes.get("xsi:type")).toBe("TaskPaneApp");
    expect(namespaceOf(versionOverrides)).toBe(NS.taskpaneOverrides);
    expect(versionOverrides.attributes.get("xsi:type")).toBe("VersionOverridesV1_0");
    for (const element of descendants(app)) {
      if (element.prefix === "bt") expect(namespaceOf(element), pathOf(element)).toBe(NS.basicTypes);
      else if (element !== app && !pathOf(element).startsWith("OfficeApp/VersionOverrides")) expect(namespaceOf(element), pathOf(element)).toBe(NS.officeApp);
      else if (element !== app) expect(namespaceOf(element), pathOf(element)).toBe(NS.taskpaneOverrides);
    }
  });

  it("has OfficeApp's children in the schema's order", () => {
    expect(childElements(app).map((e) => e.localName)).toEqual([
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ]);
  });

  it("follows the schema's sequences everywhere", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const element of descendants(app)) {
      const path = pathOf(element);
      const names = childElements(element).map((e) => e.localName);
      const sequence = SEQUENCES[path];
      if (sequence !== undefined) {
        checked++;
        for (const problem of sequenceProblems(names, sequence)) problems.push(`${path} (line ${element.line}): ${problem}`);
      } else if (LEAVES.has(element.localName)) {
        if (names.length > 0) problems.push(`${path} (line ${element.line}) must not have child elements`);
      } else {
        problems.push(`${path} (line ${element.line}): no schema sequence known to check it against`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it("has a GUID Id, a four-part Version, a provider and sv-SE as the default locale", () => {
    expect(textOf(child(app, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(textOf(child(app, "Version"))).toBe("1.0.0.0");
    expect(textOf(child(app, "ProviderName"))).toBe("Samfinansiering");
    expect(textOf(child(app, "DefaultLocale"))).toBe("sv-SE");
  });

  it("is named and described in Swedish, with English (en-US) overrides", () => {
    const displayName = child(app, "DisplayName");
    const description = child(app, "Description");
    expect(displayName.attributes.get("DefaultValue")).toBe("Samfinansiering");
    expect(description.attributes.get("DefaultValue")).toMatch(/kostnaden .* region och kommuner/);
    expect(description.attributes.get("DefaultValue")).toMatch(/[åäö]/);
    for (const [element, max] of [[displayName, 125], [description, 250]] as const) {
      expect(element.attributes.get("DefaultValue")!.length).toBeLessThanOrEqual(max);
      const overrides = childElements(element, "Override");
      expect(overrides.map((o) => o.attributes.get("Locale"))).toEqual(["en-US"]);
      expect(overrides[0]!.attributes.get("Value")!.length).toBeLessThanOrEqual(max);
      expect(overrides[0]!.attributes.get("Value")).not.toMatch(/[åäö]/);
    }
  });

  it("runs in Excel (Workbook) and asks for ReadWriteDocument", () => {
    expect(childElements(child(app, "Hosts")).map((h) => h.attributes.get("Name"))).toEqual(["Workbook"]);
    expect(textOf(child(app, "Permissions"))).toBe("ReadWriteDocument");
    const hosts = childElements(child(versionOverrides, "Hosts"));
    expect(hosts.map((h) => h.attributes.get("xsi:type"))).toEqual(["Workbook"]);
  });

  it("requires ExcelApi REQUIRED_EXCEL_API from src/excel/requirements.ts", () => {
    const sets = child(child(app, "Requirements"), "Sets");
    expect(sets.attributes.get("DefaultMinVersion")).toBe("1.1");
    expect(childElements(sets).map((s) => [s.attributes.get("Name"), s.attributes.get("MinVersion")])).toEqual([["ExcelApi", REQUIRED_EXCEL_API]]);
    // What the build reads: the same version, from the same file.
    expect(manifestExcelApiVersions(manifestText)).toEqual([REQUIRED_EXCEL_API]);
    expect(readRequiredExcelApi(readFileSync(join(root, "src/excel/requirements.ts"), "utf8"))).toBe(REQUIRED_EXCEL_API);
    expect(REQUIRED_EXCEL_API).toMatch(/^1\.\d+$/);
  });

  it("opens the task pane page, also from the button", () => {
    const source = child(child(app, "DefaultSettings"), "SourceLocation");
    expect(source.attributes.get("DefaultValue")).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("has a button 'Fördela kostnader' in a group 'Samfinansiering' on the Home tab that shows the task pane", () => {
    const [host] = childElements(child(versionOverrides, "Hosts"));
    const surface = childElements(child(host!, "DesktopFormFactor"), "ExtensionPoint").find((e) => e.attributes.get("xsi:type") === "PrimaryCommandSurface");
    expect(surface).toBeDefined();
    const tab = childElements(surface!, "OfficeTab").find((t) => t.attributes.get("id") === "TabHome");
    expect(tab).toBeDefined();
    const [group] = childElements(tab!, "Group");
    expect(resolve(child(group!, "Label"), "ShortStrings").attributes.get("DefaultValue")).toBe("Samfinansiering");
    const buttons = childElements(group!, "Control").filter((c) => c.attributes.get("xsi:type") === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(resolve(child(button, "Label"), "ShortStrings").attributes.get("DefaultValue")).toBe("Fördela kostnader");
    const action = child(button, "Action");
    expect(action.attributes.get("xsi:type")).toBe("ShowTaskpane");
    expect(resolve(child(action, "SourceLocation"), "Urls").attributes.get("DefaultValue")).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("has a Get Started block", () => {
    const [host] = childElements(child(versionOverrides, "Hosts"));
    const getStarted = child(child(host!, "DesktopFormFactor"), "GetStarted");
    expect(resolve(child(getStarted, "Title"), "ShortStrings").attributes.get("DefaultValue")).toMatch(/Samfinansiering/);
    expect(resolve(child(getStarted, "Description"), "LongStrings").attributes.get("DefaultValue")).toMatch(/Fördela kostnader/);
    expect(resolve(child(getStarted, "LearnMoreUrl"), "Urls").attributes.get("DefaultValue")).toMatch(/^https:\/\//);
  });

  it("defines every resid it uses, with the right kind of resource, and uses every resource", () => {
    expect(usesOfResid.length).toBeGreaterThan(10);
    for (const use of usesOfResid) expect(() => resolve(use, expectedKind(use))).not.toThrow();
    const used = new Set(usesOfResid.map((e) => e.attributes.get("resid")));
    expect([...resourceById.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("has unique resource ids (at most 32 characters) and unique control and group ids", () => {
    const ids = RESOURCE_KINDS.flatMap((kind) => childElements(resources, kind).flatMap((list) => childElements(list).map((e) => e.attributes.get("id")!)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length, id).toBeLessThanOrEqual(32);
    const controlIds = descendants(versionOverrides).filter((e) => ["Group", "Control"].includes(e.localName)).map((e) => e.attributes.get("id")!);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    for (const id of controlIds) expect(id.length).toBeLessThanOrEqual(125);
  });

  it("gives every string an en-US override within the schema's lengths", () => {
    for (const [kind, max] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
      const strings = childElements(child(resources, kind), "String");
      expect(strings.length).toBeGreaterThan(0);
      for (const string of strings) {
        const id = string.attributes.get("id");
        expect(string.attributes.get("DefaultValue")!.length, id).toBeGreaterThan(0);
        expect(string.attributes.get("DefaultValue")!.length, id).toBeLessThanOrEqual(max);
        const overrides = childElements(string, "Override");
        expect(overrides.map((o) => o.attributes.get("Locale")), id).toEqual(["en-US"]);
        expect(overrides[0]!.attributes.get("Value")!.length, id).toBeLessThanOrEqual(max);
        expect(overrides[0]!.attributes.get("Value"), id).not.toMatch(/[åäöÅÄÖ]/);
      }
    }
  });

  it("uses https for every URL, all on the dev server", () => {
    const urls = urlsIn(app);
    expect(urls.length).toBeGreaterThan(8);
    for (const { where, url } of urls) {
      expect(url, where).toMatch(/^https:\/\//);
      expect(new URL(url).protocol, where).toBe("https:");
      expect(url === DEV_ORIGIN || url.startsWith(DEV_BASE_URL), `${where}: ${url}`).toBe(true);
    }
  });

  it("points at icons in assets/ that exist with the stated pixel sizes", () => {
    const icons: { where: string; url: string; size: number }[] = [
      { where: "IconUrl", url: child(app, "IconUrl").attributes.get("DefaultValue")!, size: 32 },
      { where: "HighResolutionIconUrl", url: child(app, "HighResolutionIconUrl").attributes.get("DefaultValue")!, size: 64 },
    ];
    for (const list of descendants(versionOverrides).filter((e) => e.localName === "Icon")) {
      const images = childElements(list, "Image");
      expect(images.map((i) => i.attributes.get("size")).sort(), pathOf(list)).toEqual(expect.arrayContaining(["16", "32", "80"]));
      for (const image of images) {
        icons.push({ where: `${pathOf(list)} size ${image.attributes.get("size")}`, url: resolve(image, "Images").attributes.get("DefaultValue")!, size: Number(image.attributes.get("size")) });
      }
    }
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const { where, url, size } of icons) {
      expect(url.startsWith(`${DEV_BASE_URL}assets/`), where).toBe(true);
      const file = join(root, url.slice(DEV_BASE_URL.length));
      expect(existsSync(file), `${where}: ${file}`).toBe(true);
      const header = readPngHeader(readFileSync(file));
      expect([header.width, header.height], where).toEqual([size, size]);
    }
  });

  it("points only at files the build produces or copies", () => {
    expect(manifestLocalPaths(manifestText)).toEqual(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "hjalp.html", "taskpane.html"]);
    expect(existsSync(join(root, "src/help/hjalp.html"))).toBe(true);
    expect(existsSync(join(root, "src/taskpane/taskpane.html"))).toBe(true);
  });
});

describe("the production URL (ADDIN_PUBLIC_URL)", () => {
  it.each([
    ["https://example.invalid/samfinansiering/", "https://example.invalid/samfinansiering/"],
    ["https://example.invalid/samfinansiering", "https://example.invalid/samfinansiering/"],
    ["https://example.invalid/samfinansiering///", "https://example.invalid/samfinansiering/"],
    ["https://example.invalid", "https://example.invalid/"],
    ["https://example.invalid/", "https://example.invalid/"],
    ["  https://Example.INVALID:443/a/b  ", "https://example.invalid/a/b/"],
    ["https://example.invalid:8443/x", "https://example.invalid:8443/x/"],
  ])("normalises %j to %j", (raw, expected) => {
    expect(normalizePublicUrl(raw)).toBe(expected);
  });

  it.each([
    ["", /empty/],
    ["example.invalid/x", /not a URL/],
    ["http://example.invalid/x/", /must use https/],
    ["ftp://example.invalid/x/", /must use https/],
    ["https://user:secret@example.invalid/x/", /user name or password/],
    ["https://example.invalid/x/?v=1", /without "\?" or "#"/],
    ["https://example.invalid/x/#top", /without "\?" or "#"/],
    ["https://localhost:3000/", /not localhost/],
    ["https://127.0.0.1/x/", /not 127\.0\.0\.1/],
  ])("rejects %j", (raw, message) => {
    expect(() => normalizePublicUrl(raw)).toThrow(message);
  });

  it("is required from the environment, with a message that says what to set", () => {
    expect(() => publicUrlFromEnv({})).toThrow(/ADDIN_PUBLIC_URL is not set.*\n.*ADDIN_PUBLIC_URL=https:\/\//);
    expect(() => publicUrlFromEnv({ ADDIN_PUBLIC_URL: "  " })).toThrow(/ADDIN_PUBLIC_URL is not set/);
    expect(() => publicUrlFromEnv({ ADDIN_PUBLIC_URL: "http://example.invalid/" })).toThrow(/ADDIN_PUBLIC_URL must use https/);
    expect(publicUrlFromEnv({ ADDIN_PUBLIC_URL: "https://example.invalid/x" })).toBe("https://example.invalid/x/");
  });
});

describe("rewriteManifestUrls", () => {
  const base = "https://example.invalid/samfinansiering/";

  it.each([base, "https://example.invalid/samfinansiering", "https://example.invalid/samfinansiering//"])(
    "moves every dev-server URL to the production address (given %j) and changes nothing else",
    (publicUrl) => {
      const rewritten = rewriteManifestUrls(manifestText, publicUrl);
      expect(rewritten).not.toMatch(/localhost/);
      expect(rewritten.split(base).length - 1).toBe(manifestText.split(DEV_BASE_URL).length - 1);
      expect(rewritten).not.toMatch(/samfinansiering\/\//);
      // Putting the dev addresses back gives the original byte for byte.
      expect(rewritten.split(base).join(DEV_BASE_URL).split("https://example.invalid").join(DEV_ORIGIN)).toBe(manifestText);

      const urls = urlsIn(parseXml(rewritten).root);
      expect(urls.length).toBe(urlsIn(app).length);
      for (const { where, url } of urls) {
        expect(url === "https://example.invalid" || url.startsWith(base), `${where}: ${url}`).toBe(true);
      }
      const rewrittenDoc = parseXml(rewritten).root;
      expect(child(child(rewrittenDoc, "DefaultSettings"), "SourceLocation").attributes.get("DefaultValue")).toBe(`${base}taskpane.html`);
      expect(textOf(child(child(rewrittenDoc, "AppDomains"), "AppDomain"))).toBe("https://example.invalid");
    },
  );

  it("works at the root of a host and keeps a port", () => {
    const rewritten = rewriteManifestUrls(manifestText, "https://addins.example.invalid:8443");
    expect(rewritten).toContain(`DefaultValue="https://addins.example.invalid:8443/taskpane.html"`);
    expect(rewritten).toContain(`<AppDomain>https://addins.example.invalid:8443</AppDomain>`);
  });

  it("escapes the address for XML", () => {
    const rewritten = rewriteManifestUrls(manifestText, "https://example.invalid/a&b/");
    expect(rewritten).toContain("https://example.invalid/a&amp;b/taskpane.html");
    expect(child(child(parseXml(rewritten).root, "DefaultSettings"), "SourceLocation").attributes.get("DefaultValue")).toBe("https://example.invalid/a&b/taskpane.html");
  });

  it("refuses an http address, and local addresses it cannot move", () => {
    expect(() => rewriteManifestUrls(manifestText, "http://example.invalid/")).toThrow(/https/);
    for (const local of ["http://localhost:3000/x.html", "https://localhost:3001/x.html", "https://localhost/x.html", "https://127.0.0.1:3000/x.html", "https://localhost:30001/x.html"]) {
      const text = manifestText.replace(`${DEV_BASE_URL}hjalp.html`, local);
      expect(() => rewriteManifestUrls(text, base), local).toThrow(/local address the build cannot rewrite/);
    }
  });

  it("leaves a text without dev-server URLs unchanged", () => {
    expect(rewriteManifestUrls("<a>https://other.invalid/x</a>", base)).toBe("<a>https://other.invalid/x</a>");
  });
});
