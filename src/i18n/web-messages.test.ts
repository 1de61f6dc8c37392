import { describe, expect, it } from "vitest";
import { webMessages } from "./web-messages.ts";

/** Every leaf of a message table, functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const out = (value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => "xã"));
    return typeof out === "string" ? [[path, out]] : [];
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe("webMessages", () => {
  it("has the same keys in Vietnamese and English, none empty, in NFC", () => {
    const vi = leaves(webMessages("vi"));
    const en = leaves(webMessages("en"));
    expect(en.map(([k]) => k)).toEqual(vi.map(([k]) => k));
    for (const [key, text] of [...vi, ...en]) {
      expect(text, key).not.toBe("");
      expect(text.normalize("NFC"), key).toBe(text);
    }
  });

  it("names a unit with its kind in each language", () => {
    expect(webMessages("vi").unitName("huyện", "Cần Đước")).toBe("huyện Cần Đước");
    expect(webMessages("vi").unitName("xã", "Xã Rạch Kiến")).toBe("Xã Rạch Kiến");
    expect(webMessages("en").unitName("huyện", "Cần Đước")).toBe("Cần Đước district");
    expect(webMessages("en").unitName("xã", "Xã Rạch Kiến")).toBe("Rạch Kiến commune");
    expect(webMessages("en").unitName("thị xã", "Kiến Tường")).toBe("Kiến Tường town");
  });
});
