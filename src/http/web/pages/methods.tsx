/**
 * The methods page (/vi/methods, /en/methods): how a status is decided, for a reader of a
 * scorecard (phương pháp đánh giá). The reader's version of docs/assessment.md; every scorecard
 * links here. Both languages hold the same sections, in the same order (methods.test.ts).
 */
import type { DisplayLocale } from "../../../domain/numbers.ts";
import type { Page, PageContext } from "../page.tsx";

export interface MethodsSection {
  id: string;
  heading: string;
  paragraphs: string[];
}

export const METHODS: Record<DisplayLocale, { title: string; lead: string; sections: MethodsSection[] }> = {
  vi: {
    title: "Cách đánh giá chỉ tiêu",
    lead: "Mọi mức đạt trên trang này (vượt, đạt, cơ bản đạt, không đạt) đều được tính theo cùng một bộ quy tắc dưới đây; nhãn đánh giá do đơn vị công bố được giữ nguyên văn bên cạnh.",
    sections: [
      {
        id: "levels",
        heading: "Chỉ tiêu về quy mô (tấn, tỷ đồng, người…)",
        paragraphs: [
          "Tỷ lệ thực hiện so kế hoạch = thực hiện / kế hoạch × 100, làm tròn theo số chữ số thập phân của chỉ tiêu. Trên 100% là vượt, đúng 100% là đạt, từ 95% là cơ bản đạt (ngưỡng mặc định, mỗi chỉ tiêu hoặc mỗi kế hoạch có thể đặt khác), dưới đó là không đạt.",
          "Không bao giờ ghi tỷ lệ % kế hoạch âm: khi kết quả hoặc mức kế hoạch âm, chỉ so sánh hai giá trị.",
        ],
      },
      {
        id: "rates",
        heading: "Tốc độ tăng trưởng, tỷ lệ, tỷ trọng",
        paragraphs: [
          "Với tốc độ tăng, tỷ lệ và tỷ trọng, không tính “% kế hoạch”: 7,18% so với mục tiêu 7,5-8% là thấp hơn 0,32 điểm %, không phải “đạt 95,7% kế hoạch”.",
          "Mặc định khoảng chênh cho phép là 0 điểm %: thiếu là không đạt. Mỗi chỉ tiêu, hoặc mỗi kế hoạch, có thể đặt một khoảng chênh (ví dụ 0,5 điểm %) trong đó được coi là cơ bản đạt.",
          "Mục tiêu giảm một tỷ lệ (“giảm tỷ lệ hộ nghèo 1-1,5%/năm”) được tính bằng điểm %: mức giảm đạt được so với mức giảm kế hoạch.",
        ],
      },
      {
        id: "bounds",
        heading: "Cận trên, cận dưới, “khoảng”, khoảng cơ cấu",
        paragraphs: [
          "“Trên 50%”, “dưới 4%” là cận chặt: đúng bằng 50% hay 4% là chưa đạt. “Từ 50% trở lên”, “không quá 4%” là cận không chặt: đúng bằng là đạt.",
          "“Khoảng X” được coi là đạt trong phạm vi sai số: mặc định ± 0,5 điểm % với tỷ lệ, ± 2% của X với chỉ tiêu quy mô; mỗi chỉ tiêu hoặc kế hoạch có thể đặt khác.",
          "Tỷ trọng trong cơ cấu kinh tế (ví dụ nông nghiệp 1,4-1,6%) đạt khi nằm trong khoảng; ra ngoài khoảng ở phía nào cũng là không đạt, không bao giờ là “vượt”.",
          "Chỉ tiêu càng thấp càng tốt (tỷ lệ hộ nghèo, chỉ số giá tiêu dùng) được ghi là “thấp hơn mục tiêu” khi đạt, không in tỷ lệ % kế hoạch.",
        ],
      },
      {
        id: "term",
        heading: "Chỉ tiêu nhiệm kỳ, bình quân và hằng năm",
        paragraphs: [
          "Năm gốc của nhiệm kỳ phải được ghi rõ: một kế hoạch “2021-2025” lấy năm 2020 làm gốc; không tự lấy năm 2021.",
          "Tốc độ tăng bình quân được tính gộp (nhân) từ tốc độ tăng từng năm, hoặc từ giá trị năm cuối so với năm gốc; không lấy trung bình cộng.",
          "Chỉ tiêu “hằng năm” được đánh giá từng năm; một năm không đạt thì cả nhiệm kỳ không đạt, và năm đó được nêu rõ.",
          "Giữa nhiệm kỳ: đã đạt, đúng tiến độ (dự báo đạt vào cuối nhiệm kỳ), có nguy cơ không đạt, chậm tiến độ; cách dự báo được ghi bên cạnh kết quả.",
        ],
      },
      {
        id: "composite",
        heading: "Chỉ tiêu có “trong đó”, chỉ tiêu điều chỉnh, danh sách",
        paragraphs: [
          "Chỉ tiêu có các phần “trong đó” được đếm một lần trong tổng hợp; các phần được trình bày ngay dưới chỉ tiêu chính. Chỉ tiêu chính không có số riêng thì lấy mức thấp nhất của các phần.",
          "Khi một nghị quyết điều chỉnh chỉ tiêu, cả hai chỉ tiêu được giữ và hiển thị; chỉ chỉ tiêu đang có hiệu lực tại ngày đánh giá được tính.",
          "Khi nguồn chỉ nêu một phần danh sách chỉ tiêu, tổng hợp chỉ nói về các chỉ tiêu được nêu.",
        ],
      },
      {
        id: "results",
        heading: "Kết quả ước tính, khoảng, xếp loại; nhãn đã công bố",
        paragraphs: [
          "Kết quả là số ước tính hoặc sơ bộ thì mức đạt là tạm thời. Kết quả ghi “trên”, “khoảng” hay một khoảng (“61-62”) được đánh giá ở cả hai đầu; nếu hai đầu cho mức khác nhau thì ghi rõ là chưa chắc chắn.",
          "Chỉ tiêu xếp loại (“hoàn thành tốt nhiệm vụ trở lên”) được so theo thứ bậc của thang xếp loại.",
          "Nhãn do đơn vị công bố (“Vượt”, “Đạt”, “Hoàn thành”, “Cơ bản đạt”, “Không đạt”) được giữ nguyên văn bên cạnh mức đạt tính được; khi hai mức khác nhau, trang ghi rõ.",
        ],
      },
    ],
  },
  en: {
    title: "How targets are assessed",
    lead: "Every status on these pages (exceeded, met, nearly met, not met) comes from the one set of rules below; the label a unit published is kept verbatim beside it.",
    sections: [
      {
        id: "levels",
        heading: "Targets of size (tonnes, billion VND, people…)",
        paragraphs: [
          "Percent of plan = actual / target × 100, rounded to the indicator's decimals. Above 100 % is exceeded, exactly 100 % met, from 95 % nearly met (the default threshold; an indicator or a plan may set another), below that not met.",
          "A percent of plan is never negative: when the actual or the target is negative, the two values are compared instead.",
        ],
      },
      {
        id: "rates",
        heading: "Growth rates, rates and shares",
        paragraphs: [
          "Growth rates, rates and shares get no “percent of plan”: 7.18 % against a target of 7.5-8 % is 0.32 percentage points short, not “95.7 % of plan”.",
          "By default the gap allowed is 0 points: short is not met. An indicator, or a plan, may set a gap (say 0.5 points) within which a shortfall is nearly met.",
          "A target to reduce a rate (“reduce the poverty rate by 1-1.5 points a year”) is judged in points: the reduction achieved against the one planned.",
        ],
      },
      {
        id: "bounds",
        heading: "Bounds, “about”, bands of a structure",
        paragraphs: [
          "“Above 50 %” and “below 4 %” are strict: exactly 50 % or 4 % does not meet them. “50 % or more” and “no more than 4 %” are inclusive: exactly at the bound meets them.",
          "“About X” is met within a tolerance: by default ± 0.5 points for rates and ± 2 % of X for sizes; an indicator or a plan may set another.",
          "A share of the economic structure (agriculture 1.4-1.6 %, say) is met inside its band; outside it, on either side, it is not met, never “exceeded”.",
          "Lower-is-better targets (poverty rate, consumer prices) are worded “below the target” when met, and no percent of plan is printed.",
        ],
      },
      {
        id: "term",
        heading: "Term targets, averages and every-year targets",
        paragraphs: [
          "A term's base year is stated: a plan for “2021-2025” is measured from 2020, never silently from 2021.",
          "Average growth is compounded from each year's growth rate, or from the last year's level against the base year; never a plain mean.",
          "An every-year target is judged each year; one year missed is a miss for the term, and the year is named.",
          "At mid-term: already met, on track (projected to meet by the term's end), at risk, off track; the projection method is stated beside the result.",
        ],
      },
      {
        id: "composite",
        heading: "Targets with parts, amended targets, lists",
        paragraphs: [
          "A target with parts (“of which …”) is counted once in a roll-up; its parts are shown under it. A whole with no figure of its own takes the worst status of its parts.",
          "When a later resolution amends a target, both are kept and shown; only the one in force at the date of the assessment counts.",
          "When the source gives only part of a plan's list, the roll-up speaks for the targets shown.",
        ],
      },
      {
        id: "results",
        heading: "Estimates, ranges, ratings; published labels",
        paragraphs: [
          "A status from an estimate or a preliminary figure is provisional. A result written “above”, “about” or as a range (“61-62”) is judged at both ends; when they differ, the status is marked uncertain.",
          "A rating target (“performs well or better”) is compared on the order of its scale.",
          "The label a unit published (“Vượt”, “Đạt”, “Hoàn thành”, “Cơ bản đạt”, “Không đạt”) is kept verbatim beside the computed status; where they differ, the page says so.",
        ],
      },
    ],
  },
};

export async function methodsPage({ locale }: PageContext): Promise<Page> {
  const content = METHODS[locale];
  const body = (
    <>
      <h1>{content.title}</h1>
      <p>{content.lead}</p>
      {content.sections.map((s) => (
        <section id={s.id}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p>{p}</p>
          ))}
        </section>
      ))}
    </>
  );
  return { title: content.title, body };
}
