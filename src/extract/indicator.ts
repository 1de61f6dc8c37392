/**
 * The indicator phrase of a statement: the words before its figure, cut at the clause that
 * introduces them, without connectors (trong đó, cụ thể, đặc biệt), periods, estimate words or
 * the verb. An empty phrase tells the grammar that a figure continues the statement before it.
 */
import { removePeriods } from "./period.ts";

const LEAD =
  /^(?:[\s\-–—•*+.,;:)]|\d{1,2}[.)]\s|[IVX]+\.\s|[a-zđ][.)]\s|cho biết|cho hay|nhấn mạnh|thông tin|trong đó|trong khi đó|cụ thể(?: là)?|riêng|đặc biệt|bên cạnh đó|ngoài ra|đồng thời|nhất là|theo đó|tuy nhiên|như|và|còn|với|về|qua đó|nhờ đó|sau|theo báo cáo|theo|các|những|đã|thì|do|đến nay|hiện nay|sau đó|có|gồm|bao gồm|trong|toàn (?:huyện|tỉnh|xã|thị xã|thành phố|quốc)|cả nước)(?![\p{L}\p{M}])\s*/iu;
const TRAIL =
  /(?:^|\s)(?:ước đạt|ước tính|ước thực hiện|dự ước|dự kiến|ước|hiện có|hiện|đạt được|đạt|thực hiện được|thực hiện|được|là|có|với|cho|phấn đấu|đến|lên|xuống|ở mức|mức|bình quân|khoảng|trên|hơn|gần|dưới|từ|bằng|tăng|giảm|vượt|chiếm|tương đương|cao hơn|thấp hơn|đã|sẽ|và|của)\s*$|[\s,;:\-–(]+$/iu;
const LOCALITY_ONLY =
  /^(?:toàn |cả |của )?(?:huyện|tỉnh|thị xã|xã|phường|thị trấn|thành phố|quận|nước|địa phương|đơn vị|toàn quốc)$/iu;

/** A named unit at the head of a phrase: "Huyện Hòa Vang có …" names the place, not the indicator. */
const PLACE_HEAD =
  /^(?:[Hh]uyện|[Xx]ã|[Tt]ỉnh|[Tt]hị xã|[Tt]hành phố|[Pp]hường|[Qq]uận|[Tt]hị trấn)(?:\s+\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])){1,4}\s*/u;

function stripEnds(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 12; i++) {
    const next = s.replace(LEAD, "").replace(PLACE_HEAD, "").replace(TRAIL, "").trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

const REPORTING = /cho biết|cho hay|nhấn mạnh|thông tin|báo cáo|phát biểu|khẳng định|(?:^|\s)theo(?:\s|$)/iu;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The indicator phrase in `gap`, the text between the previous figure (or the start of the
 * sentence) and the verb of this one. Returns "" when nothing but connectors is there.
 */
export function cleanIndicator(gap: string): string {
  // Item markers: "a) ", "2. ", "- b) ", "II. ".
  let s = gap.slice(-400).replace(/^\s*(?:[-–•*+]\s*)?(?:[a-zđ]|\d{1,2}|[IVX]+)[.)]\s+/u, "");
  // Bracketed asides with figures, and unbalanced brackets.
  s = s.replace(/\([^()]*\d[^()]*\)/g, " ").replace(/[()[\]]/g, " ");
  // The clause that holds the figure: after the last ";" or sentence-internal "!".
  s = s.split(/[;!?]/).pop() ?? "";
  // "Cơ cấu kinh tế: Nông lâm nghiệp…" keeps the words after ":", unless none.
  const colon = s.split(":");
  if (colon.length > 1) {
    const last = stripEnds(removePeriods(colon[colon.length - 1]!));
    s = last ? colon[colon.length - 1]! : colon.slice(0, -1).join(":");
  }
  // "…, trong đó X đạt": the sub-item after "trong đó".
  const within = /.*(?:trong đó|cụ thể|riêng|bao gồm)[\s,:]+/isu.exec(s);
  if (within && stripEnds(s.slice(within[0].length))) s = s.slice(within[0].length);
  s = removePeriods(s);
  // Comma parts: keep the last, and the ones before it while the kept head is a fragment
  // ("giá trị sản xuất nông, lâm nghiệp, thủy sản").
  const parts = s.split(",");
  let kept = stripEnds(parts.pop() ?? "");
  let head = kept;
  // "A, B và C" lists keep their head too ("tăng trưởng khu vực nông, lâm nghiệp và thủy sản").
  while (parts.length > 0 && kept && (words(head) <= 3 || /\svà\s/u.test(head))) {
    const previous = stripEnds(parts[parts.length - 1]!);
    if (!previous || words(previous) > 8 || REPORTING.test(previous)) break;
    kept = `${previous}, ${kept}`;
    head = previous;
    parts.pop();
  }
  kept = stripEnds(kept.replace(/\s+/g, " "));
  if (LOCALITY_ONLY.test(kept)) return "";
  return kept.slice(-160);
}

const RATE =
  /tỷ lệ|tỉ lệ|tốc độ|tăng trưởng|tỷ trọng|tỉ trọng|cơ cấu|chỉ số|độ che phủ|bao phủ|lạm phát|\bCPI\b|lãi suất|năng suất lao động tăng|mức tăng|mức giảm/iu;

/** Whether an indicator is a rate, so that "đạt 7,5%" is its level and not a percent of plan. */
export function isRateIndicator(indicator: string): boolean {
  return RATE.test(indicator);
}
