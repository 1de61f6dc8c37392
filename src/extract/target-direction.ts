/**
 * Which side of a target is better (chiều của chỉ tiêu). A fall in points is higher-better (the
 * size of the fall is judged); shares of a structure, spending, population growth and planned
 * declines have no better side and sit in a band; an upper bound or a bad thing (poverty,
 * unemployment, accidents) is lower-better; everything else is higher-better.
 */
import type { TargetDirection, TargetSpec } from "./target-types.ts";

const STRUCTURE = /cơ cấu/iu;
const SPENDING =
  /(?:^|[^\p{L}\p{M}])(?<!bội\s)(?:tổng chi|chi ngân sách|chi thường xuyên|chi đầu tư)(?![\p{L}\p{M}])|thu\s*-\s*chi/iu;
const POPULATION_GROWTH = /tăng dân số|dân số tăng|tăng tự nhiên|tỷ lệ sinh|tỉ lệ sinh|mức sinh/iu;
/** Things a plan wants fewer of. */
const BAD_THINGS =
  /hộ nghèo|cận nghèo|thất nghiệp|suy dinh dưỡng|thấp còi|tử vong|tai nạn|cháy nổ|cháy rừng|tội phạm|ma túy|ma tuý|ô nhiễm|lạm phát|chỉ số giá tiêu dùng|\bCPI\b|nợ xấu|nợ đọng|bội chi|tảo hôn|cận huyết|sinh con thứ|giới tính khi sinh|bỏ học|mù chữ|nhà tạm|dột nát|giảm còn|giảm xuống/iu;

const SECTORS = [
  /nông(?:,|\s|-)*(?:lâm|nghiệp)/iu,
  /công nghiệp|xây dựng/iu,
  /dịch vụ|thương mại/iu,
  /khu vực (?:I|1)(?![IV\d])/u,
  /khu vực (?:II|2)(?![IV\d])/u,
  /khu vực (?:III|3)(?![IV\d])/u,
];

/** Shares of sectors given side by side ("nông nghiệp 20%, công nghiệp 35%, dịch vụ 45%") make a structure. */
function isSectorShares(spec: TargetSpec, text: string): boolean {
  if (spec.kind !== "composite") return false;
  const shares = spec.parts.filter((p) => p.unit?.startsWith("%"));
  return shares.length >= 2 && SECTORS.filter((sector) => sector.test(text)).length >= 2;
}

function isPlannedDecline(spec: TargetSpec): boolean {
  if (spec.kind === "change_vs_base") return spec.value < 0;
  if (spec.kind === "composite") return spec.parts.some((p) => p.kind === "change_vs_base" && p.value < 0);
  return false;
}

/** The first part with a figure, which speaks for a composite target. */
function leadOf(spec: TargetSpec): TargetSpec {
  if (spec.kind !== "composite") return spec;
  return spec.parts.find((p) => p.kind !== "qualitative") ?? spec;
}

/** The direction of a target read from its words and its indicator's name. */
export function directionOf(
  spec: TargetSpec,
  text: string,
  indicator: string | null | undefined,
): TargetDirection {
  const lead = leadOf(spec);
  if (lead.kind === "qualitative") return "qualitative";
  const words = `${indicator ?? ""} ${text}`;
  if (lead.kind === "relative_to_benchmark")
    return lead.comparator === "lt" ? "lower_better" : "higher_better";
  if (STRUCTURE.test(words) || isSectorShares(spec, text)) return "band";
  if (lead.kind === "reduce_pp") return "higher_better";
  // A planned fall of a bad thing is lower-better (a deeper fall is better); of anything else, a band.
  if (isPlannedDecline(spec) && BAD_THINGS.test(words)) return "lower_better";
  if (SPENDING.test(words) || POPULATION_GROWTH.test(words) || isPlannedDecline(spec)) return "band";
  if (lead.kind === "max") return "lower_better";
  if (BAD_THINGS.test(words)) return "lower_better";
  return "higher_better";
}
