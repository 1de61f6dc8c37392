import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FieldError } from "../domain/field-error.ts";
import { assessPlanFile, planFileJsonSchema, readPlanFile } from "./plan-file.ts";

const example = JSON.parse(
  readFileSync(new URL("../../examples/can-duoc-2023.json", import.meta.url), "utf8"),
);
const clone = () => structuredClone(example);

describe("readPlanFile", () => {
  it("reads figures written in Vietnamese notation", () => {
    const file = readPlanFile(example);
    expect(file.observations.find((o) => o.id === "rice-2023")?.value).toBe(88800);
    expect(file.observations.find((o) => o.id === "budget-revenue-2023")?.value).toBe(540.136);
  });

  it.each([
    [
      "a value that is not a number",
      (f: typeof example) => (f.observations[0].value = "nhiều"),
      /^observations\[0\]\.value: /,
    ],
    [
      "an unknown unit",
      (f: typeof example) => (f.indicators[0].unit = "thùng"),
      /^indicators\[0\]\.unit: unknown unit/,
    ],
    ["a malformed period", (f: typeof example) => (f.period = "2023-13"), /^period: expected a period/],
    [
      "an unknown plan",
      (f: typeof example) => (f.targets[0].plan = "nope"),
      /^targets\[0\]\.plan: unknown plan "nope"/,
    ],
    [
      "an unknown indicator",
      (f: typeof example) => (f.observations[1].indicator = "nope"),
      /^observations\[1\]\.indicator/,
    ],
    [
      "a bad qualifier",
      (f: typeof example) => (f.observations[0].qualifier = "roughly"),
      /^observations\[0\]\.qualifier/,
    ],
    [
      "a target without spec",
      (f: typeof example) => delete f.targets[0].implied,
      /^targets\[0\]\.spec: give either/,
    ],
    ["a missing list", (f: typeof example) => delete f.indicators, /^indicators: /],
  ])("names the field of %s", (_, mutate, message) => {
    const file = clone();
    mutate(file);
    expect(() => readPlanFile(file)).toThrow(FieldError);
    expect(() => readPlanFile(file)).toThrow(message);
  });

  it("refuses to imply a target no observation states a percent for", () => {
    const file = clone();
    file.observations[0].statedPercents = [];
    expect(() => assessPlanFile(file)).toThrow(/^targets\[0\]\.implied: no observation/);
  });
});

describe("planFileJsonSchema", () => {
  it("is what examples/plan-file.schema.json documents (regenerate with chitieu assess --schema)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../examples/plan-file.schema.json", import.meta.url), "utf8"),
    );
    expect(planFileJsonSchema()).toEqual(committed);
  });
});
