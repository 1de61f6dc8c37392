/**
 * The layering of src/ (ARCHITECTURE.md, issue 13): dependencies point inward, and each folder
 * imports only the folders listed for it below, the one place they are listed (the README's
 * layout table says the same). Read from the source: every static `import … from`, `export … from`
 * and dynamic `import()` of a relative path, tests beside the code left out (a test may reach
 * across to set up what it checks).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

type Folder = "domain" | "extract" | "db" | "app" | "http" | "report" | "i18n" | "cli" | "demo" | "config";

/** What each folder may import (itself always). */
const ALLOWED: Record<Folder, readonly Folder[]> = {
  /** Pure: nothing of the project but the domain. */
  domain: [],
  extract: ["domain"],
  /** The store: never the use-cases, the web or the reports. */
  db: ["domain", "extract"],
  app: ["db", "domain", "extract", "report", "i18n", "demo"],
  /** Reaches the store only through app (types of rows and of the Store aside, see TYPE_ONLY). */
  http: ["app", "domain", "report", "i18n", "config"],
  report: ["domain", "i18n"],
  i18n: ["domain"],
  cli: ["app", "db", "domain", "extract", "report", "demo", "http", "config"],
  demo: ["app", "db", "domain"],
  config: [],
};

/** Edges allowed for types only (erased at build: no call crosses them). */
const TYPE_ONLY: Partial<Record<Folder, readonly Folder[]>> = {
  http: ["db"],
};

/**
 * Single files allowed more than their folder, each with why. None now: the workspace's home and
 * audit page, and the API's audit route, read the store through app (read-plans.ts, read-audit.ts).
 */
const FILES: Record<string, { also: readonly Folder[]; why: string }> = {};

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^;'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const folderOf = (file: string): Folder => {
  const rel = path.relative(SRC, file);
  const first = rel.split(path.sep)[0]!;
  return (first.endsWith(".ts") ? first.replace(/\.ts$/, "") : first) as Folder;
};

interface Edge {
  file: string;
  from: Folder;
  to: Folder;
  typeOnly: boolean;
}

function edges(): Edge[] {
  const found: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4]!;
      if (!spec.startsWith(".")) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      found.push({
        file: path.relative(SRC, file).split(path.sep).join("/"),
        from: folderOf(file),
        to: folderOf(target),
        typeOnly: m[2] !== undefined,
      });
    }
  }
  return found;
}

function isAllowed(e: Edge): boolean {
  if (e.from === e.to) return true;
  if (ALLOWED[e.from]?.includes(e.to)) return true;
  if (e.typeOnly && TYPE_ONLY[e.from]?.includes(e.to)) return true;
  return FILES[e.file]?.also.includes(e.to) ?? false;
}

describe("layering of src/", () => {
  const all = edges();

  it("reads the imports of every folder", () => {
    expect(new Set(all.map((e) => e.from))).toEqual(
      new Set(["domain", "extract", "db", "app", "http", "report", "i18n", "cli", "demo"]),
    );
    expect(all.length).toBeGreaterThan(300);
  });

  it("has every import on an allowed edge", () => {
    const wrong = all
      .filter((e) => !isAllowed(e))
      .map((e) => `${e.file} → ${e.to}${e.typeOnly ? " (type)" : ""}`);
    expect(wrong).toEqual([]);
  });

  it("keeps domain and extract pure, db below app, http off the store", () => {
    expect(ALLOWED.domain).toEqual([]);
    expect(ALLOWED.extract).toEqual(["domain"]);
    for (const above of ["app", "http", "report"] as const) expect(ALLOWED.db).not.toContain(above);
    expect(ALLOWED.http).not.toContain("db");
  });

  it("would catch a forbidden import (the checker itself)", () => {
    expect(isAllowed({ file: "domain/x.ts", from: "domain", to: "db", typeOnly: true })).toBe(false);
    expect(isAllowed({ file: "db/x.ts", from: "db", to: "app", typeOnly: false })).toBe(false);
    expect(isAllowed({ file: "http/api/x.ts", from: "http", to: "db", typeOnly: false })).toBe(false);
    expect(isAllowed({ file: "i18n/x.ts", from: "i18n", to: "db", typeOnly: true })).toBe(false);
  });

  it("is the table the README's layout shows", () => {
    const readme = readFileSync(path.resolve(SRC, "../README.md"), "utf8");
    for (const [folder, allowed] of Object.entries(ALLOWED)) {
      if (folder === "config") continue;
      const row = readme.split("\n").find((l) => l.startsWith(`| \`src/${folder}\``));
      expect(row, `README layout row for src/${folder}`).toBeDefined();
      const cell = row!.split("|").at(-2)!.trim();
      const listed = cell === "nothing" ? [] : cell.split(",").map((s) => s.trim().replace(/`/g, ""));
      expect([folder, listed.sort()]).toEqual([folder, [...allowed].sort()]);
    }
  });
});

/**
 * What `chitieu` loads before it knows its command (issue 14: `--help` within 4× of node's own
 * start): src/cli/main.ts and what it imports statically, every level down. A command imports
 * the store, the extractor or the server inside its action (`await import(…)`), so `--help` and
 * every other command pay only for their own.
 */
function loadedAtStart(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      // Dynamic imports (m[4]) load when their command runs; type imports never load.
      if (m[3] === undefined || m[2] !== undefined) continue;
      if (m[3].startsWith(".")) visit(path.resolve(path.dirname(file), m[3]));
      else packages.add(m[3]);
    }
  };
  visit(path.join(SRC, entry));
  return {
    files: [...files].map((f) => path.relative(SRC, f).split(path.sep).join("/")),
    packages: [...packages],
  };
}

describe("what chitieu loads before it knows its command", () => {
  const { files, packages } = loadedAtStart("cli/main.ts");

  it("reads the command line's modules", () => {
    expect(files).toContain("cli/program.ts");
    expect(files).toContain("cli/extract.ts");
  });

  it("is the command line and small parts of the domain: no store, extractor, server or report", () => {
    expect(files.filter((f) => !/^(cli|domain)\//.test(f))).toEqual([]);
    expect(packages.filter((p) => p !== "commander" && !p.startsWith("node:"))).toEqual([]);
  });
});
