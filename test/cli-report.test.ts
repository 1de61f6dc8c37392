import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runChitieu } from "./support/cli.ts";

const chitieu = (...args: string[]) => runChitieu(args);
const chitieuWith = (env: Record<string, string>, ...args: string[]) => runChitieu(args, env);

describe("chitieu report", () => {
  it("drafts the Cần Đước 2023 article in Vietnamese", async () => {
    const { code, stdout } = await chitieu("report", "--file", "examples/can-duoc-2023.json", "--lang", "vi");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Huyện Cần Đước đạt, vượt 23/24 chỉ tiêu KT-XH năm 2023");
    expect(stdout).toContain("19/01/2024 - 07:00");
    expect(stdout).toContain("đạt trên 88.800 tấn, đạt 107% kế hoạch tỉnh giao, đạt 104,5% kế hoạch năm");
    expect(stdout).toContain("Nhiều kết quả nổi bật");
  });

  it("drafts it in English as JSON with the figures used", async () => {
    const { code, stdout } = await chitieu(
      "report",
      "--file",
      "examples/can-duoc-2023.json",
      "--lang",
      "en",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.locale).toBe("en");
    expect(report.sections[0].heading).toBe("Notable results");
    expect(report.figures.map((f: { indicatorCode: string }) => f.indicatorCode)).toContain("rice_output");
    expect(JSON.stringify(report)).toContain("104.5% of the annual plan");
  });

  it("writes an HTML article in the report's language, escaped", async () => {
    const { code, stdout } = await chitieu(
      "report",
      "--file",
      "examples/kien-tuong-2020-2025.json",
      "--format",
      "html",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<article lang="vi">/);
    expect(stdout).toContain(
      "<h1>Thị xã Kiến Tường đạt và vượt 10/18 chỉ tiêu nghị quyết nhiệm kỳ 2020-2025</h1>",
    );
    expect(stdout).toContain('<time datetime="2023-09-23T09:38:00+07:00">23/09/2023 - 09:38</time>');
    expect(stdout).toContain("Công trình trọng điểm, chương trình đột phá");
    expect(stdout).not.toMatch(/“[^”]*<(?!\/)/);
  });

  it("fails in one line naming the option or the field at fault", async () => {
    const bad = await chitieu("report", "--file", "examples/can-duoc-2023.json", "--format", "pdf");
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('chitieu: --format: expected text, json or html, got "pdf"');

    const dir = mkdtempSync(join(tmpdir(), "chitieu-report-"));
    const file = join(dir, "plan.json");
    writeFileSync(file, JSON.stringify({ unit: { code: "1", name: "x" }, period: "2023", indicators: [] }));
    const invalid = await chitieu("report", "--file", file);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^chitieu: .*plan\.json: indicators: /);
    expect(invalid.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("drafts from the store with --unit and --period, filling an empty store with the demo first", async () => {
    const env = { CHITIEU_DATA: mkdtempSync(join(tmpdir(), "chitieu-report-")), DATABASE_URL: "" };
    const vi = await chitieuWith(env, "report", "--unit", "806", "--period", "2023", "--lang", "vi");
    expect(vi.code).toBe(0);
    expect(vi.stdout.split("\n")[0]).toBe("Huyện Cần Đước đạt, vượt 23/24 chỉ tiêu KT-XH năm 2023");
    for (const figure of ["88.800 tấn", "107%", "104,5%", "102,19%", "2.390 tỷ đồng"])
      expect(vi.stdout).toContain(figure);
    expect(vi.stdout).toContain("nhầm dấu thập phân");
    const en = await chitieuWith(env, "report", "--unit", "806", "--period", "2023", "--lang", "en");
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("88,800");
    expect(en.stdout).toContain("104.5%");
    const unknown = await chitieuWith(env, "report", "--unit", "99999", "--period", "2023");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^chitieu: unit: /);
    const neither = await chitieu("report");
    expect(neither.code).toBe(2);
  }, 60_000);
});
