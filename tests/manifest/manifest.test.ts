/**
 * Offline check of manifest.xml (online validation, `npm run validate`, needs Microsoft's
 * service and cannot run in CI): well-formed, required elements in the schema's order, HTTPS
 * everywhere, icons that exist and are PNGs of the stated size, a proper GUID and version,
 * every resource reference resolved, strings within Office's limits and translated.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { SaxesParser } from "saxes";

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  const roots: XmlElement[] = [];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = value;
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "" };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else roots.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  const root = roots[0];
  if (root === undefined) throw new Error("no root element");
  return root;
}

function all(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (predicate(e)) found.push(e);
    e.children.forEach(walk);
  };
  walk(element);
  return found;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`${element.name} has no ${name}`);
  return found;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const DEV_ORIGIN = "https://localhost:3000";
/** Where the dev server serves each file the manifest names from (webpack.config.js). */
function sourceOf(url: string): string {
  const file = url.slice(DEV_ORIGIN.length + 1);
  if (file.startsWith("assets/")) return file;
  const bySource: Record<string, string> = {
    "taskpane.html": "src/taskpane/taskpane.html",
    "commands.html": "src/commands/commands.html",
    "support.html": "src/taskpane/support.html",
  };
  return bySource[file] ?? `(unknown) ${file}`;
}

const manifest = parseXml(MANIFEST);

describe("manifest.xml", () => {
  it("is a task pane add-in manifest for Excel workbooks", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(child(manifest, "Hosts"), "Host").attributes.Name).toBe("Workbook");
    expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
  });

  it("has the required elements in the order of the schema", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ];
    const required = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "DefaultSettings",
      "Permissions",
    ];
    const names = manifest.children.map((c) => c.name);
    for (const name of names) expect(order).toContain(name);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const name of required) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a proper, project-own GUID and a four-part version matching package.json", () => {
    const id = child(manifest, "Id").text.trim();
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    // Not the Yeoman template's id nor an empty one: two add-ins with one id overwrite each other.
    expect(id.toLowerCase()).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
    expect(id).not.toMatch(/^[0-]+$/);
    const version = child(manifest, "Version").text.trim();
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    for (const part of version.split(".")) expect(Number(part)).toBeLessThanOrEqual(65535);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(version.startsWith(`${pkg.version}.`)).toBe(true);
  });

  it("defaults to Vietnamese with English overrides, and asks for ExcelApi 1.8", () => {
    expect(child(manifest, "DefaultLocale").text.trim()).toBe("vi-VN");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(manifest, name);
      expect(element.attributes.DefaultValue).toMatch(/[ổđờảạ]/u);
      expect(child(element, "Override").attributes.Locale).toBe("en-US");
    }
    const sets = all(manifest, (e) => e.name === "Set");
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([
      ["ExcelApi", "1.8"],
    ]);
  });

  it("uses HTTPS for every address", () => {
    const urls = all(manifest, () => true).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([key]) => key === "DefaultValue" || key === "Value")
        .map(([, value]) => value)
        .filter((value) => /^[a-z]+:\/\//i.test(value)),
      ...(e.name === "AppDomain" ? [e.text.trim()] : []),
    ]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("names only files the build serves", () => {
    const urls = all(manifest, (e) => typeof e.attributes.DefaultValue === "string")
      .map((e) => e.attributes.DefaultValue ?? "")
      .filter((v) => v.startsWith(DEV_ORIGIN));
    for (const url of urls) expect(fs.existsSync(path.join(ROOT, sourceOf(url)))).toBe(true);
  });

  it("points at icons that exist and are PNGs of the stated size, 16 to 128", () => {
    const images = all(manifest, (e) => e.name === "bt:Image" && e.attributes.id !== undefined);
    const declared: [string, number][] = images.map((img) => {
      const size = /(\d+)x\1$/.exec(img.attributes.id ?? "");
      return [img.attributes.DefaultValue ?? "", Number(size?.[1])];
    });
    declared.push([child(manifest, "IconUrl").attributes.DefaultValue ?? "", 32]);
    declared.push([child(manifest, "HighResolutionIconUrl").attributes.DefaultValue ?? "", 64]);
    for (const [url, size] of declared) {
      const file = path.join(ROOT, sourceOf(url));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("resolves every resource reference and keeps strings within Office's limits, translated", () => {
    const resources = all(manifest, (e) => e.name === "Resources")[0];
    expect(resources).toBeDefined();
    const defined = new Map<string, XmlElement>();
    for (const e of all(resources!, (x) => x.attributes.id !== undefined)) {
      expect(defined.has(e.attributes.id ?? "")).toBe(false);
      defined.set(e.attributes.id ?? "", e);
    }
    const refs = all(manifest, (e) => e.attributes.resid !== undefined).map(
      (e) => e.attributes.resid ?? ""
    );
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(defined.has(ref)).toBe(true);

    const limits: [string, number][] = [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ];
    for (const [group, limit] of limits) {
      for (const s of all(manifest, (e) => e.name === group).flatMap((g) => g.children)) {
        expect((s.attributes.DefaultValue ?? "").length).toBeLessThanOrEqual(limit);
        const override = child(s, "bt:Override");
        expect(override.attributes.Locale).toBe("en-US");
        expect((override.attributes.Value ?? "").length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("puts a Sổ Thi đua button on the Home tab that opens the task pane", () => {
    const tab = all(manifest, (e) => e.name === "OfficeTab")[0];
    expect(tab?.attributes.id).toBe("TabHome");
    const button = all(tab!, (e) => e.name === "Control")[0];
    expect(button?.attributes["xsi:type"]).toBe("Button");
    const label = all(
      manifest,
      (e) => e.attributes.id === child(button!, "Label").attributes.resid
    )[0];
    expect(label?.attributes.DefaultValue).toBe("Sổ Thi đua");
    const action = child(button!, "Action");
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    const source = all(
      manifest,
      (e) => e.attributes.id === child(action, "SourceLocation").attributes.resid
    )[0];
    expect(source?.attributes.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(
      child(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue
    ).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("rejects a manifest that is not well-formed", () => {
    expect(() => parseXml(MANIFEST.replace("</Permissions>", ""))).toThrow();
  });
});
