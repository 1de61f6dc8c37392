import { describe, expect, it } from "vitest";
import type { DisplayLocale } from "../domain/numbers.ts";
import { messages } from "./messages.ts";
import { webMessages } from "./web-messages.ts";
import { workspaceMessages } from "./workspace.ts";

/** Every leaf of a message table: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? { kind: "term" } : "xã"));
    try {
      const out = (value as (...a: unknown[]) => unknown)(...args);
      return typeof out === "string" ? [[path, out]] : [];
    } catch {
      return [];
    }
  }
  if (value && typeof value === "object") {
    // Alias tables map words each language's officers type to one value: their keys are data.
    if (/Aliases$/.test(path)) return [];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * The three catalogues share one convention, so one check covers them all. The reports' table may
 * hold an empty string on purpose (an exact figure takes no qualifier word); the pages' may not.
 */
const CATALOGUES: [string, (locale: DisplayLocale) => unknown, { emptyAllowed: boolean }][] = [
  ["messages", messages, { emptyAllowed: true }],
  ["webMessages", webMessages, { emptyAllowed: false }],
  ["workspaceMessages", workspaceMessages, { emptyAllowed: false }],
];

describe.each(CATALOGUES)("%s", (_name, catalogue, { emptyAllowed }) => {
  const vi = leaves(catalogue("vi"));
  const en = leaves(catalogue("en"));

  it("has the same keys in Vietnamese and English", () => {
    expect(en.map(([k]) => k)).toEqual(vi.map(([k]) => k));
  });

  it("writes every string in NFC", () => {
    for (const [key, text] of [...vi, ...en]) expect(text, key).toBe(text.normalize("NFC"));
  });

  if (!emptyAllowed) {
    it("has no empty string", () => {
      for (const [key, text] of [...vi, ...en]) expect(text, key).not.toBe("");
    });
  }
});
