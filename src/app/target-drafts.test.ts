import { describe, expect, it } from "vitest";
import { targetSentence } from "./target-drafts.ts";

const rice = { unit: "tấn", direction: "higher_better", decimals: 2 } as const;
const implied = { percent: 107, percentDecimals: 0, observationValue: 88_800 };

describe("targetSentence", () => {
  it("reads a figure implied from a stated percent rounded, as precise as the percent", () => {
    const spec = { kind: "gte", value: 88_800 / 1.07 } as const;
    expect(targetSentence({ spec, implied }, rice, "vi")).toContain("từ 82.991 tấn trở lên");
    expect(targetSentence({ spec, implied }, rice, "en")).toContain("82,991 tấn or more");
  });

  it("reads a figure the plan wrote as written", () => {
    const spec = { kind: "gte", value: 88_800.25 } as const;
    expect(targetSentence({ spec }, rice, "vi")).toContain("88.800,25 tấn");
  });
});
