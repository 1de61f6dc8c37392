import { statSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { mapUnits, readMapLayer, renderChoropleth } from "./map-svg.ts";

const size = (name: string) => statSync(new URL(`../../data/maps/${name}.topo.json`, import.meta.url)).size;
const communes = readMapLayer("communes-80");
const units = mapUnits(communes, "communes");
const codes = units.map((u) => u.code);
/** The six communes Cần Đước district became on 1 July 2025. */
const CAN_DUOC = ["28108", "28114", "28126", "28132", "28138", "28144"];

describe("the committed map outlines", () => {
  it("are small enough to send to a browser", () => {
    expect(size("communes-80")).toBeLessThan(150 * 1024);
    expect(size("provinces")).toBeLessThan(100 * 1024);
    expect(size("communes-80") + size("provinces")).toBeLessThan(300 * 1024);
  });

  it("hold the 96 communes and wards of Tây Ninh and the 34 provinces, each once, with NFC names", () => {
    expect(new Set(codes).size).toBe(96);
    expect(codes).toEqual(expect.arrayContaining(CAN_DUOC));
    expect(mapUnits(readMapLayer("provinces"), "provinces")).toHaveLength(34);
    for (const g of communes.objects.communes!.geometries) expect(g.type).not.toBeNull();
    for (const u of units) expect(u.name).toBe(u.name.normalize("NFC"));
    expect(units.find((u) => u.code === "28114")?.name).toBe("Xã Rạch Kiến");
  });

  it("refuses a layer name that is not one", () => {
    expect(() => readMapLayer("../package")).toThrow(/not a map layer name/);
  });
});

describe("renderChoropleth", () => {
  const values: Record<string, number | null> = Object.fromEntries(CAN_DUOC.map((c, i) => [c, 80 + i * 5]));
  values["28144"] = null;
  const classes = [{ from: 0 }, { from: 85 }, { from: 95 }, { from: 100 }];
  const vi = renderChoropleth({
    locale: "vi",
    topology: communes,
    object: "communes",
    areaName: "tỉnh Tây Ninh",
    valueName: "Tỷ lệ chỉ tiêu đạt (%)",
    values: { ...values, "28108": 92.5 },
    classes,
  });
  const en = renderChoropleth({
    locale: "en",
    topology: communes,
    object: "communes",
    areaName: "Tây Ninh province",
    valueName: "Targets met (%)",
    values: { ...values, "28108": 92.5 },
    classes,
  });

  it("draws a path for every one of the 96 communes, in well-formed SVG of modest size", () => {
    expect(XMLValidator.validate(vi.svg)).toBe(true);
    expect(vi.unitCodes).toHaveLength(96);
    const drawn = [...vi.svg.matchAll(/<path data-code="(\d+)" fill="url\(#class-[\w-]+\)" d="M[^"]+"/g)].map(
      (match) => match[1],
    );
    expect(new Set(drawn)).toEqual(new Set(codes));
    expect(Buffer.byteLength(vi.svg)).toBeLessThan(200 * 1024);
  });

  it("gives each class its own pattern as well as its colour, and names each commune and its value", () => {
    const patterns = [...vi.svg.matchAll(/<pattern id="(class-[\w-]+)"[^>]*>(.*?)<\/pattern>/g)];
    expect(patterns.map((p) => p[1])).toEqual(["class-0", "class-1", "class-2", "class-3", "class-none"]);
    const marks = patterns.map((p) => p[2]!.replace(/fill="#\w+"|stroke="#\w+"/g, ""));
    expect(new Set(marks).size).toBe(marks.length);
    expect(vi.svg).toMatch(/data-code="28108" fill="url\(#class-1\)"[^>]*><title>Xã Cần Đước: 92,5<\/title>/);
    expect(vi.svg).toContain("<title>Xã Long Hựu: Chưa có số liệu</title>");
    expect(en.svg).toContain(": 92.5</title>");
  });

  it("has a legend with every class, its range in the locale's notation and how many communes fall in it", () => {
    expect(vi.svg).toContain("Chú giải: Tỷ lệ chỉ tiêu đạt (%)");
    expect(vi.svg).toContain("85–95 (3)");
    expect(vi.svg).toContain("95–100 (1)");
    expect(vi.svg).toContain("≥ 100 (1)");
    expect(vi.svg).toContain("Chưa có số liệu (91)");
    expect(en.svg).toContain("Legend: Targets met (%)");
  });

  it("has a text alternative with the summary, the classes and each commune's figure", () => {
    expect(vi.textAlternative).toMatch(
      /^Bản đồ các xã, phường của tỉnh Tây Ninh\. Tỉnh Tây Ninh: 96 xã, phường; 5 có số liệu\./,
    );
    expect(vi.textAlternative).toMatch(/Xã Cần Đước +│ 92,5/);
    expect(en.textAlternative).toContain("96 communes and wards; 5 with data");
  });
});
