import { describe, expect, it } from "vitest";
import { lowerFirst, upperFirst } from "./messages.ts";

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
