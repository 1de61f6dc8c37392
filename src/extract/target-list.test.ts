import { describe, expect, it } from "vitest";
import { indicatorPhrase, splitTargetList, targetPeriodOf } from "./target-list.ts";

describe("splitTargetList", () => {
  it("takes the numbering off each line and leaves headings and blank lines out", () => {
    const text = [
      "I. CHỈ TIÊU KINH TẾ",
      "1. Tổng thu ngân sách đạt 40,6 tỷ đồng",
      "",
      "Về xã hội:",
      "a) Tỷ lệ hộ nghèo giảm còn dưới 0,8%",
      "- Xã đạt chuẩn nông thôn mới nâng cao",
    ].join("\n");
    expect(splitTargetList(text)).toEqual([
      { line: 2, text: "Tổng thu ngân sách đạt 40,6 tỷ đồng" },
      { line: 5, text: "Tỷ lệ hộ nghèo giảm còn dưới 0,8%" },
      { line: 6, text: "Xã đạt chuẩn nông thôn mới nâng cao" },
    ]);
  });

  it("keeps a figure that starts a line (not numbering)", () => {
    expect(splitTargetList("100% xã có trạm y tế")[0]!.text).toBe("100% xã có trạm y tế");
    expect(splitTargetList("1.250 ha lúa chất lượng cao")[0]!.text).toBe("1.250 ha lúa chất lượng cao");
  });
});

describe("indicatorPhrase", () => {
  it("keeps the words before the first figure, without bound and time words", () => {
    expect(indicatorPhrase("tỷ lệ xã đạt chuẩn nông thôn mới trên 73%")).toBe(
      "tỷ lệ xã đạt chuẩn nông thôn mới",
    );
    expect(indicatorPhrase("GRDP bình quân đầu người đến năm 2025 đạt 91,5 - 93,5 triệu đồng")).toBe(
      "GRDP bình quân đầu người",
    );
    expect(indicatorPhrase("Huyện đạt chuẩn nông thôn mới")).toBe("Huyện đạt chuẩn nông thôn mới");
  });
});

describe("targetPeriodOf", () => {
  it("reads a year as the plan year and a term as a term", () => {
    expect(targetPeriodOf("2026")).toEqual({ type: "annual", from: 2026, to: 2026 });
    expect(targetPeriodOf("2021-2025")).toEqual({ type: "term", from: 2021, to: 2025 });
  });
});
