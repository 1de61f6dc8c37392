/**
 * A saved target reads back as the sentence its words showed when they were pasted: the plan
 * builder's page shows each stored target so ("trên 88.800 tấn …"), and a planner who checked a
 * draft finds the same sentence after saving it.
 */
import { describe, expect, it } from "vitest";
import { describeSpec, describeTarget } from "./target-describe.ts";
import { toDraftTarget } from "./target-model.ts";
import { parseTargetText } from "./target-text.ts";

describe("describeSpec", () => {
  it("reads a strict lower bound with its unit, its better side and its year", () => {
    expect(
      describeSpec({
        spec: { kind: "gte", value: 88_800, strict: true },
        unit: "tấn",
        direction: "higher_better",
      }),
    ).toBe("trên 88.800 tấn (bằng 88.800 tấn là chưa đạt), cao hơn là tốt, trong năm kế hoạch");
    expect(
      describeSpec(
        { spec: { kind: "lte", value: 0.8 }, unit: "%", direction: "lower_better", horizon: "term_end" },
        "en",
      ),
    ).toBe("at most 0.8%, lower is better, in the term's last year");
  });

  it("says a target without a figure has none yet", () => {
    expect(describeSpec({ spec: { kind: "unknown" }, unit: "tấn", direction: "higher_better" })).toBe(
      "chưa có số",
    );
    expect(describeSpec({ spec: { kind: "unknown" }, unit: null, direction: "boolean" }, "en")).toBe(
      "no figure yet",
    );
  });

  it("gives a saved draft the sentence of the words it was read from", () => {
    for (const text of ["trên 88.800 tấn", "từ 7,5% trở lên", "không quá 1,2%", "dưới 0,8%", "7 - 8%"]) {
      const parsed = parseTargetText({ text, period: { type: "annual" } });
      const draft = toDraftTarget(parsed);
      const saved = describeSpec({ spec: draft.spec, unit: draft.unit, direction: draft.direction });
      expect([text, saved]).toEqual([text, describeTarget(parsed)]);
    }
  });
});
