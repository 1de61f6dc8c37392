/**
 * A template input shaped like the seeds (Cần Đước, 2023), shared by the tests of this folder.
 * Names are written in NFD on purpose where noted: the template must store them in NFC.
 */
import type { ExpectedUpload } from "./read-filled-template.ts";
import type { TemplateInput } from "./write-template.ts";

export const CAN_DUOC_2023: TemplateInput = {
  unit: { code: "80_can_duoc", name: "Huyện Cần Đước" },
  plan: { id: "kh-2023", kind: "annual_plan", title: "Kế hoạch phát triển kinh tế - xã hội năm 2023" },
  period: "2023",
  rows: [
    {
      targetId: "kh-2023/lua",
      indicatorCode: "san_luong_lua",
      // NFD on purpose
      indicatorName: "Sản lượng lúa".normalize("NFD"),
      unit: "tấn",
      spec: { kind: "gte", value: 85000 },
      direction: "higher_better",
      decimals: 0,
      actual: 88800,
      qualifier: "more_than",
      stage: "estimate",
      note: "Vụ Đông Xuân được mùa".normalize("NFD"),
    },
    {
      targetId: "kh-2023/rau",
      indicatorCode: "san_luong_rau",
      indicatorName: "Sản lượng rau các loại",
      unit: "tấn",
      spec: { kind: "gte", value: 32000 },
      direction: "higher_better",
      decimals: 0,
    },
    {
      targetId: "kh-2023/thu-ngan-sach",
      indicatorCode: "thu_ngan_sach",
      indicatorName: "Tổng thu ngân sách trên địa bàn",
      unit: "tỷ đồng",
      spec: { kind: "gte", value: 489.55 },
      direction: "higher_better",
      decimals: 2,
      actual: 540.136,
      stage: "official",
    },
    {
      targetId: "kh-2023/tang-truong",
      indicatorCode: "tang_truong",
      indicatorName: "Tốc độ tăng giá trị sản xuất",
      unit: "%",
      spec: { kind: "range", lo: 9.2, hi: 10 },
      direction: "higher_better",
      decimals: 2,
    },
    {
      targetId: "kh-2023/ho-ngheo",
      indicatorCode: "ty_le_ho_ngheo",
      indicatorName: "Tỷ lệ hộ nghèo",
      unit: "%",
      spec: { kind: "lte", value: 1.5 },
      direction: "lower_better",
      decimals: 2,
      note: "Theo chuẩn nghèo đa chiều",
    },
    {
      targetId: "kh-2023/ntm",
      indicatorCode: "xa_ntm_nang_cao",
      indicatorName: "Xã đạt chuẩn nông thôn mới nâng cao",
      unit: "xã",
      spec: { kind: "boolean" },
      direction: "boolean",
      decimals: 0,
    },
  ],
};

export function expectedOf(input: TemplateInput): ExpectedUpload {
  return {
    unitCode: input.unit.code,
    planId: input.plan.id,
    period: input.period,
    targets: input.rows.map((r) => ({
      targetId: r.targetId,
      indicatorCode: r.indicatorCode,
      valueKind: r.spec.kind === "boolean" ? ("boolean" as const) : ("number" as const),
    })),
  };
}
