import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPercent,
  NumberFormatError,
  parseNumber,
  parseNumberDetailed,
  roundTo,
} from "./numbers.ts";

describe("parseNumber", () => {
  it.each([
    ["88.800", 88800],
    ["540,136", 540.136],
    ["1.103,3", 1103.3],
    ["104,5", 104.5],
    ["2.390", 2390],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["107", 107],
    ["0,125", 0.125],
    ["-2,5", -2.5],
    ["−3,2", -3.2],
  ])("reads the Vietnamese %s as %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ["654.1", 654.1],
    ["12.34", 12.34],
    ["1,234,567", 1234567],
    ["1,103.3", 1103.3],
    ["0.125", 0.125],
  ])("reads the English-style %s as %d, whose separators leave no doubt", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it("reads a comma before three digits as a decimal in Vietnamese text, and as grouping in English", () => {
    expect(parseNumber("131,777", "vi")).toBe(131.777);
    expect(parseNumber("131,777", "en")).toBe(131777);
    expect(parseNumber("88.800", "en")).toBe(88.8);
  });

  it("refuses to guess a lone separator before three digits when told to be strict, naming the text", () => {
    expect(() => parseNumber("131,777", "strict")).toThrow(NumberFormatError);
    expect(() => parseNumber("131,777", "strict")).toThrow(/"131,777"/);
    expect(parseNumber("104,5", "strict")).toBe(104.5);
  });

  it.each(["1.23.456", "12,34,567.8,9", "abc", "", "1..2", "1.2345.678"])(
    "rejects %j with the text named",
    (text) => {
      expect(() => parseNumber(text)).toThrow(NumberFormatError);
    },
  );

  it("keeps the decimals as written", () => {
    expect(parseNumberDetailed("104,5").decimals).toBe(1);
    expect(parseNumberDetailed("102,19").decimals).toBe(2);
    expect(parseNumberDetailed("88.800").decimals).toBe(0);
  });
});

describe("formatNumber", () => {
  it("formats for vi-VN and en-GB through Intl", () => {
    expect(formatNumber(88800, "vi")).toBe("88.800");
    expect(formatNumber(88800, "en")).toBe("88,800");
    expect(formatNumber(104.5, "vi")).toBe("104,5");
    expect(formatNumber(104.5, "en")).toBe("104.5");
    expect(formatNumber(1103.3, "vi")).toBe("1.103,3");
    expect(formatPercent(102.19, "vi")).toBe("102,19%");
  });

  it.each(["vi", "en"] as const)("reads back what it printed in %s: parse(format(x)) = x", (locale) => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const x = units / 10 ** decimals;
          const text = formatNumber(x, locale, { maxDecimals: 4 });
          expect(parseNumber(text, locale)).toBe(x);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("roundTo", () => {
  it("rounds half away from zero as written", () => {
    expect(roundTo(104.45, 1)).toBe(104.5);
    expect(roundTo(99.995, 2)).toBe(100);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});
