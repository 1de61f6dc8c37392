import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runChitieu } from "./support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "chitieu-cli-import-"));

// Run as root, the embedded store's PostgreSQL runs as the postgres user: it must pass through.

chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chitieu = (...args: string[]) =>
  runChitieu(args, { CHITIEU_DATA: join(dir, "store"), DATABASE_URL: "", LOG_LEVEL: "silent" });

describe("chitieu import", () => {
  it("names each wrong line by file and line, writes nothing and exits non-zero", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      "indicator,unit,period,stage,value\nnope,806,2023,official,1\nnope,806,2023,final,x\n",
    );
    const { code, stderr } = await chitieu("import", file, "--no-progress");
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2: indicator: no indicator "nope"`);
    expect(stderr).toContain(`${file}:3: indicator:`);
    expect(stderr).toMatch(/2 invalid lines; nothing was imported/);
  }, 60_000);

  it("refuses a missing file by name", async () => {
    const { code, stderr } = await chitieu("import", join(dir, "none.csv"));
    expect(code).toBe(1);
    expect(stderr).toContain("none.csv: no such file");
  });
});
