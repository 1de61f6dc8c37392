import { describe, expect, it } from "vitest";
import { isWebAddress } from "./web-address.ts";

describe("isWebAddress", () => {
  it("accepts http and https addresses, in any case", () => {
    expect(isWebAddress("https://baolongan.vn/a?b=1#c")).toBe(true);
    expect(isWebAddress("HTTP://example.org")).toBe(true);
  });

  it("refuses every other scheme, and what is not an address", () => {
    for (const address of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "ftp://example.org/file",
      "//example.org/no-scheme",
      "/relative/path",
      "",
    ]) {
      expect(isWebAddress(address), address).toBe(false);
    }
  });
});
