/**
 * Figures in a target's words (con số trong chỉ tiêu): a number in Vietnamese notation, or a range
 * of two, or a pair "A/B", with the unit written after it. Years, term spans ("2021 - 2025") and
 * numbers that only name things ("2 vụ", "2 buổi/ngày", "Nghị quyết số 01") are not figures.
 */
import { parseNumber } from "../domain/numbers.ts";

/** A figure as found, with its place in the text. */
export interface Figure {
  /** Where the first number starts and where the figure (unit included) ends. */
  start: number;
  end: number;
  /** One number, or two for a range or a pair. */
  value: number;
  max?: number;
  /** "A/B" where both are planned counts. */
  isRatio?: boolean;
  unit: string | null;
}

/**
 * A number as target lists write it: '.' groups thousands and ',' marks decimals ("82.700",
 * "91,5"); a dot before one or two digits groups no thousands ("7.5%"); "Covid-19" is a name.
 * Read by the domain's parseNumber, which takes each of these forms the same way.
 */
const NUMBER = String.raw`(?<![\p{L}\d])(?<!\d[.,])(?<!\p{L}-)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?!\d)|\d+(?:,\d+)?)(?![.,]?\d)`;
const RANGE_JOIN = String.raw`\s*%?\s*(?:-|–|—|÷|~|đến|tới)\s*`;
/** The second number of a range, or the denominator of a pair "A/B", right after a figure. */
const RANGE_AFTER = new RegExp(`^${RANGE_JOIN}${NUMBER}`, "u");
const RATIO_AFTER = new RegExp(String.raw`^\s*\/\s*${NUMBER}(?!\s*\/)`, "u");

const MAGNITUDE = "(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)";

/**
 * Units as target lists write them, longer names first. Closed on purpose: a number followed by
 * a word that is no unit ("94 năm", "2 vụ") keeps no unit rather than a wrong one.
 */
const UNIT_NAMES = [
  "đơn vị cấp huyện",
  "đơn vị cấp xã",
  "đơn vị hành chính",
  "hợp tác xã",
  "tổ hợp tác",
  "khu công nghiệp",
  "cụm công nghiệp",
  "câu lạc bộ",
  "phòng học",
  "cán bộ",
  "công chức",
  "thanh niên",
  "sinh viên",
  "trẻ em",
  "tuyến",
  "cây số",
  "hecta",
  "héc ta",
  "tổ dân phố",
  "khu dân cư",
  "doanh nghiệp",
  "trang trại",
  "gia trại",
  "mô hình",
  "lượt",
  "lao động",
  "đảng viên",
  "đoàn viên",
  "hội viên",
  "người",
  "hộ",
  "xã",
  "phường",
  "thị trấn",
  "thôn",
  "bản",
  "làng",
  "trường",
  "học sinh",
  "giáo viên",
  "bác sĩ",
  "giường bệnh",
  "giường",
  "trạm y tế",
  "sản phẩm",
  "dự án",
  "công trình",
  "cơ sở",
  "chợ",
  "căn nhà",
  "căn",
  "ngôi nhà",
  "nhà",
  "chi bộ",
  "tổ chức",
  "việc làm",
  "đồng",
  "usd",
  "tấn",
  "tạ",
  "kg",
  "ha",
  "km2",
  "km",
  "m2",
  "m3",
  "mw",
  "kwh",
  "lít",
  "con",
  "lần",
  "điểm",
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PER = String.raw`(?:\s*\/\s*(?:người|năm|tháng|ngày|ha|hộ|xã|thôn|trường|huyện|lao động|vạn dân|nghìn dân|ngàn dân|[\d.]+\s*dân|dân|km2|GRDP))*`;
const NAMED_UNIT = new RegExp(
  String.raw`^\s*((?:${MAGNITUDE}\s*\.\s*đ|(?:${MAGNITUDE}\s+)*(?:${UNIT_NAMES.map(escapeRegExp).join("|")})|(?:${MAGNITUDE}\s+)*${MAGNITUDE})${PER})(?![\p{L}\p{M}\d])`,
  "iu",
);
const PERCENT_UNIT =
  /^\s*((?:%|‰|điểm\s*%|điểm phần trăm)(?:\s*\/\s*(?:năm|GRDP|GDP)|\s+(?:GRDP|GDP)(?![\p{L}\p{M}]))?)/iu;
/** What one figure is per: "150 triệu đồng trên 1 ha", "trên 1 lao động" (but not "trên 1%"). */
const PER_BASE_UNITS = new Set(["ha", "km2", "m2", "người", "lao động", "hộ", "xã", "dân"]);
/** "10 bác sĩ trên 1 vạn dân": the people a count is per. */
const PER_PEOPLE =
  /^\s*(?:trên|\/|mỗi|cho)\s*(?:1\s+|một\s+)?(vạn|nghìn|ngàn|10\.000|1\.000)\s+dân(?![\p{L}\p{M}])/iu;

/** Lower-cases a unit as written and folds white space; "USD" and "GRDP" keep their capitals. */
export function normalizeUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s*\.\s*/g, ".")
    .replace(/usd/g, "USD")
    .replace(/grdp/g, "GRDP")
    .replace(/gdp/g, "GDP")
    .replace(/^điểm phần trăm$/, "điểm %")
    .replace(/^điểm\s*%$/, "điểm %")
    .trim();
}

/** Reads the unit at the start of `text` ("  tỷ đồng, đạt" → "tỷ đồng"), with how much it took. */
export function matchUnit(text: string): { unit: string; length: number } | null {
  const match = PERCENT_UNIT.exec(text) ?? NAMED_UNIT.exec(text);
  if (!match) return null;
  return { unit: normalizeUnit(match[1]!), length: match[0].length };
}

/** Words after a number that make it part of a name, not a figure ("lúa 2 vụ", "học 2 buổi/ngày"). */
const NAMING_AFTER = /^\s*(?:vụ|buổi|ca|tiết|sao|năm|tháng|tuổi|lớp|cấp|tầng|làn)(?![\p{L}\p{M}])/iu;
/** Words before a number that make it a reference ("Nghị quyết số 01", "tiêu chí 17"). */
const NAMING_BEFORE =
  /(?:số|thứ|cả|chỉ thị|nghị quyết|quyết định|kết luận|điều|khoản|tiêu chí|cấp độ|mức độ|hạng|loại|nhóm|khu vực|vùng|quý|tháng|lớp|khóa|khoá|phiên bản)\s*$/iu;

/** A year where a figure could stand: four digits from 1945 to 2100 with no unit after them. */
function isYear(written: string, unit: string | null): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const n = Number(written);
  return n >= 1945 && n <= 2100 && unit === null;
}

/** Finds the figures of a target's words, in order. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const numberAt = new RegExp(NUMBER, "gu");
  for (let m = numberAt.exec(text); m; m = numberAt.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const first = m[1]!;
    let figure: Figure = { start, end, value: parseNumber(first), unit: null };
    const rest = text.slice(end);
    const range = RANGE_AFTER.exec(rest);
    const ratio = RATIO_AFTER.exec(rest);
    if (range) {
      const second = range[1]!;
      const unit = matchUnit(rest.slice(range[0].length));
      // "2021 - 2025" is a span of years, not a range of figures.
      if (isYear(first, null) && isYear(second, unit?.unit ?? null)) {
        numberAt.lastIndex = end + range[0].length;
        continue;
      }
      const max = parseNumber(second);
      if (max >= figure.value) {
        end += range[0].length;
        figure = { start, end, value: figure.value, max, unit: null };
      }
    } else if (ratio) {
      const denominator = parseNumber(ratio[1]!);
      end += ratio[0].length;
      figure = { start, end, value: figure.value, max: denominator, isRatio: true, unit: null };
    }
    const unit = matchUnit(text.slice(end));
    if (unit) {
      figure.unit = unit.unit;
      figure.end = end + unit.length;
      const per = PER_PEOPLE.exec(text.slice(figure.end));
      if (per && !unit.unit.includes("/")) figure.unit = `${unit.unit}/${per[1]!.toLowerCase()} dân`;
    } else {
      figure.end = end;
    }
    // "trên 1 vạn dân", "trên 1 ha đất trồng trọt": what a figure is per, not a figure.
    const isPer = /(?:trên|\/|mỗi|cho)\s*$/iu.test(text.slice(0, start));
    if (
      isPer &&
      (/^\s*(?:vạn|nghìn|ngàn)?\s*dân/iu.test(text.slice(end)) ||
        (figure.value === 1 && figure.max === undefined && PER_BASE_UNITS.has(figure.unit ?? "")))
    ) {
      numberAt.lastIndex = figure.end;
      continue;
    }
    numberAt.lastIndex = figure.end;
    if (figure.max === undefined && isYear(first, figure.unit)) continue;
    if (!figure.unit && NAMING_AFTER.test(text.slice(end))) continue;
    if (!figure.unit && NAMING_BEFORE.test(text.slice(0, start))) continue;
    figures.push(figure);
  }
  return figures;
}
