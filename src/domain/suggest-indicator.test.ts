import { describe, expect, it } from "vitest";
import { phraseScore, suggestIndicator } from "./suggest-indicator.ts";

const CATALOGUE = [
  { code: "rice_output", nameVi: "Sản lượng lúa" },
  { code: "maize_output", nameVi: "Sản lượng ngô" },
  { code: "budget_revenue", nameVi: "Tổng thu ngân sách nhà nước" },
  { code: "poverty_rate", nameVi: "Tỷ lệ hộ nghèo" },
];

describe("phraseScore", () => {
  it("is 1 for the same words, whatever the normal form and tone placement", () => {
    expect(phraseScore("Tỷ lệ hộ nghèo".normalize("NFD"), "tỷ lệ hộ nghèo")).toBe(1);
    expect(phraseScore("sản lượng lúa hoà", "sản lượng lúa hòa")).toBe(1);
  });

  it("counts a word matching only without diacritics as half", () => {
    expect(phraseScore("san luong lua", "sản lượng lúa")).toBeCloseTo(0.5);
  });

  it("ignores words that name no indicator", () => {
    expect(phraseScore("sản lượng lúa cả năm của huyện", "Sản lượng lúa")).toBe(1);
  });

  it("is 0 for an empty phrase", () => {
    expect(phraseScore("", "Sản lượng lúa")).toBe(0);
  });
});

describe("suggestIndicator", () => {
  it("picks the indicator sharing the most words", () => {
    expect(suggestIndicator("tổng sản lượng lúa", CATALOGUE)).toMatchObject({ code: "rice_output" });
    expect(suggestIndicator("thu ngân sách nhà nước trên địa bàn", CATALOGUE)?.code).toBe("budget_revenue");
  });

  it("suggests nothing when no name shares enough words", () => {
    expect(suggestIndicator("số lao động được giải quyết việc làm", CATALOGUE)).toBeUndefined();
  });
});
