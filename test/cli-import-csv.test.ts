import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "chitieu-cli-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function chitieu(...args: string[]) {
  const env = { ...process.env, CHITIEU_DATA: join(dir, "store"), DATABASE_URL: "", LOG_LEVEL: "silent" };
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/chitieu.js", ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

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
