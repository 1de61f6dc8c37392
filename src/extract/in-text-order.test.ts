import { describe, expect, it } from "vitest";
import { lastIndexBefore, lastMatchingUpTo } from "./in-text-order.ts";

const items = [{ start: 0 }, { start: 5 }, { start: 5 }, { start: 9 }];

describe("lastIndexBefore", () => {
  it("finds the last item starting strictly before the offset", () => {
    expect(lastIndexBefore(items, 0)).toBe(-1);
    expect(lastIndexBefore(items, 1)).toBe(0);
    expect(lastIndexBefore(items, 5)).toBe(0);
    expect(lastIndexBefore(items, 6)).toBe(2);
    expect(lastIndexBefore(items, 100)).toBe(3);
    expect(lastIndexBefore([], 3)).toBe(-1);
  });
});

describe("lastMatchingUpTo", () => {
  it("gives, for each index, the last matching index at or before it", () => {
    const table = lastMatchingUpTo(items, "odd start", (i) => i.start % 2 === 1);
    expect([...table]).toEqual([-1, 1, 2, 3]);
  });
});
