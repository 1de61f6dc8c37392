import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollUp, shareMetOfWithData } from "./roll-up.ts";
import { STATUSES, type Status } from "./types.ts";

const a = (targetId: string, status: Status, provisional = false) => ({
  targetId,
  status,
  provisional,
  uncertain: false,
});

describe("rollUp", () => {
  it("counts 23 met or exceeded of 24 with data, listing what is missing", () => {
    const list = [
      ...Array.from({ length: 20 }, (_, i) => a(`e${i}`, "exceeded")),
      a("m1", "met"),
      a("m2", "met"),
      a("m3", "met", true),
      a("n1", "nearly_met"),
      a("x1", "no_data"),
    ];
    const r = rollUp(list);
    expect(r.metOrExceeded).toBe(23);
    expect(r.withData).toBe(24);
    expect(r.total).toBe(25);
    expect(r.missing).toEqual(["x1"]);
    expect(r.provisional).toEqual(["m3"]);
    expect(r.counts).toEqual({ exceeded: 20, met: 3, nearly_met: 1, not_met: 0, no_data: 1 });
  });

  it("rolls up nothing to zero of zero", () => {
    expect(rollUp([])).toMatchObject({ metOrExceeded: 0, withData: 0, total: 0 });
  });

  it("has counts that add up to the number of targets", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), (statuses) => {
        const r = rollUp(statuses.map((s, i) => a(String(i), s)));
        const sum = Object.values(r.counts).reduce((x, y) => x + y, 0);
        expect(sum).toBe(statuses.length);
        expect(r.withData + r.missing.length).toBe(r.total);
        expect(r.metOrExceeded).toBeLessThanOrEqual(r.withData);
      }),
    );
  });
});

describe("shareMetOfWithData", () => {
  it("is the percent met or exceeded of the targets with data, and null when none has data", () => {
    expect(shareMetOfWithData({ metOrExceeded: 23, withData: 24 })).toBeCloseTo(95.83, 2);
    expect(shareMetOfWithData({ metOrExceeded: 0, withData: 4 })).toBe(0);
    expect(shareMetOfWithData({ metOrExceeded: 0, withData: 0 })).toBeNull();
  });

  it("leaves targets without data out of the denominator, as the 23/24 of a report does", () => {
    const rollup = rollUp([
      { targetId: "a", status: "met", provisional: false, uncertain: false },
      { targetId: "b", status: "not_met", provisional: false, uncertain: false },
      { targetId: "c", status: "no_data", provisional: false, uncertain: false },
    ]);
    expect(shareMetOfWithData(rollup)).toBe(50);
  });
});
