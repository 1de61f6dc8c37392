import { describe, expect, it } from "vitest";
import {
  type AdminChange,
  type AdminUnit,
  createCatalogue,
  findUnit,
  planSeriesAcrossReform,
  predecessorsOf,
  successorsOf,
  unitsAt,
} from "./admin-units.ts";
import { textKey } from "./text.ts";

const OLD = { validFrom: null, validTo: "2025-06-30" };
const NEW = { validFrom: "2025-07-01", validTo: null };

function unit(
  id: string,
  name: string,
  level: AdminUnit["level"],
  kind: AdminUnit["kind"],
  parentId: string | null,
  validity: { validFrom: string | null; validTo: string | null },
): AdminUnit {
  return { id, code: id.split("@")[0]!, name, nameKey: textKey(name), level, kind, parentId, ...validity };
}

function change(
  id: string,
  kind: AdminChange["kind"],
  links: [string, string, boolean, boolean?][],
): AdminChange {
  return {
    id,
    date: "2025-07-01",
    kind,
    basis: "test",
    before: [...new Set(links.map((l) => l[0]))],
    after: [...new Set(links.map((l) => l[1]))],
    links: links.map(([from, to, whole, derived]) => ({ from, to, whole, derived: derived ?? false })),
  };
}

/**
 * Two old provinces (10 and 20) merge into new 20. Province 10 had district 100 with communes
 * 10001 and 10002; province 20 had district 200 with commune 20001. New commune 20101 took all of
 * 10001 and half of 10002; new commune 20102 the other half of 10002 and all of 20001.
 */
function sample() {
  const units = [
    unit("10@-2025-06-30", "Một", "province", "tỉnh", null, OLD),
    unit("20@-2025-06-30", "Hai", "province", "tỉnh", null, OLD),
    unit("100@-2025-06-30", "Ba", "district", "huyện", "10@-2025-06-30", OLD),
    unit("200@-2025-06-30", "Bốn", "district", "thị xã", "20@-2025-06-30", OLD),
    unit("10001@-2025-06-30", "Năm", "commune", "xã", "100@-2025-06-30", OLD),
    unit("10002@-2025-06-30", "Sáu", "commune", "thị trấn", "100@-2025-06-30", OLD),
    unit("20001@-2025-06-30", "Bảy", "commune", "phường", "200@-2025-06-30", OLD),
    unit("20@2025-07-01", "Hai", "province", "tỉnh", null, NEW),
    unit("20101@2025-07-01", "Tám", "commune", "xã", "20@2025-07-01", NEW),
    unit("20102@2025-07-01", "Chín", "commune", "phường", "20@2025-07-01", NEW),
  ];
  const changes = [
    change("p", "merge", [
      ["10@-2025-06-30", "20@2025-07-01", true],
      ["20@-2025-06-30", "20@2025-07-01", true],
    ]),
    change("c", "split", [
      ["10001@-2025-06-30", "20101@2025-07-01", true],
      ["10002@-2025-06-30", "20101@2025-07-01", false],
      ["10002@-2025-06-30", "20102@2025-07-01", false],
      ["20001@-2025-06-30", "20102@2025-07-01", true],
    ]),
    change("d", "abolish", [
      ["100@-2025-06-30", "20101@2025-07-01", false, true],
      ["100@-2025-06-30", "20102@2025-07-01", false, true],
    ]),
  ];
  return createCatalogue(units, changes);
}

describe("createCatalogue", () => {
  it("refuses two units with one id", () => {
    const u = unit("1@2025-07-01", "A", "province", "tỉnh", null, NEW);
    expect(() => createCatalogue([u, u], [])).toThrow(/duplicate unit id 1@2025-07-01/);
  });

  it("refuses a change that links an unknown unit", () => {
    const u = unit("1@2025-07-01", "A", "province", "tỉnh", null, NEW);
    expect(() =>
      createCatalogue([u], [change("x", "merge", [["9@-2025-06-30", "1@2025-07-01", true]])]),
    ).toThrow(/unknown unit 9@-2025-06-30/);
  });
});

describe("unitsAt", () => {
  it("gives the units valid on a date, old ones on the last day before the reform", () => {
    const c = sample();
    expect(unitsAt(c, "2025-06-30", { level: "province" }).map((u) => u.id)).toEqual([
      "10@-2025-06-30",
      "20@-2025-06-30",
    ]);
    expect(unitsAt(c, "2025-07-01", { level: "province" }).map((u) => u.id)).toEqual(["20@2025-07-01"]);
  });

  it("gives a parent's direct children, or its descendants at a level", () => {
    const c = sample();
    expect(unitsAt(c, "2024-01-01", { parent: "10@-2025-06-30" }).map((u) => u.code)).toEqual(["100"]);
    expect(
      unitsAt(c, "2024-01-01", { parent: "10@-2025-06-30", level: "commune" }).map((u) => u.code),
    ).toEqual(["10001", "10002"]);
    expect(unitsAt(c, "2026-01-01", { parent: "20@2025-07-01" }).map((u) => u.code)).toEqual([
      "20101",
      "20102",
    ]);
  });
});

describe("findUnit", () => {
  it("tells apart the units that bore one code at different dates", () => {
    const c = sample();
    expect(findUnit(c, "20", "2023-12-31")?.id).toBe("20@-2025-06-30");
    expect(findUnit(c, "20", "2025-07-01")?.id).toBe("20@2025-07-01");
    expect(findUnit(c, "10", "2025-07-01")).toBeUndefined();
  });
});

describe("predecessorsOf and successorsOf", () => {
  it("follow the links one change back and forward, with whole or part", () => {
    const c = sample();
    expect(predecessorsOf(c, "20101@2025-07-01").map((n) => [n.unit.code, n.whole])).toEqual([
      ["10001", true],
      ["10002", false],
    ]);
    expect(successorsOf(c, "10002@-2025-06-30").map((n) => n.unit.code)).toEqual(["20101", "20102"]);
  });

  it("leave out derived district links unless asked", () => {
    const c = sample();
    expect(successorsOf(c, "100@-2025-06-30")).toEqual([]);
    expect(successorsOf(c, "100@-2025-06-30", { includeDerived: true }).map((n) => n.unit.code)).toEqual([
      "20101",
      "20102",
    ]);
  });
});

describe("planSeriesAcrossReform", () => {
  it("sums whole predecessors: two provinces merged into one", () => {
    const [y2023] = planSeriesAcrossReform(sample(), "20@2025-07-01", [2023]).years;
    expect(y2023).toEqual({
      year: 2023,
      asOf: "2023-12-31",
      sources: [
        { unitId: "10@-2025-06-30", whole: true },
        { unitId: "20@-2025-06-30", whole: true },
      ],
      method: "sum",
      comparable: true,
    });
  });

  it("is not comparable where a predecessor was split, and says which", () => {
    const [y2024] = planSeriesAcrossReform(sample(), "20101@2025-07-01", [2024]).years;
    expect(y2024!.comparable).toBe(false);
    expect(y2024!.method).toBe("not_comparable");
    expect(y2024!.sources).toEqual([
      { unitId: "10001@-2025-06-30", whole: true },
      { unitId: "10002@-2025-06-30", whole: false },
    ]);
    expect(y2024!.reason).toMatch(/only part of thị trấn Sáu \(10002@-2025-06-30\)/);
  });

  it("reads the unit itself from the year of its creation on, noting the months before", () => {
    const [y2025, y2026] = planSeriesAcrossReform(sample(), "20@2025-07-01", [2025, 2026]).years;
    expect(y2025).toMatchObject({ method: "self", comparable: true, sources: [{ unitId: "20@2025-07-01" }] });
    expect(y2025!.reason).toMatch(/began on 2025-07-01/);
    expect(y2026!.reason).toBeUndefined();
  });

  it("follows several changes back, a part anywhere on the way making the year not comparable", () => {
    const units = [
      unit("1@-2019-12-31", "A", "commune", "xã", null, { validFrom: null, validTo: "2019-12-31" }),
      unit("2@-2019-12-31", "B", "commune", "xã", null, { validFrom: null, validTo: "2019-12-31" }),
      unit("3@2020-01-01", "C", "commune", "xã", null, { validFrom: "2020-01-01", validTo: "2025-06-30" }),
      unit("4@2025-07-01", "D", "commune", "xã", null, NEW),
    ];
    const changes = [
      { ...change("a", "merge", [["1@-2019-12-31", "3@2020-01-01", true]]), date: "2020-01-01" },
      change("b", "merge", [["3@2020-01-01", "4@2025-07-01", true]]),
    ];
    const c = createCatalogue(units, changes);
    const plan = planSeriesAcrossReform(c, "4@2025-07-01", [2019, 2022]);
    expect(plan.years.map((y) => y.sources.map((s) => s.unitId))).toEqual([
      ["1@-2019-12-31"],
      ["3@2020-01-01"],
    ]);
    expect(plan.years.every((y) => y.comparable)).toBe(true);

    const split = createCatalogue(units, [
      { ...change("a", "split", [["2@-2019-12-31", "3@2020-01-01", false]]), date: "2020-01-01" },
      change("b", "merge", [["3@2020-01-01", "4@2025-07-01", true]]),
    ]);
    const [y2019] = planSeriesAcrossReform(split, "4@2025-07-01", [2019]).years;
    expect(y2019).toMatchObject({ comparable: false, sources: [{ unitId: "2@-2019-12-31", whole: false }] });
  });

  it("says so when no predecessor is known for a year, or the unit had ended", () => {
    const c = sample();
    const lone = createCatalogue([unit("5@2025-07-01", "E", "commune", "xã", null, NEW)], []);
    expect(planSeriesAcrossReform(lone, "5@2025-07-01", [2024]).years[0]).toMatchObject({
      sources: [],
      comparable: false,
      reason: expect.stringMatching(/no predecessor known at 2024-12-31/),
    });
    expect(planSeriesAcrossReform(c, "10@-2025-06-30", [2026]).years[0]).toMatchObject({
      comparable: false,
      reason: expect.stringMatching(/ended on 2025-06-30/),
    });
  });

  it("refuses an unknown unit", () => {
    expect(() => planSeriesAcrossReform(sample(), "99@2025-07-01", [2024])).toThrow(/unknown unit/);
  });
});
