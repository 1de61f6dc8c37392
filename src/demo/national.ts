/**
 * The national demo (`chitieu demo national --scale S`): the real provinces and communes of the
 * catalogue (today's, from 1 July 2025), carried back over ten years as if they had always
 * existed; a made-up but plausible indicator set; a yearly plan per unit with its targets; and
 * observations: yearly estimates (ước) then official figures, a tenth of them revised once, and
 * monthly preliminary figures. Everything is ILLUSTRATIVE (marked so in the store) and the same
 * for the same seed and scale.
 *
 * Sizes: scale 1 has 100 indicators (90 yearly, 10 monthly) over 2016-2025 for 34 provinces and
 * 3,321 communes: about 10^7 observation rows. Provinces set targets on every yearly indicator,
 * communes on a third of them. Scales below 0.05 keep fewer provinces (with all their communes),
 * below 0.01 three years (2023-2025), so that tests stay small.
 */
import type { AdminUnit } from "../domain/admin-units.ts";
import type { Direction, Indicator, Measure, TargetSpec } from "../domain/types.ts";

export interface NationalShape {
  scale: number;
  seed: number;
  provinces: AdminUnit[];
  communes: AdminUnit[];
  indicators: Indicator[];
  /** Codes of the indicators observed monthly (no targets). */
  monthly: Set<string>;
  /** Codes of the yearly indicators communes set targets on. */
  communeTargeted: Set<string>;
  years: number[];
}

interface Template {
  vi: string;
  en: string;
  unit: string;
  direction: Direction;
  measure: Measure;
  /** Typical value for a province; communes get about 1/100. */
  base: number;
  /** Yearly change of the trend. */
  growth: number;
  decimals: number;
}

const TEMPLATES: readonly Template[] = [
  {
    vi: "Tổng sản phẩm trên địa bàn",
    en: "Gross regional domestic product",
    unit: "tỷ đồng",
    direction: "higher_better",
    measure: "level",
    base: 120_000,
    growth: 0.07,
    decimals: 0,
  },
  {
    vi: "Thu ngân sách nhà nước",
    en: "State budget revenue",
    unit: "tỷ đồng",
    direction: "higher_better",
    measure: "level",
    base: 15_000,
    growth: 0.08,
    decimals: 0,
  },
  {
    vi: "Sản lượng lương thực",
    en: "Food crop output",
    unit: "tấn",
    direction: "higher_better",
    measure: "level",
    base: 900_000,
    growth: 0.01,
    decimals: 0,
  },
  {
    vi: "Tỷ lệ hộ nghèo",
    en: "Poor household rate",
    unit: "%",
    direction: "lower_better",
    measure: "rate",
    base: 6,
    growth: -0.12,
    decimals: 2,
  },
  {
    vi: "Tỷ lệ lao động qua đào tạo",
    en: "Trained worker rate",
    unit: "%",
    direction: "higher_better",
    measure: "rate",
    base: 60,
    growth: 0.02,
    decimals: 1,
  },
  {
    vi: "Số lao động được tạo việc làm mới",
    en: "New jobs created",
    unit: "lao động",
    direction: "higher_better",
    measure: "count",
    base: 30_000,
    growth: 0.03,
    decimals: 0,
  },
  {
    vi: "Tổng vốn đầu tư toàn xã hội",
    en: "Total social investment",
    unit: "tỷ đồng",
    direction: "higher_better",
    measure: "level",
    base: 50_000,
    growth: 0.09,
    decimals: 0,
  },
  {
    vi: "Kim ngạch xuất khẩu",
    en: "Export turnover",
    unit: "triệu USD",
    direction: "higher_better",
    measure: "level",
    base: 5_000,
    growth: 0.1,
    decimals: 0,
  },
  {
    vi: "Tỷ lệ dân số tham gia bảo hiểm y tế",
    en: "Health insurance coverage",
    unit: "%",
    direction: "higher_better",
    measure: "rate",
    base: 90,
    growth: 0.005,
    decimals: 1,
  },
  {
    vi: "Diện tích trồng rừng mới",
    en: "New forest planted",
    unit: "ha",
    direction: "higher_better",
    measure: "level",
    base: 3_000,
    growth: 0.02,
    decimals: 0,
  },
  {
    vi: "Thu nhập bình quân đầu người",
    en: "Income per head",
    unit: "triệu đồng/người/năm",
    direction: "higher_better",
    measure: "level",
    base: 70,
    growth: 0.08,
    decimals: 1,
  },
  {
    vi: "Tỷ lệ chất thải rắn được thu gom",
    en: "Solid waste collected",
    unit: "%",
    direction: "higher_better",
    measure: "rate",
    base: 85,
    growth: 0.01,
    decimals: 1,
  },
];

const MONTHLY_TEMPLATES: readonly Template[] = [
  {
    vi: "Chỉ số sản xuất công nghiệp",
    en: "Index of industrial production",
    unit: "%",
    direction: "higher_better",
    measure: "rate",
    base: 108,
    growth: 0,
    decimals: 1,
  },
  {
    vi: "Tổng mức bán lẻ hàng hóa",
    en: "Retail sales of goods",
    unit: "tỷ đồng",
    direction: "higher_better",
    measure: "level",
    base: 9_000,
    growth: 0.09,
    decimals: 0,
  },
  {
    vi: "Số doanh nghiệp thành lập mới",
    en: "New enterprises registered",
    unit: "cái",
    direction: "higher_better",
    measure: "count",
    base: 120,
    growth: 0.04,
    decimals: 0,
  },
];

/** 32-bit FNV-1a: the seed of each unit × indicator's own random stream. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for made-up figures. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const gauss = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

export function shapeNational(units: readonly AdminUnit[], scale: number, seed: number): NationalShape {
  if (!(scale > 0) || scale > 100) throw new Error(`--scale: between 0 and 100, not ${scale}`);
  const today = units.filter((u) => u.validTo === undefined || u.validTo === null);
  const allProvinces = today
    .filter((u) => u.level === "province")
    .sort((a, b) => a.code.localeCompare(b.code));
  const provinceCount =
    scale >= 0.05 ? allProvinces.length : Math.max(1, Math.round((allProvinces.length * scale) / 0.05));
  const provinces = allProvinces.slice(0, provinceCount);
  const kept = new Set(provinces.map((p) => p.id));
  const communes = today
    .filter((u) => u.level === "commune" && u.parentId !== undefined && kept.has(u.parentId as string))
    .sort((a, b) => a.code.localeCompare(b.code));

  const total = Math.max(4, Math.round(100 * scale));
  const monthlyCount = Math.max(1, Math.round(total / 10));
  const indicators: Indicator[] = [];
  const monthly = new Set<string>();
  const communeTargeted = new Set<string>();
  for (let i = 0; i < total; i += 1) {
    const isMonthly = i >= total - monthlyCount;
    const list = isMonthly ? MONTHLY_TEMPLATES : TEMPLATES;
    const t = list[i % list.length]!;
    const round = Math.floor(i / list.length);
    const code = `nat_${String(i + 1).padStart(3, "0")}`;
    const suffix = round === 0 ? "" : ` (nhóm ${round + 1})`;
    indicators.push({
      code,
      name: {
        vi: `${t.vi}${suffix} [minh họa]`,
        en: `${t.en}${round === 0 ? "" : ` (set ${round + 1})`} [illustrative]`,
      },
      unit: t.unit,
      direction: t.direction,
      measure: t.measure,
      aggregation: t.unit === "%" ? { kind: "none" } : { kind: "sum" },
      decimals: t.decimals,
      sector: "national-demo",
    });
    if (isMonthly) monthly.add(code);
    else if (i % 3 === 0) communeTargeted.add(code);
  }
  const years = scale >= 0.01 ? range(2016, 2025) : range(2023, 2025);
  return { scale, seed, provinces, communes, indicators, monthly, communeTargeted, years };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function templateOf(shape: NationalShape, index: number): Template {
  const code = shape.indicators[index]!.code;
  const list = shape.monthly.has(code) ? MONTHLY_TEMPLATES : TEMPLATES;
  const offset = shape.monthly.has(code) ? shape.indicators.length - shape.monthly.size : 0;
  return list[(index - offset) % list.length]!;
}

/** The trend of one unit × indicator: its level in a year, the same whichever is asked first. */
function trendOf(shape: NationalShape, unit: AdminUnit, index: number) {
  const t = templateOf(shape, index);
  const r = random(hash(`${shape.seed}|${unit.id}|${shape.indicators[index]!.code}`));
  const size = unit.level === "province" ? 1 : 0.01;
  const base = t.measure === "rate" ? t.base * (0.85 + 0.3 * r()) : t.base * size * Math.exp(0.5 * gauss(r));
  const growth = t.growth + 0.02 * gauss(r);
  const first = shape.years[0]!;
  const clampRate = (v: number) => (t.unit === "%" && t.base <= 100 ? Math.min(100, Math.max(0, v)) : v);
  return { t, r, level: (year: number) => clampRate(base * (1 + growth) ** (year - first)) };
}

const roundTo = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export interface TargetRow {
  planId: string;
  targetId: string;
  unitId: string;
  year: number;
  indicatorCode: string;
  spec: TargetSpec;
  position: number;
}

export interface PlanRow {
  id: string;
  unit: AdminUnit;
  year: number;
}

export function* nationalPlans(shape: NationalShape): Generator<PlanRow> {
  for (const unit of [...shape.provinces, ...shape.communes]) {
    for (const year of shape.years) yield { id: `nat-${unit.id}-${year}`, unit, year };
  }
}

export function* nationalTargets(shape: NationalShape): Generator<TargetRow> {
  for (const plan of nationalPlans(shape)) {
    const isProvince = plan.unit.level === "province";
    let position = 0;
    for (let i = 0; i < shape.indicators.length; i += 1) {
      const ind = shape.indicators[i]!;
      if (shape.monthly.has(ind.code)) continue;
      if (!isProvince && !shape.communeTargeted.has(ind.code)) continue;
      const { t, r, level } = trendOf(shape, plan.unit, i);
      // Plans aim a little above the trend, some too high, some too low.
      for (let skip = shape.years[0]!; skip < plan.year; skip += 1) r();
      const ambition = 0.005 + 0.03 * gauss(r);
      const expected = level(plan.year);
      const value =
        t.direction === "lower_better"
          ? roundTo(expected * (1 - ambition), t.decimals)
          : roundTo(expected * (1 + ambition), t.decimals);
      position += 1;
      yield {
        planId: plan.id,
        targetId: `${plan.id}-${ind.code}`,
        unitId: plan.unit.id,
        year: plan.year,
        indicatorCode: ind.code,
        spec: t.direction === "lower_better" ? { kind: "lte", value } : { kind: "gte", value },
        position,
      };
    }
  }
}

export interface ObservationRow {
  indicator: string;
  unitId: string;
  period: string;
  stage: "estimate" | "preliminary" | "official";
  value: number;
  recordedAt: string;
}

/**
 * Rows in the import's CSV order: per unit, per indicator, per period, the estimate then the
 * official figure and its revision (rows of one series together, revisions in order).
 */
export function* nationalObservations(shape: NationalShape): Generator<ObservationRow> {
  for (const unit of [...shape.provinces, ...shape.communes]) {
    for (let i = 0; i < shape.indicators.length; i += 1) {
      const code = shape.indicators[i]!.code;
      const { t, level } = trendOf(shape, unit, i);
      const r = random(hash(`${shape.seed}|obs|${unit.id}|${code}`));
      for (const year of shape.years) {
        if (shape.monthly.has(code)) {
          for (let m = 1; m <= 12; m += 1) {
            const month = String(m).padStart(2, "0");
            const seasonal = t.measure === "rate" ? 1 : 1 / 12;
            yield {
              indicator: code,
              unitId: unit.id,
              period: `${year}-${month}`,
              stage: "preliminary",
              value: roundTo(level(year) * seasonal * (1 + 0.05 * gauss(r)), t.decimals),
              recordedAt: `${m === 12 ? year + 1 : year}-${String((m % 12) + 1).padStart(2, "0")}-05T02:00:00Z`,
            };
          }
          continue;
        }
        const actual = level(year) * (1 + 0.04 * gauss(r));
        const estimate = actual * (1 + 0.02 * gauss(r));
        const period = String(year);
        yield {
          indicator: code,
          unitId: unit.id,
          period,
          stage: "estimate",
          value: roundTo(estimate, t.decimals),
          recordedAt: `${year}-12-10T02:00:00Z`,
        };
        yield {
          indicator: code,
          unitId: unit.id,
          period,
          stage: "official",
          value: roundTo(actual, t.decimals),
          recordedAt: `${year + 1}-03-20T02:00:00Z`,
        };
        if (r() < 0.1) {
          yield {
            indicator: code,
            unitId: unit.id,
            period,
            stage: "official",
            value: roundTo(actual * (1 + 0.01 * gauss(r)), t.decimals),
            recordedAt: `${year + 1}-09-15T02:00:00Z`,
          };
        }
      }
    }
  }
}

/** Rows expected at a scale, before generating them (for the bench's memory check). */
export function estimateRows(shape: NationalShape): number {
  const yearly = shape.indicators.length - shape.monthly.size;
  const units = shape.provinces.length + shape.communes.length;
  return units * shape.years.length * (yearly * 2.1 + shape.monthly.size * 12);
}

export const CSV_HEADER = "indicator,unit,period,stage,value,recorded_at";

export const toCsvLine = (o: ObservationRow) =>
  `${o.indicator},${o.unitId},${o.period},${o.stage},${o.value},${o.recordedAt}`;
