import { describe, expect, it } from "vitest";
import { webMessages } from "./web-messages.ts";

describe("webMessages", () => {
  it("names a unit with its kind in each language", () => {
    expect(webMessages("vi").unitName("huyện", "Cần Đước")).toBe("huyện Cần Đước");
    expect(webMessages("vi").unitName("xã", "Xã Rạch Kiến")).toBe("Xã Rạch Kiến");
    expect(webMessages("en").unitName("huyện", "Cần Đước")).toBe("Cần Đước district");
    expect(webMessages("en").unitName("xã", "Xã Rạch Kiến")).toBe("Rạch Kiến commune");
    expect(webMessages("en").unitName("thị xã", "Kiến Tường")).toBe("Kiến Tường town");
  });
});
