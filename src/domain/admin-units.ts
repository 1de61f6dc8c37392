/**
 * Administrative units (đơn vị hành chính) and their succession across changes such as the reform of
 * 1 July 2025, when the district level was abolished, 63 provinces became 34 and 10,047 communes
 * became 3,321. Pure: the catalogue is built in memory by the caller (see src/db/catalogue-file.ts).
 *
 * A unit's code alone does not identify it: codes are reused (80 was Long An and is now Tây Ninh).
 * A unit is a code plus a validity interval, and its `id` says so: `CODE@FROM`, FROM being the first
 * day of validity (`80@2025-07-01`), or `CODE@-TO` when the first day is not known and only the last
 * is (`80@-2025-06-30`: Long An, until 30 June 2025).
 */

/** An ISO calendar date, `YYYY-MM-DD`; such strings compare in date order. */
export type IsoDate = string;

export type AdminLevel = "province" | "district" | "commune";

/**
 * The kind of unit, as Vietnamese names it: tỉnh / thành phố (trực thuộc trung ương) at the province
 * level; huyện, thị xã, quận, thành phố (thuộc tỉnh or thuộc thành phố) at the district level; xã,
 * phường, thị trấn, đặc khu at the commune level.
 */
export type AdminUnitKind =
  | "tỉnh"
  | "thành phố"
  | "huyện"
  | "thị xã"
  | "quận"
  | "xã"
  | "phường"
  | "thị trấn"
  | "đặc khu";

export const ADMIN_UNIT_KINDS: readonly AdminUnitKind[] = [
  "tỉnh",
  "thành phố",
  "huyện",
  "thị xã",
  "quận",
  "xã",
  "phường",
  "thị trấn",
  "đặc khu",
];

export interface AdminUnit {
  /** `CODE@FROM` or `CODE@-TO`; see the module comment. */
  id: string;
  /** The statistics office's code: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: string;
  /** The name without its kind, in NFC: "Cần Đước", "12" (for Phường 12). */
  name: string;
  nameEn?: string;
  /** textKey(name): equal for "Hòa" and "Hoà", for NFC and NFD. */
  nameKey: string;
  level: AdminLevel;
  kind: AdminUnitKind;
  /** The id of the unit one level up, null for a province. */
  parentId: string | null;
  /** First day of validity; null when not known (every pre-2025 unit). */
  validFrom: IsoDate | null;
  /** Last day of validity; null while the unit exists. */
  validTo: IsoDate | null;
}

/**
 * merge: several units became one; split: a unit was divided (at least one predecessor went into
 * several units); rename: one unit became one, under another name or kind; upgrade: one unit became
 * one of a higher kind (tỉnh → thành phố); abolish: the unit ceased, its territory going to the units
 * after; continue: one unit became one of the same name and territory under a new record (a province
 * the 2025 reform left whole).
 */
export type AdminChangeKind = "merge" | "split" | "rename" | "upgrade" | "abolish" | "continue";

/** One predecessor → successor pair of a change. */
export interface SuccessionLink {
  from: string;
  to: string;
  /** The whole of `from` went into `to`; false when `from` was split and only part of it did. */
  whole: boolean;
  /**
   * Derived from finer units (an abolished district → the communes its communes went to): for
   * lookups, not for building series, since the finer links already carry the same territory.
   */
  derived: boolean;
}

export interface AdminChange {
  id: string;
  date: IsoDate;
  kind: AdminChangeKind;
  /** The legal basis: "Resolution 202/2025/QH15". */
  basis: string;
  before: string[];
  after: string[];
  links: SuccessionLink[];
}

export interface Catalogue {
  readonly units: ReadonlyMap<string, AdminUnit>;
  readonly changes: readonly AdminChange[];
  readonly childrenOf: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly byCode: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly linksFrom: ReadonlyMap<string, readonly LinkWithChange[]>;
  readonly linksTo: ReadonlyMap<string, readonly LinkWithChange[]>;
}

export interface LinkWithChange extends SuccessionLink {
  change: AdminChange;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes units and changes; throws on a duplicate id or a link to an unknown unit. */
export function createCatalogue(units: Iterable<AdminUnit>, changes: Iterable<AdminChange>): Catalogue {
  const byId = new Map<string, AdminUnit>();
  const childrenOf = new Map<string, AdminUnit[]>();
  const byCode = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (byId.has(unit.id)) throw new Error(`duplicate unit id ${unit.id}`);
    byId.set(unit.id, unit);
    push(byCode, unit.code, unit);
    if (unit.parentId !== null) push(childrenOf, unit.parentId, unit);
  }
  const changeList = [...changes];
  const linksFrom = new Map<string, LinkWithChange[]>();
  const linksTo = new Map<string, LinkWithChange[]>();
  for (const change of changeList) {
    for (const id of [...change.before, ...change.after]) {
      if (!byId.has(id)) throw new Error(`change ${change.id} names unknown unit ${id}`);
    }
    for (const link of change.links) {
      if (!byId.has(link.from) || !byId.has(link.to)) {
        throw new Error(`change ${change.id} links unknown unit ${link.from} → ${link.to}`);
      }
      push(linksFrom, link.from, { ...link, change });
      push(linksTo, link.to, { ...link, change });
    }
  }
  return { units: byId, changes: changeList, childrenOf, byCode, linksFrom, linksTo };
}

export function isValidAt(unit: AdminUnit, date: IsoDate): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date)
  );
}

export interface UnitsAtOptions {
  /** Only units under this one: its direct children, or with `level` its descendants at that level. */
  parent?: string;
  level?: AdminLevel;
}

/** The units valid at a date, in code order. */
export function unitsAt(catalogue: Catalogue, date: IsoDate, options: UnitsAtOptions = {}): AdminUnit[] {
  const { parent, level } = options;
  let found: AdminUnit[];
  if (parent === undefined) {
    found = [...catalogue.units.values()].filter((u) => isValidAt(u, date) && (!level || u.level === level));
  } else if (level === undefined) {
    found = (catalogue.childrenOf.get(parent) ?? []).filter((u) => isValidAt(u, date));
  } else {
    found = [];
    const queue = [...(catalogue.childrenOf.get(parent) ?? [])];
    while (queue.length > 0) {
      const unit = queue.pop()!;
      if (!isValidAt(unit, date)) continue;
      if (unit.level === level) found.push(unit);
      else queue.push(...(catalogue.childrenOf.get(unit.id) ?? []));
    }
  }
  return found.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The unit that bore a code at a date: findUnit(c, "80", "2023-12-31") is Long An. */
export function findUnit(catalogue: Catalogue, code: string, date: IsoDate): AdminUnit | undefined {
  return catalogue.byCode.get(code)?.find((u) => isValidAt(u, date));
}

export interface Neighbour {
  unit: AdminUnit;
  /** The predecessor went wholly into the successor. */
  whole: boolean;
  derived: boolean;
  change: AdminChange;
}

export interface NeighbourOptions {
  /** Include links derived from finer units (abolished districts); default false. */
  includeDerived?: boolean;
}

function neighbours(
  catalogue: Catalogue,
  links: readonly LinkWithChange[] | undefined,
  pick: (link: LinkWithChange) => string,
  options: NeighbourOptions,
): Neighbour[] {
  return (links ?? [])
    .filter((link) => options.includeDerived || !link.derived)
    .map((link) => ({
      unit: catalogue.units.get(pick(link))!,
      whole: link.whole,
      derived: link.derived,
      change: link.change,
    }));
}

/** The units this one was made from, one change back. */
export function predecessorsOf(
  catalogue: Catalogue,
  unitId: string,
  options: NeighbourOptions = {},
): Neighbour[] {
  return neighbours(catalogue, catalogue.linksTo.get(unitId), (l) => l.from, options);
}

/** The units this one went into, one change forward. */
export function successorsOf(
  catalogue: Catalogue,
  unitId: string,
  options: NeighbourOptions = {},
): Neighbour[] {
  return neighbours(catalogue, catalogue.linksFrom.get(unitId), (l) => l.to, options);
}

export interface SeriesSource {
  unitId: string;
  /** The source unit lies wholly inside the planned unit (along every step back). */
  whole: boolean;
}

export interface YearPlan {
  year: number;
  /** Units are taken as they stood on this day, the end of the year (annual figures are year-end). */
  asOf: IsoDate;
  /** Which units' figures to read for this year. */
  sources: SeriesSource[];
  /**
   * `self`: the unit's own figures; `sum`: the sources together make up the unit, so an additive
   * indicator is their sum; `not_comparable`: no such sum gives the unit's figure.
   */
  method: "self" | "sum" | "not_comparable";
  comparable: boolean;
  /** Why the year is not comparable, or what to bear in mind. */
  reason?: string;
}

export interface SeriesPlan {
  unitId: string;
  years: YearPlan[];
}

function describe(unit: AdminUnit): string {
  return `${unit.kind} ${unit.name} (${unit.id})`;
}

/**
 * Which units to read for each past year of a series for `unitId` (normally one of today's units),
 * following its predecessors back through every change after the year's end. Predecessors that lie
 * wholly inside the unit can be summed for an additive indicator; a predecessor that was split (only
 * part of it went into the unit) makes the year `comparable: false`, with the reason.
 */
export function planSeriesAcrossReform(
  catalogue: Catalogue,
  unitId: string,
  years: readonly number[],
): SeriesPlan {
  const unit = catalogue.units.get(unitId);
  if (!unit) throw new Error(`unknown unit ${unitId}`);
  return { unitId, years: years.map((year) => planYear(catalogue, unit, year)) };
}

function planYear(catalogue: Catalogue, unit: AdminUnit, year: number): YearPlan {
  const asOf = `${String(year).padStart(4, "0")}-12-31`;
  if (isValidAt(unit, asOf)) {
    const plan: YearPlan = {
      year,
      asOf,
      sources: [{ unitId: unit.id, whole: true }],
      method: "self",
      comparable: true,
    };
    if (unit.validFrom !== null && unit.validFrom > `${year}-01-01`) {
      plan.reason = `${describe(unit)} began on ${unit.validFrom}; figures for the year's earlier months were reported by its predecessors`;
    }
    return plan;
  }
  if (unit.validTo !== null && unit.validTo < asOf) {
    return {
      year,
      asOf,
      sources: [],
      method: "not_comparable",
      comparable: false,
      reason: `${describe(unit)} ended on ${unit.validTo}`,
    };
  }

  // Walk back through the predecessors until units valid at the year's end.
  const found = new Map<string, boolean>();
  const missing: AdminUnit[] = [];
  const walk = (current: AdminUnit, whole: boolean, seen: Set<string>): void => {
    if (isValidAt(current, asOf)) {
      found.set(current.id, (found.get(current.id) ?? true) && whole);
      return;
    }
    const previous = predecessorsOf(catalogue, current.id);
    if (previous.length === 0) {
      missing.push(current);
      return;
    }
    for (const p of previous) {
      if (seen.has(p.unit.id)) continue;
      walk(p.unit, whole && p.whole, new Set([...seen, p.unit.id]));
    }
  };
  walk(unit, true, new Set([unit.id]));

  const sources = [...found]
    .map(([unitId, whole]) => ({ unitId, whole }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
  if (missing.length > 0) {
    return {
      year,
      asOf,
      sources,
      method: "not_comparable",
      comparable: false,
      reason: `no predecessor known at ${asOf} for ${missing.map(describe).join(", ")}`,
    };
  }
  const parts = sources.filter((s) => !s.whole).map((s) => catalogue.units.get(s.unitId)!);
  if (parts.length > 0) {
    return {
      year,
      asOf,
      sources,
      method: "not_comparable",
      comparable: false,
      reason: `only part of ${parts.map(describe).join(", ")} went into ${describe(unit)}: their figures do not add up to it`,
    };
  }
  return { year, asOf, sources, method: "sum", comparable: true };
}
