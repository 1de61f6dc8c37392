import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropRepeats, extractLocated, extractStatements } from "./extract.ts";

const read = (text: string) => extractStatements(text).statements;

describe("extractStatements: distractors yield nothing", () => {
  it("ignores decree numbers and their dates", () => {
    expect(
      read("Ngày 12/7/2023, HĐND tỉnh ban hành Nghị quyết số 45/NQ-HĐND về kế hoạch đầu tư công."),
    ).toEqual([]);
  });

  it("ignores anniversaries, date ranges and year ranges", () => {
    expect(
      read(
        "Sáng 3/2, xã tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025), giai đoạn 1945 - 2025.",
      ),
    ).toEqual([]);
  });

  it("ignores a phone number and a time", () => {
    expect(read("Mọi thắc mắc xin gọi đường dây nóng 0296 3852 111 từ 7h30 đến 17h00 hằng ngày.")).toEqual(
      [],
    );
  });

  it("ignores an article number and a count of procedures", () => {
    expect(
      read("Điều 2. Công bố 06 thủ tục hành chính ban hành kèm theo Quyết định số 1520/QĐ-UBND."),
    ).toEqual([]);
  });

  it("ignores percents of votes and of fees", () => {
    expect(
      read("Nghị quyết được thông qua với 100% đại biểu tán thành; giảm 50% lệ phí cấp giấy phép."),
    ).toEqual([]);
  });

  it("ignores a project's specification and damage from a storm", () => {
    expect(
      read("Dự án có tổng mức đầu tư 1.250 tỷ đồng, công suất 50 MW, mỗi hộ được hỗ trợ 30 triệu đồng."),
    ).toEqual([]);
    expect(read("Cơn bão làm 4 người bị thương, 230 nhà bị tốc mái.")).toEqual([]);
  });

  it("ignores a sports event and the length of a road", () => {
    expect(
      read("Giải chạy thu hút 2.000 vận động viên với cự ly 10 km, tổng giải thưởng 150 triệu đồng."),
    ).toEqual([]);
    expect(read("Tuyến đường dài 32 km, rộng 12 m.")).toEqual([]);
  });

  it("ignores attendance counts at a ceremony", () => {
    expect(read("Lễ kỷ niệm có 300 người tham dự, trao tặng huy hiệu cho 25 đảng viên.")).toEqual([]);
  });
});

describe("extractStatements: traps inside real statements", () => {
  it("does not read a rank as a roll-up", () => {
    const statements = read("Chỉ số PCI xếp thứ 12/63 tỉnh, thành phố.");
    expect(statements.some((s) => s.met !== undefined)).toBe(false);
  });

  it("does not read a share as a percent of plan", () => {
    const [s] = read("Thu nội địa đạt 900 tỷ đồng, chiếm 75% tổng thu ngân sách.");
    expect(s!.comparisons).toEqual([]);
    expect(s!.share_percent).toBe(75);
  });

  it("does not read the year of a basis or a decree as a value", () => {
    const statements = read(
      "Thực hiện Nghị quyết số 08/NQ-TU, năm 2024 sản lượng gạo đạt 21.500 tấn, tăng 4% so với năm 2023.",
    );
    expect(statements.map((s) => s.value)).toEqual([21500]);
  });

  it("reads '1.103,3%' and '540,136 tỉ' the Vietnamese way", () => {
    const [s] = read("Tổng thu ngân sách đạt 612,045 tỉ đồng, đạt 1.103,3% dự toán.");
    expect(s).toMatchObject({ value: 612.045, unit: "tỉ đồng", comparisons: [{ percent: 1103.3 }] });
  });

  it("reads an English-style decimal ('725.4 tỷ đồng')", () => {
    expect(read("Thu ngân sách ước đạt 725.4 tỷ đồng.")[0]!.value).toBe(725.4);
  });

  it("reads NFD input like NFC input", () => {
    const text = "Sản lượng tôm đạt 3.250 tấn, đạt 101% kế hoạch năm.";
    expect(read(text.normalize("NFD"))).toEqual(read(text));
  });
});

describe("dropRepeats", () => {
  it("keeps statements with different figures", () => {
    const base = {
      indicator: "thu ngân sách",
      unit: "tỷ đồng",
      qualifier: null,
      estimated: false,
      comparisons: [],
    };
    const a = { ...base, value: 1, period: null, locality: null };
    const b = { ...base, value: 2, period: null, locality: null };
    expect(dropRepeats([a, b, { ...a, period: "năm 2024" }])).toEqual([{ ...a, period: "năm 2024" }, b]);
  });
});

describe("extractLocated", () => {
  it("gives each statement its trimmed sentence and the sentence's offsets in the normalised text", () => {
    const input = "Mở đầu báo cáo.\n  Sản lượng cá nuôi đạt 1.240 tấn. Diện tích ngô đạt 310 ha.";
    const { text, statements } = extractLocated(input);
    expect(statements.map((s) => s.sentence.text)).toEqual([
      "Sản lượng cá nuôi đạt 1.240 tấn.",
      "Diện tích ngô đạt 310 ha.",
    ]);
    for (const s of statements) expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
  });

  it("offsets refer to the NFC text, whatever form the input came in", () => {
    const { text, statements } = extractLocated("Sản lượng cá nuôi đạt 1.240 tấn.".normalize("NFD"));
    expect(text).toBe("Sản lượng cá nuôi đạt 1.240 tấn.");
    expect(statements[0]!.sentence).toEqual({ text, start: 0, end: text.length });
  });

  it("reads the same statements as extractStatements", () => {
    const input = "Năm 2023, sản lượng cá nuôi đạt 1.240 tấn.\nSản lượng cá nuôi đạt 1.240 tấn năm 2023.";
    expect(extractLocated(input).statements.map((s) => s.statement)).toEqual(
      extractStatements(input).statements,
    );
  });
});

describe("extractStatements: any input", () => {
  const pieces = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(
      "đạt ",
      "tăng ",
      "(",
      ")",
      "[",
      "%",
      "/",
      "tỷ đồng",
      " so với cùng kỳ",
      "chỉ tiêu",
      "xếp thứ ",
      ". ",
      ";",
      "\n",
      "số ",
      "1.103,3",
      "9".repeat(400),
      "1,2,3,4.5.6",
      "/KH ",
      "trở lên",
    ),
    fc.bigInt().map(String),
    fc.double().map(String),
  );

  it("returns statements for any string, never throws, within 1 s per 100 KB", () => {
    const texts = fc.oneof(
      fc.array(pieces, { maxLength: 60 }).map((p) => p.join("")),
      fc
        .tuple(fc.array(pieces, { maxLength: 8 }), fc.integer({ min: 1, max: 200 }))
        .map(([p, n]) => p.join("").repeat(n)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = extractStatements(text);
        expect(Array.isArray(result.statements)).toBe(true);
        for (const s of result.statements) {
          expect(s.value === null || Number.isFinite(s.value)).toBe(true);
          expect(JSON.parse(JSON.stringify(s))).toEqual(s);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("reads 1 MB of report-like text to the end", () => {
    const sentence =
      "Năm 2024, sản lượng lúa đạt trên 88.800 tấn, đạt 107% kế hoạch tỉnh giao (xếp thứ 3/8 huyện); Nghị quyết số 12/NQ-HĐND ngày 19/01/2024 ((( ";
    let text = "";
    let i = 0;
    while (text.length < 1_000_000) text += sentence.replace("88.800", String(1000 + i++));
    const result = extractStatements(text);
    expect(result.statements.length).toBeGreaterThan(1000);
    expect(result.statements.at(-1)).toMatchObject({ unit: "tấn", comparisons: [{ percent: 107 }] });
  });

  // How fast these are read is measured by `npm run bench -- extract`, not asserted here.
  it("reads adversarial texts of 100 KB to the end", () => {
    const texts = [
      "1 tấn ".repeat(17_000),
      `${" ".repeat(100_000)}đạt 5 tấn`,
      "tăng 5% so với ".repeat(7_000),
      `${"(a ".repeat(30_000)}đạt 5% ${")".repeat(30_000)}`,
      "1/2 chỉ tiêu ".repeat(8_000),
      `${"a,".repeat(50_000)} đạt 5 tấn`,
      `${"năm 2020, ".repeat(10_000)}đạt 5 tấn`,
      "huyện Cần Đước, trong đó: ".repeat(4_000),
    ];
    for (const text of texts) {
      const last = extractStatements(text).statements.at(-1);
      if (text.endsWith("đạt 5 tấn")) expect(last).toMatchObject({ value: 5, unit: "tấn" });
    }
  });
});
