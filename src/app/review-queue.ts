/**
 * The review queue as the workspace shows it (issue 16, part 3): the sources with how many of
 * their statements wait, were accepted or rejected; one source with its text, its statements and,
 * for each, what the officer is offered to accept it with (the indicator suggested by
 * suggest-indicators.ts, the unit named by the statement's locality, the period its words name,
 * the plans its percents may be of); and the text of an uploaded report (.txt or .docx).
 * Reading is officers' material (visibility.ts); accepting and rejecting are accept-statement.ts
 * and reject-statement.ts.
 */
import { listIndicators } from "../db/indicators.ts";
import { listPlans, type PlanRecord } from "../db/plans.ts";
import { listSources as listSourceRows, type SourceData } from "../db/sources.ts";
import { countStatementsBySource, type ReviewStatus } from "../db/statements.ts";
import { findUnitsByIds, listUnits } from "../db/units.ts";
import type { AdminUnit } from "../domain/admin-units.ts";
import { searchKey } from "../domain/text.ts";
import type { Indicator } from "../domain/types.ts";
import { periodCodeOf } from "../extract/period-code.ts";
import { readDocxText } from "../report/docx-text.ts";
import { planPercentsOf } from "./accept-statement.ts";
import { assessUnit } from "./assess-unit.ts";
import type { Principal } from "./auth/principal.ts";
import { invalidField } from "./errors.ts";
import { getSource } from "./get-source.ts";
import { periodBounds } from "./periods.ts";
import type { ReviewedStatement } from "./suggest-indicators.ts";
import type { Db } from "./transaction.ts";
import { unitIdsInScope } from "./units.ts";
import { visibilityOf } from "./visibility.ts";

export interface SourceInQueue {
  source: SourceData;
  counts: Record<ReviewStatus, number>;
}

/** Every source the caller may read (sources belong to no unit), newest first, with its counts. */
export async function reviewQueue(db: Db, who: Principal): Promise<SourceInQueue[]> {
  visibilityOf(db, who).checkOfficerMaterial("sources", "", "path");
  const sources = await listSourceRows(db);
  const counts = await countStatementsBySource(db);
  return sources
    .filter((s) => counts.has(s.id) || s.kind === "report")
    .map((source) => ({ source, counts: counts.get(source.id) ?? { pending: 0, accepted: 0, rejected: 0 } }))
    .sort(
      (a, b) =>
        (b.source.date ?? "").localeCompare(a.source.date ?? "") ||
        a.source.title.localeCompare(b.source.title),
    );
}

export interface StatementToReview extends ReviewedStatement {
  /** The unit the statement's locality names (or the caller's one unit), when one is found. */
  suggestedUnit?: AdminUnit;
  /** The period code its words name ("Năm 2023" → 2023). */
  suggestedPeriod?: string;
  /** The percents of a plan it states, each needing a plan to be kept. */
  planPercents: number[];
  /** A roll-up ("23/24 chỉ tiêu đạt và vượt"): no value to accept. */
  rollup?: {
    met: number;
    total: number;
    status: string;
    /** The roll-up computed from the store for the suggested unit and period (met or exceeded / with data). */
    computed?: { met: number; total: number };
  };
}

export interface SourceToReview {
  source: SourceData;
  text?: string;
  statements: StatementToReview[];
  /** The catalogue, for choosing another indicator than the one suggested. */
  indicators: Indicator[];
  /** The plans of the caller's units, for the percents of a plan a statement states. */
  plans: PlanRecord[];
}

/** The unit a locality phrase names ("huyện Cần Đước"), valid at `at`, among `within` when given. */
async function unitNamed(
  db: Db,
  locality: string | null,
  at: string,
  within: readonly string[] | "all",
): Promise<AdminUnit | undefined> {
  if (!locality) return undefined;
  const words = locality.normalize("NFC").trim();
  const found = await listUnits(db, { at, search: searchKey(words.split(/\s+/).slice(-2).join(" ")) });
  const exact = found.filter(
    (u) => searchKey(`${u.kind} ${u.name}`) === searchKey(words) || searchKey(u.name) === searchKey(words),
  );
  const inScope = within === "all" ? exact : exact.filter((u) => within.includes(u.id));
  return inScope.length === 1 ? inScope[0] : undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The first day of a period code, or undefined when the code is out of range ("năm 1800"). */
function startOf(period: string): string | undefined {
  try {
    return periodBounds(period).start;
  } catch {
    return undefined;
  }
}

/** "23/24" as the store computes it for a unit's period, when it has targets then. */
async function computedRollup(
  db: Db,
  who: Principal,
  unitId: string,
  period: string,
): Promise<{ met: number; total: number } | undefined> {
  const { assessment } = await assessUnit(db, visibilityOf(db, who), { unit: unitId, period });
  const r = assessment.rollup;
  return r.total > 0 ? { met: r.metOrExceeded, total: r.withData } : undefined;
}

export async function sourceToReview(db: Db, who: Principal, id: string): Promise<SourceToReview> {
  const found = await getSource(db, visibilityOf(db, who), id);
  const scope = await unitIdsInScope(db, who);
  // Where the statement names no unit the caller knows, their own one unit (when they have one).
  const grantUnits = [...new Set(who.grants.map((g) => g.unitId))];
  const own = scope !== "all" && grantUnits.length === 1 ? (grantUnits[0] ?? undefined) : undefined;
  const [ownUnit] = own ? await findUnitsByIds(db, [own]) : [];
  const statements: StatementToReview[] = [];
  for (const s of found.statements) {
    const x = s.extracted;
    const period = periodCodeOf(x.period);
    const at = period ? startOf(period) : undefined;
    const unit = (await unitNamed(db, x.locality, at ?? found.source.date ?? today(), scope)) ?? ownUnit;
    const computed =
      x.met !== undefined && unit && period && at
        ? await computedRollup(db, who, unit.id, period)
        : undefined;
    statements.push({
      ...s,
      ...(unit ? { suggestedUnit: unit } : {}),
      ...(period && at ? { suggestedPeriod: period } : {}),
      planPercents: planPercentsOf(x),
      ...(x.met !== undefined && x.total !== undefined
        ? {
            rollup: {
              met: x.met,
              total: x.total,
              status: x.rollup_status ?? "met_or_exceeded",
              ...(computed ? { computed } : {}),
            },
          }
        : {}),
    });
  }
  const plans = await visibilityOf(db, who).plans(
    scope === "all" ? await listPlans(db) : await listPlans(db, { unitIds: scope }),
  );
  const indicators = (await listIndicators(db)).map((r) => r.indicator);
  return {
    source: found.source,
    ...(found.text !== undefined ? { text: found.text } : {}),
    statements,
    indicators,
    plans,
  };
}

/** Largest report text read from a file: a year's report is some 100 000 characters. */
const MAX_TEXT = 2_000_000;

/**
 * The text of an uploaded report: UTF-8 .txt (a byte-order mark dropped) or .docx. Anything else,
 * or a file that cannot be read as such, is a 422 naming `field`.
 */
export async function sourceTextOf(file: { name: string; bytes: Buffer }, field: string): Promise<string> {
  const name = file.name.toLowerCase();
  let text: string;
  if (name.endsWith(".txt")) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes).replace(/^\uFEFF/, "");
    } catch {
      throw invalidField(field, "the .txt file is not UTF-8 text");
    }
  } else if (name.endsWith(".docx")) {
    const read = await readDocxText(file.bytes);
    if (!read.ok) throw invalidField(field, `the .docx file cannot be read (${read.problem.code})`);
    text = read.text;
  } else {
    throw invalidField(field, "choose a .txt or .docx file");
  }
  text = text.normalize("NFC");
  if (text.includes("\u0000")) throw invalidField(field, "the file holds a NUL character");
  if (!text.trim()) throw invalidField(field, "the file holds no text");
  if (text.length > MAX_TEXT) throw invalidField(field, `the text is longer than ${MAX_TEXT} characters`);
  return text;
}
