/**
 * The extraction bench (issue 17): how long `extractStatements` takes on a report of about
 * 200 KB built from report-like sentences, and on adversarial texts of 100 KB (long runs of
 * figures, brackets, periods, places) that once made it quadratic. Pure CPU, no database.
 *
 *   npm run bench -- extract
 *
 * Prints the median CPU time of 5 runs per text, after one warm-up run; fails when the 200 KB
 * report takes a second or more.
 */
import { extractStatements } from "../src/extract/extract.ts";

/** Sentences of the kinds a report holds (our own wording), repeated with changing figures. */
const SENTENCES = [
  "Năm 2024, tổng giá trị sản xuất toàn huyện ước đạt 12.480 tỷ đồng, tăng 8,2% so với cùng kỳ, đạt 101,5% kế hoạch năm.",
  "Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, bằng 112% dự toán tỉnh giao (trong đó thu nội địa đạt 980 tỷ đồng, tăng 6% so cùng kỳ).",
  "Tỷ lệ hộ nghèo giảm còn 3,12%, giảm 0,85% so với năm 2023; có 18/20 chỉ tiêu đạt và vượt kế hoạch.",
  "Cụ thể, Lào Cai tăng trưởng 9,1%; Yên Bái 7,4%; dẫn đầu là Hà Nam (10,2%), Nam Định (9,8%).",
  "Các con số này tăng 3% về số doanh nghiệp và tăng 5% về số lao động so với tháng trước.",
  "Sáu tháng đầu năm 2024, GRDP của tỉnh tăng 6,8% so với cùng kỳ (quý I tăng 6,1%; quý II tăng 7,4%), đóng góp 2,1 điểm phần trăm.",
  "Ngày 12/7/2024, HĐND tỉnh ban hành Nghị quyết số 45/NQ-HĐND; mọi thắc mắc gọi 0296 3852 111 từ 7h30.",
];

function report(bytes: number): string {
  let text = "";
  let i = 0;
  while (Buffer.byteLength(text) < bytes) {
    const sentence = SENTENCES[i % SENTENCES.length]!.replace(/\d+(?=\.\d{3})/, String(10 + (i % 90)));
    text += `${sentence}${i % 5 === 4 ? "\n" : " "}`;
    i++;
  }
  return text;
}

const ADVERSARIAL: [string, string][] = [
  ["figures with units", "1 tấn ".repeat(17_000)],
  ["spaces", `${" ".repeat(100_000)}đạt 5 tấn`],
  ["percents with a basis", "tăng 5% so với ".repeat(7_000)],
  ["nested brackets", `${"(a ".repeat(30_000)}đạt 5% ${")".repeat(30_000)}`],
  ["roll-ups", "1/2 chỉ tiêu ".repeat(8_000)],
  ["commas", `${"a,".repeat(50_000)} đạt 5 tấn`],
  ["periods", `${"năm 2020, ".repeat(10_000)}đạt 5 tấn`],
  ["places", "huyện Cần Đước, trong đó: ".repeat(4_000)],
  ["places with a bracketed figure", "Hà Nội (5%), ".repeat(8_000)],
  ["'về' lists", "con số này tăng 5% về số doanh nghiệp, ".repeat(3_000)],
  ["slash pairs", "1.000/2.000 tỷ đồng ".repeat(5_000)],
];

/**
 * Median CPU time of 5 runs (after a warm-up), in ms: on a machine shared with other work the
 * wall clock measures the neighbours; the process's CPU time measures the extractor.
 */
function median(text: string): number {
  extractStatements(text);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = process.cpuUsage();
    extractStatements(text);
    const used = process.cpuUsage(started);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const main = report(200_000);
const mainMs = median(main);
const count = extractStatements(main).statements.length;
console.log(
  `report ${Math.round(Buffer.byteLength(main) / 1000)} KB: ${mainMs.toFixed(0)} ms CPU (median of 5), ${count} statements`,
);
for (const [name, text] of ADVERSARIAL) {
  console.log(
    `adversarial, ${name} (${Math.round(text.length / 1000)} K chars): ${median(text).toFixed(0)} ms CPU`,
  );
}
if (mainMs >= 1000) {
  console.error("the 200 KB report took a second or more");
  process.exitCode = 1;
}
