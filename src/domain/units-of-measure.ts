/**
 * Units of measure (đơn vị tính, ĐVT) and conversions inside a dimension: tấn ↔ nghìn tấn,
 * đồng ↔ triệu đồng ↔ tỷ đồng, ha ↔ m². A conversion across dimensions is an error, never a guess.
 */
import { splitMagnitude } from "./numbers.ts";
import { textKey } from "./text.ts";

export type Dimension =
  | "mass"
  | "money_vnd"
  | "money_usd"
  | "area"
  | "percent"
  | "percent_per_year"
  | "people"
  | "workers"
  | "households"
  | "communes"
  | "count"
  | "income_vnd_per_person"
  | "boolean"
  | "percentage_points"
  | "per_mille"
  | "doctors"
  | "hospital_beds"
  | "enterprises"
  | "schools"
  | "villages";

export interface UnitOfMeasure {
  code: string;
  name: { vi: string; en: string };
  /** One of the built-in dimensions, or one an administrator added with a unit ("lượt khách"). */
  dimension: Dimension | (string & {});
  /** How many base units one of this is worth (tấn → 1000 kg). */
  factor: number;
}

const UNITS: UnitOfMeasure[] = [
  { code: "kg", name: { vi: "kg", en: "kg" }, dimension: "mass", factor: 1 },
  { code: "tạ", name: { vi: "tạ", en: "quintals" }, dimension: "mass", factor: 100 },
  { code: "tấn", name: { vi: "tấn", en: "tonnes" }, dimension: "mass", factor: 1e3 },
  { code: "nghìn tấn", name: { vi: "nghìn tấn", en: "thousand tonnes" }, dimension: "mass", factor: 1e6 },
  { code: "triệu tấn", name: { vi: "triệu tấn", en: "million tonnes" }, dimension: "mass", factor: 1e9 },
  { code: "đồng", name: { vi: "đồng", en: "VND" }, dimension: "money_vnd", factor: 1 },
  { code: "nghìn đồng", name: { vi: "nghìn đồng", en: "thousand VND" }, dimension: "money_vnd", factor: 1e3 },
  { code: "triệu đồng", name: { vi: "triệu đồng", en: "million VND" }, dimension: "money_vnd", factor: 1e6 },
  { code: "tỷ đồng", name: { vi: "tỷ đồng", en: "billion VND" }, dimension: "money_vnd", factor: 1e9 },
  {
    code: "nghìn tỷ đồng",
    name: { vi: "nghìn tỷ đồng", en: "trillion VND" },
    dimension: "money_vnd",
    factor: 1e12,
  },
  { code: "USD", name: { vi: "USD", en: "USD" }, dimension: "money_usd", factor: 1 },
  { code: "nghìn USD", name: { vi: "nghìn USD", en: "thousand USD" }, dimension: "money_usd", factor: 1e3 },
  { code: "triệu USD", name: { vi: "triệu USD", en: "million USD" }, dimension: "money_usd", factor: 1e6 },
  { code: "tỷ USD", name: { vi: "tỷ USD", en: "billion USD" }, dimension: "money_usd", factor: 1e9 },
  { code: "m²", name: { vi: "m²", en: "m²" }, dimension: "area", factor: 1 },
  { code: "ha", name: { vi: "ha", en: "ha" }, dimension: "area", factor: 1e4 },
  { code: "km²", name: { vi: "km²", en: "km²" }, dimension: "area", factor: 1e6 },
  { code: "%", name: { vi: "%", en: "%" }, dimension: "percent", factor: 1 },
  { code: "%/năm", name: { vi: "%/năm", en: "%/year" }, dimension: "percent_per_year", factor: 1 },
  { code: "người", name: { vi: "người", en: "people" }, dimension: "people", factor: 1 },
  { code: "lao động", name: { vi: "lao động", en: "workers" }, dimension: "workers", factor: 1 },
  { code: "hộ", name: { vi: "hộ", en: "households" }, dimension: "households", factor: 1 },
  { code: "xã", name: { vi: "xã", en: "communes" }, dimension: "communes", factor: 1 },
  { code: "cái", name: { vi: "cái", en: "items" }, dimension: "count", factor: 1 },
  {
    code: "triệu đồng/người/năm",
    name: { vi: "triệu đồng/người/năm", en: "million VND per person per year" },
    dimension: "income_vnd_per_person",
    factor: 1e6,
  },
  // A change of a rate (giảm 1,1 điểm %) is in points, never a percent of that rate.
  {
    code: "điểm %",
    name: { vi: "điểm %", en: "percentage points" },
    dimension: "percentage_points",
    factor: 1,
  },
  // Phần nghìn (tỷ suất sinh, tỷ lệ tử vong): kept in ‰, never printed as %.
  { code: "‰", name: { vi: "‰", en: "‰" }, dimension: "per_mille", factor: 1 },
  { code: "bác sĩ", name: { vi: "bác sĩ", en: "doctors" }, dimension: "doctors", factor: 1 },
  {
    code: "giường bệnh",
    name: { vi: "giường bệnh", en: "hospital beds" },
    dimension: "hospital_beds",
    factor: 1,
  },
  {
    code: "doanh nghiệp",
    name: { vi: "doanh nghiệp", en: "enterprises" },
    dimension: "enterprises",
    factor: 1,
  },
  { code: "trường", name: { vi: "trường", en: "schools" }, dimension: "schools", factor: 1 },
  { code: "thôn", name: { vi: "thôn", en: "villages" }, dimension: "villages", factor: 1 },
  { code: "có/không", name: { vi: "có/không", en: "yes/no" }, dimension: "boolean", factor: 1 },
];

/** Spellings sources use for the same unit: tỉ/tỷ, ngàn/nghìn, "tấn/năm" for an annual figure. */
const ALIASES: Record<string, string> = {
  "tỉ đồng": "tỷ đồng",
  tỷ: "tỷ đồng",
  tỉ: "tỷ đồng",
  "ngàn tấn": "nghìn tấn",
  "ngàn đồng": "nghìn đồng",
  "nghìn tỉ đồng": "nghìn tỷ đồng",
  "ngàn tỷ đồng": "nghìn tỷ đồng",
  "nghìn tỷ": "nghìn tỷ đồng",
  "tấn/năm": "tấn",
  "lượt người": "người",
  "điểm phần trăm": "điểm %",
  "điểm%": "điểm %",
  "phần nghìn": "‰",
  "bác sỹ": "bác sĩ",
  giường: "giường bệnh",
  dn: "doanh nghiệp",
  "trường học": "trường",
  "thôn, bản": "thôn",
  "thôn/bản": "thôn",
  m2: "m²",
  km2: "km²",
  "% /năm": "%/năm",
  "%/ năm": "%/năm",
  triệu: "triệu đồng",
  usd: "USD",
  "triệu usd": "triệu USD",
  "nghìn usd": "nghìn USD",
  "tỷ usd": "tỷ USD",
  "tỉ usd": "tỷ USD",
};

const BY_KEY = new Map<string, UnitOfMeasure>(UNITS.map((u) => [textKey(u.code), u]));
for (const [alias, code] of Object.entries(ALIASES)) BY_KEY.set(textKey(alias), BY_KEY.get(textKey(code))!);

export class UnitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnitError";
  }
}

/** The unit a written name stands for ("tỉ đồng" → tỷ đồng), or undefined. */
/**
 * textKey of a unit's name, remembered: a scorecard converts thousands of values between the
 * same few units, and normalising Vietnamese text each time was most of its cost.
 */
const KEYS = new Map<string, string>();
function unitKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = textKey(name);
    if (KEYS.size < 10_000) KEYS.set(name, key);
  }
  return key;
}

export function findUnit(name: string): UnitOfMeasure | undefined {
  const key = unitKey(name);
  const known = BY_KEY.get(key);
  if (known) return known;
  // A magnitude word before a known unit: "trăm"-less forms like "nghìn ha", "triệu người".
  const { scale, rest } = splitMagnitude(key);
  const base = rest ? BY_KEY.get(rest) : undefined;
  if (base && scale !== 1) {
    return {
      code: key,
      name: { vi: key, en: `${key}` },
      dimension: base.dimension,
      factor: base.factor * scale,
    };
  }
  return undefined;
}

/** Like {@link findUnit}, but an unknown unit is an error naming it. */
export function requireUnit(name: string): UnitOfMeasure {
  const unit = findUnit(name);
  if (!unit) throw new UnitError(`unknown unit of measure "${name}"`);
  return unit;
}

/** Whether values in `from` can be converted to `to`: two known units of one dimension. */
export function convertible(from: string, to: string): boolean {
  const source = findUnit(from);
  const target = findUnit(to);
  return source !== undefined && target !== undefined && source.dimension === target.dimension;
}

/** Converts a value between two units of one dimension: 88.8 nghìn tấn → 88 800 tấn. */
export function convert(value: number, from: string, to: string): number {
  if (from === to || unitKey(from) === unitKey(to)) return value;
  const source = requireUnit(from);
  const target = requireUnit(to);
  if (source.dimension !== target.dimension) {
    throw new UnitError(
      `cannot convert ${source.code} (${source.dimension}) to ${target.code} (${target.dimension})`,
    );
  }
  if (source.factor === target.factor) return value;
  // Divide by the ratio when it is whole, so that 2390 tỷ → 2.39 nghìn tỷ stays exact in binary.
  const ratio = target.factor / source.factor;
  return ratio >= 1 ? value / ratio : value * (source.factor / target.factor);
}

/** Units an administrator added (the store's units_of_measure table), registered at start. */
const ADDED: UnitOfMeasure[] = [];

/**
 * Registers units of measure an administrator added, beside the built-in ones. A unit already
 * known under the same definition is skipped; one that would redefine a known name is an error
 * naming it, since every figure already stored in that unit would change meaning.
 */
export function registerUnits(units: readonly UnitOfMeasure[]): void {
  for (const unit of units) {
    const key = textKey(unit.code);
    const known = BY_KEY.get(key);
    if (known) {
      if (known.dimension === unit.dimension && known.factor === unit.factor) continue;
      throw new UnitError(
        `unit of measure "${unit.code}" is already defined as ${known.code} (${known.dimension})`,
      );
    }
    if (!(unit.factor > 0) || !Number.isFinite(unit.factor)) {
      throw new UnitError(`unit of measure "${unit.code}": the factor must be a positive number`);
    }
    BY_KEY.set(key, unit);
    ADDED.push(unit);
  }
}

export function listUnits(): readonly UnitOfMeasure[] {
  return [...UNITS, ...ADDED];
}
