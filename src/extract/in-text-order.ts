/**
 * Looking back from a figure to the mentions before it (the period, the place) in time that does
 * not grow with the passage. The mentions are found in text order, so a binary search finds the
 * last one before an offset; scanning the list from its start for every figure made a report of
 * 10⁶ characters take most of a minute (quadratic in its length).
 */

/** Index of the last item that starts before `at`, or -1. `items` are in text order. */
export function lastIndexBefore(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const lastMatching = new WeakMap<object, Map<string, Int32Array>>();

/**
 * For each index i, the index of the last item at or before i that satisfies `test` (or -1);
 * computed once per list and test name, then kept as long as the list lives.
 */
export function lastMatchingUpTo<T>(
  items: readonly T[],
  name: string,
  test: (item: T) => boolean,
): Int32Array {
  let byName = lastMatching.get(items);
  if (!byName) {
    byName = new Map();
    lastMatching.set(items, byName);
  }
  let table = byName.get(name);
  if (!table) {
    table = new Int32Array(items.length);
    let last = -1;
    items.forEach((item, i) => {
      if (test(item)) last = i;
      table![i] = last;
    });
    byName.set(name, table);
  }
  return table;
}
