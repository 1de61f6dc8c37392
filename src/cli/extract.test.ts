import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function chitieu(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("node", ["bin/chitieu.js", ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe("chitieu extract", () => {
  it("reads JSON lines and prints one line of statements per input line", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Sản lượng ngô đạt 7.300 tấn, đạt 98% kế hoạch năm." }),
      JSON.stringify({ id: "b", text: "Ngày 20/10/2024, UBND tỉnh ban hành Quyết định số 15/QĐ-UBND." }),
      "",
    ].join("\n");
    const { code, stdout } = await chitieu(["extract", "--jsonl"], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
    expect(lines[0].statements[0]).toMatchObject({
      value: 7300,
      unit: "tấn",
      comparisons: [{ percent: 98 }],
    });
    expect(lines[1].statements).toEqual([]);
  });

  it("fills a line's locality and period into statements that state none", async () => {
    const input = `${JSON.stringify({
      id: "c",
      text: "Sản lượng ngô đạt 7.300 tấn. Năm 2023, tỉnh Long An đạt 9.100 tấn.",
      locality: "huyện Cần Đước",
      period: "năm 2024",
    })}\n`;
    const { code, stdout } = await chitieu(["extract", "--jsonl"], input);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).statements).toMatchObject([
      { value: 7300, locality: "huyện Cần Đước", period: "năm 2024" },
      { value: 9100, locality: "tỉnh Long An", period: "Năm 2023" },
    ]);
  });

  it("prints {statements} for a whole text", async () => {
    const { code, stdout } = await chitieu(["extract", "-"], "Có 12/14 chỉ tiêu đạt và vượt kế hoạch.");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).statements[0]).toMatchObject({ met: 12, total: 14 });
  });

  it("names the line of a bad JSON line and exits non-zero", async () => {
    const { code, stderr } = await chitieu(
      ["extract", "--jsonl", "--lang", "en"],
      '{"id":"a","text":"x"}\n{oops\n',
    );
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe("chitieu: standard input:2: not a JSON line");
  });

  it("says it in Vietnamese by default", async () => {
    const { code, stderr } = await chitieu(["extract", "--jsonl"], '{"id":"a","text":5}\n');
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe('chitieu: đầu vào chuẩn:1: trường "text" phải là chuỗi');
  });

  it("names a file it cannot read", async () => {
    const { code, stderr } = await chitieu(["extract", "no-such-file.txt", "--lang", "en"], "");
    expect(code).not.toBe(0);
    expect(stderr).toContain("no-such-file.txt: cannot read (ENOENT)");
  });
});
