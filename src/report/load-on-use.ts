/**
 * Heavy libraries (echarts, exceljs, resvg; docx.ts imports docx where it writes) loaded on their first use rather than when a module
 * that may use them is imported: `chitieu serve` answers before any chart or workbook is asked
 * for, and a command that never draws one never pays for it (echarts' modules alone took about
 * 1.2 s to import). require() keeps the callers synchronous and loads each package's CommonJS
 * build, which for echarts is one file instead of some 2,900 modules.
 */
import { createRequire } from "node:module";

const requireHere = createRequire(import.meta.url);

/** A function that returns the package `id`, requiring it the first time it is called. */
export function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireHere(id) as T;
    return loaded;
  };
}
