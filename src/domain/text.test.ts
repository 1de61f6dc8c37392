import { describe, expect, it } from "vitest";
import { normalizeText, searchKey, textKey } from "./text.ts";

describe("textKey", () => {
  it.each([
    ["Hòa Bình", "Hoà Bình"],
    ["khỏe", "khoẻ"],
    ["Thúy", "Thuý"],
    ["Hòa Thành".normalize("NFD"), "Hoà Thành"],
    ["  Cần   Đước ", "cần đước"],
  ])("gives %j and %j the same key", (a, b) => {
    expect(textKey(a)).toBe(textKey(b));
  });

  it("keeps diacritics apart where they make another word", () => {
    expect(textKey("Cần Đước")).not.toBe(textKey("Cán Được"));
    expect(textKey("Mỹ Lệ")).not.toBe(textKey("My Le"));
  });

  it("leaves tone marks where they belong on syllables with a quality vowel or a closing consonant", () => {
    expect(textKey("Đước")).toBe("đước");
    expect(textKey("tuyến")).toBe("tuyến");
    expect(textKey("quả")).toBe("quả");
    expect(textKey("giữa")).toBe("giữa");
  });

  it("returns NFC", () => {
    const key = textKey("Tân Lân".normalize("NFD"));
    expect(key).toBe(key.normalize("NFC"));
  });
});

describe("searchKey", () => {
  it("lets a person type without diacritics", () => {
    expect(searchKey("Cần Đước")).toBe("can duoc");
    expect(searchKey("Hoà Bình")).toBe(searchKey("hoa binh"));
  });
});

describe("normalizeText", () => {
  it("keeps the spelling for display, only NFC and white space change", () => {
    expect(normalizeText("Hoà  Bình".normalize("NFD"))).toBe("Hoà Bình");
    expect(normalizeText("Hòa Bình")).toBe("Hòa Bình");
  });
});
