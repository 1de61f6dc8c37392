import { describe, expect, it } from "vitest";
import { parseCatalogue, readCatalogueFile } from "../src/db/catalogue-file.ts";
import {
  findUnit,
  planSeriesAcrossReform,
  predecessorsOf,
  successorsOf,
  unitsAt,
} from "../src/domain/admin-units.ts";

const catalogue = readCatalogueFile();
const TODAY = "2026-07-25";
const names = (units: { code: string; name: string }[]) => units.map((u) => `${u.code} ${u.name}`).sort();

describe("data/admin-units.json", () => {
  it("holds today's 34 provinces and 3,321 communes, wards and special zones", () => {
    expect(unitsAt(catalogue, TODAY, { level: "province" })).toHaveLength(34);
    expect(unitsAt(catalogue, TODAY, { level: "commune" })).toHaveLength(3321);
    expect(unitsAt(catalogue, TODAY, { level: "district" })).toHaveLength(0);
  });

  it("holds the 63 provinces, 696 districts and 10,047 communes before the reform", () => {
    expect(unitsAt(catalogue, "2025-06-30", { level: "province" })).toHaveLength(63);
    expect(unitsAt(catalogue, "2025-06-30", { level: "district" })).toHaveLength(696);
    expect(unitsAt(catalogue, "2025-06-30", { level: "commune" })).toHaveLength(10047);
  });

  it("gives every unit a unique id and every name in NFC", () => {
    const units = [...catalogue.units.values()];
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(units.filter((u) => u.name !== u.name.normalize("NFC"))).toEqual([]);
  });

  it("gives Tây Ninh (80) 96 communes and wards today", () => {
    const tayNinh = findUnit(catalogue, "80", TODAY)!;
    expect(tayNinh).toMatchObject({ id: "80@2025-07-01", name: "Tây Ninh", kind: "tỉnh" });
    expect(unitsAt(catalogue, TODAY, { parent: tayNinh.id })).toHaveLength(96);
  });

  it("knows code 80 as Long An at 2023-12-31, merged wholly with old Tây Ninh into today's Tây Ninh", () => {
    expect(findUnit(catalogue, "80", "2023-12-31")).toMatchObject({ name: "Long An", id: "80@-2025-06-30" });
    expect(predecessorsOf(catalogue, "80@2025-07-01").map((p) => [p.unit.name, p.whole])).toEqual([
      ["Tây Ninh", true],
      ["Long An", true],
    ]);
    const [y2023] = planSeriesAcrossReform(catalogue, "80@2025-07-01", [2023]).years;
    expect(y2023).toMatchObject({ method: "sum", comparable: true });
    expect(predecessorsOf(catalogue, "80@2025-07-01")[0]!.change.basis).toBe("Resolution 202/2025/QH15");
  });

  it("maps Cần Đước district (806) to six new communes", () => {
    const canDuoc = findUnit(catalogue, "806", "2023-12-31")!;
    expect(canDuoc).toMatchObject({ name: "Cần Đước", kind: "huyện", level: "district" });
    expect(names(successorsOf(catalogue, canDuoc.id, { includeDerived: true }).map((s) => s.unit))).toEqual([
      "28108 Cần Đước",
      "28114 Rạch Kiến",
      "28126 Long Cang",
      "28132 Mỹ Lệ",
      "28138 Tân Lân",
      "28144 Long Hựu",
    ]);
    const abolished = catalogue.changes.find((c) => c.before.includes(canDuoc.id))!;
    expect(abolished.kind).toBe("abolish");
  });

  it("maps Kiến Tường town (795) to Kiến Tường, Tuyên Thạnh and Bình Hiệp, which took in neighbours' land", () => {
    const kienTuong = findUnit(catalogue, "795", "2023-12-31")!;
    expect(kienTuong).toMatchObject({ name: "Kiến Tường", kind: "thị xã" });
    const successors = successorsOf(catalogue, kienTuong.id, { includeDerived: true }).map((s) => s.unit);
    expect(names(successors)).toEqual(["27787 Kiến Tường", "27793 Bình Hiệp", "27817 Tuyên Thạnh"]);
    expect(successors.find((u) => u.code === "27787")!.kind).toBe("phường");

    // Their old communes came from other districts too: Kiến Tường's totals do not add up to them.
    const districtsBefore = new Set(
      successors.flatMap((u) => predecessorsOf(catalogue, u.id).map((p) => p.unit.parentId)),
    );
    expect(districtsBefore.has(kienTuong.id)).toBe(true);
    expect(districtsBefore.size).toBeGreaterThan(1);
  });

  it("links an island district without communes to the special zone it became, once", () => {
    expect(
      predecessorsOf(catalogue, "26732@2025-07-01").map((p) => [p.unit.id, p.unit.kind, p.whole]),
    ).toEqual([["755@-2025-06-30", "huyện", true]]);
    expect(findUnit(catalogue, "26732", TODAY)).toMatchObject({ name: "Côn Đảo", kind: "đặc khu" });
  });

  it("links every old commune to at least one of today's communes", () => {
    const old = unitsAt(catalogue, "2025-06-30", { level: "commune" });
    expect(old.filter((c) => successorsOf(catalogue, c.id).length === 0)).toEqual([]);
  });

  it("gives every commune of today a predecessor", () => {
    const now = unitsAt(catalogue, TODAY, { level: "commune" });
    expect(now.filter((c) => predecessorsOf(catalogue, c.id).length === 0)).toEqual([]);
  });
});

describe("parseCatalogue", () => {
  it("names the field at fault", () => {
    const text = JSON.stringify({
      format: "chitieu/admin-units",
      version: 1,
      units: [["01@2025-07-01", "01", "A", null, "province", "bang", null, "2025-07-01", null]],
      changes: [],
    });
    expect(() => parseCatalogue(text, "x.json")).toThrow(/^x\.json: units\.0\.5: /);
  });
});
