import { describe, expect, it } from "vitest";
import { findLocalities, localityAt } from "./locality.ts";
import { bracketOpenings } from "./sentences.ts";

const find = (text: string) => findLocalities(text, bracketOpenings(text));

describe("findLocalities", () => {
  it("keeps a place with its kind word as written ('tỉnh Quảng Ngãi', 'TP Hải Phòng')", () => {
    expect(find("huyện Châu Thành và xã Tân Phú").map((l) => l.text)).toEqual([
      "huyện Châu Thành",
      "xã Tân Phú",
    ]);
    expect(find("tỉnh Quảng Ngãi có").map((l) => l.text)).toEqual(["tỉnh Quảng Ngãi"]);
    expect(find("xếp trên TP Hải Phòng và Thành phố Hà Nội").map((l) => l.text)).toEqual([
      "TP Hải Phòng",
      "thành phố Hà Nội",
    ]);
    expect(find("GRDP của tỉnh Quảng Ngãi (mới) tăng").map((l) => l.text)).toEqual(["tỉnh Quảng Ngãi (mới)"]);
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

  it("knows provinces, the country and regions by their bare names", () => {
    expect(
      find("Cụ thể, Cao Bằng tăng 6,5%; GDP Việt Nam đạt; của vùng Đồng bằng sông Cửu Long").map(
        (l) => l.text,
      ),
    ).toEqual(["Cao Bằng", "Việt Nam", "vùng Đồng bằng sông Cửu Long"]);
  });

  it("reads a generic word after 'Đảng bộ', 'của' and 'trong' ('Đảng bộ huyện lần thứ XVII')", () => {
    expect(find("Đại hội Đảng bộ huyện lần thứ XVII").map((l) => l.text)).toEqual(["huyện"]);
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
    expect(localityAt(find(text), text.length, -1)).toBe("tỉnh Nam Định");
  });
});
