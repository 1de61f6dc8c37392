import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised } from "./spreadsheet-text.ts";

describe("neutraliseFormula", () => {
  it("prefixes with ' text a spreadsheet would read as a formula", () => {
    for (const text of [
      '=HYPERLINK("http://evil.example","x")',
      "+1+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+1",
      "\r=1+1",
      "-",
      "- mục tiêu",
      "=",
      "'=1+1",
    ]) {
      expect(neutraliseFormula(text), text).toBe(`'${text}`);
    }
  });

  it("leaves plain numbers in either notation, negative ones included, as they are", () => {
    for (const text of ["-2", "-2,5", "-1.234,5", "+3.2%", "-12,5%", "-1 234,5", "0", "104,5%"]) {
      expect(neutraliseFormula(text), text).toBe(text);
    }
  });

  it("leaves text that does not start like a formula as it is", () => {
    for (const text of ["Sản lượng lúa", "'-2", " =1+1", "a=1", "–", "≤ 5", ""]) {
      expect(neutraliseFormula(text), text).toBe(text);
    }
  });

  it("is undone by restoreNeutralised, for any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "a"), fc.string(), (head, tail) => {
        const text = head + tail;
        expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
      }),
    );
  });
});
