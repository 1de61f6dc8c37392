#!/usr/bin/env node
// The `chitieu` command. It runs the build in dist/ (`npm run build`, which `npm ci` runs through
// `prepare`) when that build is there and no source is newer; otherwise the TypeScript sources
// through tsx, as in development and in `npm test` (which sets CHITIEU_FROM_SOURCE=1). Both resolve
// data files the same way: dist/ mirrors src/ one level below the root.
import { existsSync, readdirSync, statSync } from "node:fs";

const root = new URL("../", import.meta.url);
const built = new URL("dist/cli/main.js", root);

/** The newest modification time under a folder, in ms (about 300 files: a millisecond or two). */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // Tests are not built: editing one does not make the build stale.
    if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function buildIsCurrent() {
  if (process.env.CHITIEU_FROM_SOURCE === "1" || !existsSync(built)) return false;
  const sources = new URL("src/", root);
  // A checkout edited after its build runs the sources, so a stale dist/ never answers for them.
  return !existsSync(sources) || newestUnder(sources) <= statSync(built).mtimeMs;
}

if (buildIsCurrent()) {
  await import(built.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
