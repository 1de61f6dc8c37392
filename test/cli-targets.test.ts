import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runChitieu } from "./support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "chitieu-targets-"));
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

const TERM = { type: "term", from: 2021, to: 2025 };

describe("chitieu targets parse", () => {
  it("reads target lines and prints one JSON line per target in the list conventions", async () => {
    const path = file("targets.jsonl", [
      JSON.stringify({
        id: "t1",
        text: "tỷ lệ xã đạt chuẩn nông thôn mới trên 80%",
        indicator: null,
        period: TERM,
      }),
      "",
      JSON.stringify({
        id: "t2",
        text: "tăng trưởng kinh tế bình quân 7,5 - 8%/năm",
        indicator: "Tốc độ tăng trưởng GRDP",
        period: TERM,
      }),
      JSON.stringify({
        id: 3,
        text: "tỷ lệ hộ nghèo giảm 1-1,5%",
        period: { type: "annual", from: 2024, to: 2024 },
      }),
    ]);
    const { code, stdout } = await runChitieu(["targets", "parse", path, "--jsonl"]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: "t1",
        target: { kind: "min", value: 80, strict: true },
        unit: "%",
        direction: "higher_better",
        horizon: "end_of_period",
      },
      {
        id: "t2",
        target: { kind: "range", min: 7.5, max: 8 },
        unit: "%/năm",
        direction: "higher_better",
        horizon: "period_average",
      },
      {
        id: 3,
        target: { kind: "reduce_pp", min: 1, max: 1.5 },
        unit: "điểm %",
        direction: "higher_better",
        horizon: "annual",
      },
    ]);
  });

  it("prints each target as a sentence for a person, from plain lines and a --period", async () => {
    const path = file("plain.txt", ["tỷ lệ hộ nghèo dưới 1,5%", "Đến năm 2025 có 100% thôn có nhà văn hóa"]);
    const { code, stdout } = await runChitieu(["targets", "parse", path, "--period", "2021-2025"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "1: dưới 1,5% (bằng 1,5% là chưa đạt), thấp hơn là tốt, vào năm cuối nhiệm kỳ",
      "2: đạt 100%, cao hơn là tốt, vào năm cuối nhiệm kỳ",
    ]);
  });

  it("says the sentence in English with --lang en", async () => {
    const path = file("en.txt", ["thu ngân sách trên địa bàn đạt trên 5.000 tỷ đồng"]);
    const { code, stdout } = await runChitieu(["targets", "parse", path, "--period", "2024", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      "1: more than 5,000 tỷ đồng (5,000 tỷ đồng itself misses), higher is better, in the plan year",
    );
  });

  it("names the line of a bad JSON line and exits non-zero", async () => {
    const path = file("bad.jsonl", [JSON.stringify({ id: "a", text: "đạt 5%" }), "{oops"]);
    const { code, stdout, stderr } = await runChitieu(["targets", "parse", path, "--jsonl", "--lang", "en"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(`chitieu: ${path}:2: not a JSON line`);
  });

  it("names a bad period in Vietnamese by default", async () => {
    const path = file("period.jsonl", [
      JSON.stringify({ id: "a", text: "đạt 5%", period: { type: "month" } }),
    ]);
    const { code, stderr } = await runChitieu(["targets", "parse", path, "--jsonl"]);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(
      `chitieu: ${path}:1: trường "period" cần {"type": "annual"|"term", "from", "to"}`,
    );
  });
});
