import { describe, expect, it } from "vitest";
import { checkAssignment } from "./assignment-check.ts";
import type { Indicator } from "./types.ts";

const LEVEL: Pick<Indicator, "direction" | "aggregation" | "decimals"> = {
  direction: "higher_better",
  aggregation: { kind: "sum" },
  decimals: 0,
};
const RATE: Pick<Indicator, "direction" | "aggregation" | "decimals"> = {
  direction: "lower_better",
  aggregation: { kind: "none" },
  decimals: 2,
};

describe("checkAssignment", () => {
  it("sums a level and warns when the units' figures fall short of the province's own", () => {
    const own = { kind: "gte", value: 10_000 } as const;
    const agrees = checkAssignment(LEVEL, own, [
      { kind: "gte", value: 6000 },
      { kind: "gte", value: 4000 },
    ]);
    expect(agrees).toEqual({ combine: "sum", own: 10_000, combined: 10_000, counted: 2, verdict: "agrees" });
    const short = checkAssignment(LEVEL, own, [
      { kind: "gte", value: 6000 },
      { kind: "range", lo: 3000, hi: 3500 },
    ]);
    expect(short).toMatchObject({ combined: 9000, verdict: "short" });
    expect(checkAssignment(LEVEL, own, [{ kind: "gte", value: 12_000 }]).verdict).toBe("over");
  });

  it("averages a rate, where lower is better a higher average is short", () => {
    const own = { kind: "lte", value: 1 } as const;
    const r = checkAssignment(RATE, own, [
      { kind: "lte", value: 0.8 },
      { kind: "lte", value: 1.6 },
      { kind: "unknown" },
    ]);
    expect(r).toMatchObject({ combine: "average", counted: 2, verdict: "short" });
    expect(r.combined).toBeCloseTo(1.2, 10);
    expect(checkAssignment(RATE, own, [{ kind: "lte", value: 0.9 }]).verdict).toBe("over");
  });

  it("says nothing without the own figure, or for a yes/no indicator", () => {
    expect(checkAssignment(LEVEL, undefined, [{ kind: "gte", value: 1 }]).verdict).toBe("unknown");
    expect(
      checkAssignment({ ...LEVEL, direction: "boolean" }, { kind: "boolean" }, [{ kind: "boolean" }]),
    ).toMatchObject({ combine: null, verdict: "unknown" });
  });
});
