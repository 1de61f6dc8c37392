import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runChitieu } from "./support/cli.ts";

const chitieu = (...args: string[]) => runChitieu(args);

describe("chitieu assess", () => {
  it("reproduces the Cần Đước 2023 figures and flags the budget revenue's 1103,3 %", async () => {
    const { code, stdout } = await chitieu("assess", "examples/can-duoc-2023.json", "--json");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const byId = Object.fromEntries(result.targets.map((t: { targetId: string }) => [t.targetId, t]));
    expect(byId["rice-assigned"].percent).toBeCloseTo(107, 6);
    expect(byId["rice-annual"].percent).toBeCloseTo(104.5, 6);
    expect(byId["vegetables-annual"].percent).toBeCloseTo(102.19, 6);
    expect(byId["shrimp-annual"].percent).toBeCloseTo(102.5, 6);
    for (const id of ["rice-assigned", "rice-annual", "vegetables-annual", "shrimp-annual"]) {
      expect(byId[id].status).toBe("exceeded");
    }
    expect(byId["budget-revenue-estimate"].consistency).toEqual([
      expect.objectContaining({ kind: "implausible_percent", stated: 1103.3, likely: 110.33 }),
    ]);
    expect(result.reportedRollups).toEqual([expect.objectContaining({ met: 23, total: 24 })]);
  });

  it("prints the table in Vietnamese with Vietnamese numbers", async () => {
    const { stdout } = await chitieu("assess", "examples/can-duoc-2023.json");
    expect(stdout).toContain("huyện Cần Đước, năm 2023");
    expect(stdout).toContain("trên 88.800 tấn");
    expect(stdout).toContain("104,5%");
    expect(stdout).toContain("có thể là 110,33%");
    expect(stdout).toContain("Báo cáo: 23/24 chỉ tiêu đạt, vượt");
  });

  it("gives the Kiến Tường mid-term assessment of its three figures, in English", async () => {
    const { stdout } = await chitieu("assess", "examples/kien-tuong-2020-2025.json", "--lang", "en");
    expect(stdout).toContain("Mid-term assessment at 2023-09-23");
    expect(stdout).toContain("over 182,000 tonnes");
    expect(stdout).toContain("109.67%");
    expect(stdout).toContain("142.36%");
    expect(stdout).toContain("Reported: 10/18 targets met or exceeded");
    const json = JSON.parse((await chitieu("assess", "examples/kien-tuong-2020-2025.json", "--json")).stdout);
    expect(json.term.map((t: { targetId: string; state: string }) => [t.targetId, t.state])).toEqual([
      ["growth-resolution", "no_data"],
      ["food-resolution", "already_met"],
      ["rice-hq-resolution", "already_met"],
    ]);
  });

  it("names the file and field of a bad input and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ unit: { code: "1", name: "x" }, period: "2023", indicators: [] }));
    const { code, stderr } = await chitieu("assess", bad);
    expect(code).not.toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`${bad}: indicators:`);
  });

  it("names a file that is not JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const { code, stderr } = await chitieu("assess", bad);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.json: not valid JSON/);
  });

  it("refuses an unknown language", async () => {
    const { code, stderr } = await chitieu("assess", "examples/can-duoc-2023.json", "--lang", "fr");
    expect(code).toBe(2);
    expect(stderr).toContain("--lang");
  });
});
