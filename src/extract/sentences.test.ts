import { describe, expect, it } from "vitest";
import { bracketOpenings, normalizePassage, splitSentences } from "./sentences.ts";

describe("normalizePassage", () => {
  it("composes NFD text to NFC and folds no-break spaces, keeping line breaks", () => {
    const nfd = "Sản lượng\u00a0lúa\r\nđạt".normalize("NFD");
    expect(normalizePassage(nfd)).toBe("Sản lượng lúa\nđạt");
  });
});

describe("splitSentences", () => {
  it("splits at a full stop followed by a space, never at a thousands dot", () => {
    const parts = splitSentences("Thu ngân sách đạt 1.250,5 tỷ đồng. Chi thường xuyên đạt 980 tỷ đồng.");
    expect(parts.map((s) => s.text.trim())).toEqual([
      "Thu ngân sách đạt 1.250,5 tỷ đồng.",
      "Chi thường xuyên đạt 980 tỷ đồng.",
    ]);
  });

  it("splits at line breaks and keeps each sentence's offset", () => {
    const text = "- Thu nhập: 45 triệu đồng;\n- Lương thực: 30.000 tấn;";
    const parts = splitSentences(text);
    expect(parts).toHaveLength(2);
    expect(text.slice(parts[1]!.start, parts[1]!.start + 3)).toBe("- L");
  });

  it("does not split after an abbreviation such as TP.", () => {
    expect(splitSentences("Doanh thu của TP. Hồ Chí Minh tăng 5%.")).toHaveLength(1);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("  \n \n")).toEqual([]);
  });
});

describe("bracketOpenings", () => {
  it("gives the innermost open bracket of each position", () => {
    const text = "a (b (c) d) e";
    const open = bracketOpenings(text);
    expect(open[text.indexOf("c")]).toBe(5);
    expect(open[text.indexOf("d")]).toBe(2);
    expect(open[text.indexOf("e")]).toBe(-1);
  });

  it("ignores brackets that never close, and stray closing brackets", () => {
    const text = "a ((b) c) d) (f";
    const open = bracketOpenings(text);
    expect(open[text.indexOf("b")]).toBe(3);
    expect(open[text.indexOf("c")]).toBe(2);
    expect(open[text.indexOf("f")]).toBe(-1);
  });
});
