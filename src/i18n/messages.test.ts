import { describe, expect, it } from "vitest";
import { lowerFirst, messages, upperFirst } from "./messages.ts";

/** Every leaf of a message table: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? { kind: "term" } : i + 1));
    try {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      return typeof out === "string" ? [[path, out]] : [];
    } catch {
      return [];
    }
  }
  if (value && typeof value === "object") {
    // Alias tables map words each language's officers type to one value: their keys are data.
    if (/Aliases$/.test(path)) return [[path, ""]];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe("messages", () => {
  const vi = messages("vi");
  const en = messages("en");

  it("has the same keys in Vietnamese and English", () => {
    const keys = (o: unknown) => leaves(o).map(([k]) => k);
    expect(keys(en)).toEqual(keys(vi));
  });

  it("writes Vietnamese in NFC", () => {
    for (const [key, text] of leaves(vi)) expect(text, key).toBe(text.normalize("NFC"));
  });
});

describe("upperFirst / lowerFirst", () => {
  it("capitalise a unit at the start of a sentence", () => {
    expect(upperFirst("huyện Cần Đước")).toBe("Huyện Cần Đước");
    expect(upperFirst("đạt")).toBe("Đạt");
  });

  it("lower a name inside a sentence, but not an abbreviation", () => {
    expect(lowerFirst("Sản lượng lúa")).toBe("sản lượng lúa");
    expect(lowerFirst("GRDP bình quân đầu người")).toBe("GRDP bình quân đầu người");
    expect(lowerFirst("Đã đạt")).toBe("đã đạt");
  });
});
