/**
 * A time series for one of today's units over years before it existed (DOMAIN.md "AdminUnit":
 * data stays attached to the unit it was reported for; the series is built through the
 * predecessors). {@link planSeriesAcrossReform} says which units to read for each year; this adds
 * their figures up where that is meaningful and says why not where it is not.
 */
import type { SeriesPlan, YearPlan } from "./admin-units.ts";
import { chooseObservation } from "./assess-target.ts";
import { samePeriodChange } from "./same-period.ts";
import type { Indicator, Measure, Observation } from "./types.ts";
import { convert } from "./units-of-measure.ts";

export interface SeriesSourceValue {
  unitId: string;
  whole: boolean;
  /** The counted observation's value in the indicator's unit, null when there is none. */
  value: number | null;
  observationId: string | null;
}

export interface SeriesPoint {
  year: number;
  method: YearPlan["method"];
  /** The value for the unit; null when not known or not comparable. */
  value: number | null;
  comparable: boolean;
  /** Why the value is missing or not comparable, or what to bear in mind. */
  reason?: string;
  /** The figures read, one per source unit. */
  sources: SeriesSourceValue[];
  /** Whether any figure used is not official (estimate, preliminary). */
  provisional: boolean;
  /**
   * So cùng kỳ: the change on the year before, in % (DOMAIN.md rule 6); null when either year has
   * no comparable value, or the indicator is itself a rate (a change of a rate is read in points).
   */
  changeOnPreviousYear: number | null;
}

/** Quantities, whose change on last year is a percent; rates and growth are compared in points. */
const QUANTITIES: ReadonlySet<Measure> = new Set(["level", "cumulative", "count", "annual_average"]);

/**
 * The series of `indicator` along `plan`: `observationsOf(unitId, year)` gives the observations
 * (every revision) of one unit and year. Sums need an additive indicator (aggregation `sum`) and a
 * figure for every source unit.
 */
export function buildSeriesAcrossReform(
  plan: SeriesPlan,
  indicator: Indicator,
  observationsOf: (unitId: string, year: number) => readonly Observation[],
): SeriesPoint[] {
  const points = plan.years.map((year): Omit<SeriesPoint, "changeOnPreviousYear"> => {
    let provisional = false;
    const sources = year.sources.map((source): SeriesSourceValue => {
      const chosen = chooseObservation(
        observationsOf(source.unitId, year.year).filter((o) => o.indicatorCode === indicator.code),
      );
      if (!chosen || typeof chosen.value !== "number") {
        return { unitId: source.unitId, whole: source.whole, value: null, observationId: null };
      }
      if (chosen.stage !== "official") provisional = true;
      return {
        unitId: source.unitId,
        whole: source.whole,
        value: convert(chosen.value, chosen.unit ?? indicator.unit, indicator.unit),
        observationId: chosen.id,
      };
    });
    const point = (value: number | null, comparable: boolean, reason?: string) => ({
      year: year.year,
      method: year.method,
      value,
      comparable,
      ...(reason ? { reason } : {}),
      sources,
      provisional,
    });
    if (!year.comparable) return point(null, false, year.reason);
    const missing = sources.filter((s) => s.value === null).map((s) => s.unitId);
    if (missing.length > 0) return point(null, true, `no figure for ${missing.join(", ")}`);
    if (year.method === "self") return point(sources[0]!.value, true, year.reason);
    if (indicator.aggregation.kind !== "sum") {
      return point(
        null,
        false,
        `${indicator.code} does not add up across units (aggregation ${indicator.aggregation.kind})`,
      );
    }
    const total = sources.reduce((sum, s) => sum + s.value!, 0);
    return point(total, true, `sum of ${sources.length} predecessor units wholly inside the unit`);
  });
  return points.map((p, i) => {
    const before = points[i - 1];
    const change =
      QUANTITIES.has(indicator.measure) &&
      before?.year === p.year - 1 &&
      p.comparable &&
      before.comparable &&
      p.value !== null &&
      before.value !== null
        ? samePeriodChange(p.value, before.value)
        : null;
    return { ...p, changeOnPreviousYear: change };
  });
}
