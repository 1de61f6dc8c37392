import { describe, expect, it } from "vitest";
import { findLocalities, localityAt } from "./locality.ts";
import { bracketOpenings } from "./sentences.ts";

const find = (text: string) => findLocalities(text, bracketOpenings(text));

describe("findLocalities", () => {
  it("keeps a district or a commune with its kind, a province by its bare name", () => {
    expect(find("huyện Châu Thành và xã Tân Phú").map((l) => l.text)).toEqual([
      "huyện Châu Thành",
      "xã Tân Phú",
    ]);
    expect(find("tỉnh Quảng Ngãi có").map((l) => l.text)).toEqual(["Quảng Ngãi"]);
  });

  it("reads the unit behind a Party committee", () => {
    expect(find("Thị ủy Gò Công cho biết").map((l) => l.text)).toEqual(["Gò Công"]);
  });

  it("reads generic words: toàn huyện, cả nước, UBND huyện", () => {
    expect(find("toàn huyện có, cả nước đạt, UBND huyện chỉ đạo").map((l) => l.text)).toEqual([
      "toàn huyện",
      "cả nước",
      "huyện",
    ]);
  });

  it("skips 'cả nước' in a rank ('đứng thứ 5 cả nước')", () => {
    expect(find("đứng thứ 5 cả nước")).toEqual([]);
  });
});

describe("localityAt", () => {
  it("lets a generic word defer to the named unit of the same level", () => {
    const text = "Huyện ủy Tân Trụ họp. Toàn huyện đạt, toàn huyện có 3 xã";
    expect(localityAt(find(text), text.length, -1)).toBe("Tân Trụ");
  });

  it("ignores a place named in an aside for the figures outside it", () => {
    const text = "tỉnh Nam Định tăng 8% (sau tỉnh Hà Nam) và thu";
    expect(localityAt(find(text), text.length, -1)).toBe("Nam Định");
  });
});
