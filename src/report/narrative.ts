/**
 * The drafted report (bài viết): an article in the shape of the seed pages, generated from a unit's
 * data for a period — title, lead, "Nhiều kết quả nổi bật" with each figure in the seeds' phrasing,
 * the roll-up, the mid-term assessment of a term, key projects and programmes, the tasks ahead —
 * in Vietnamese or English, for a person to edit before it is published.
 *
 * It words what src/domain decided and computes nothing: every percent and status comes from the
 * {@link PlanAssessment}, every number is formatted by `Intl` through src/domain/numbers.ts, and a
 * percent the consistency check flagged is never repeated as fact.
 */
import type { PlanAssessment } from "../domain/assess-plan.ts";
import { chooseObservation, type TargetAssessment } from "../domain/assess-target.ts";
import type { TermAssessment } from "../domain/assess-term.ts";
import type { ConsistencyFlag } from "../domain/consistency.ts";
import { type DisplayLocale, formatNumber, formatPercent } from "../domain/numbers.ts";
import { formatPeriod, parsePeriod, periodBounds } from "../domain/periods.ts";
import {
  type Indicator,
  isMetOrExceeded,
  type Observation,
  type ObservationStage,
  type PlanKind,
  type Qualifier,
  type Status,
  type Target,
} from "../domain/types.ts";
import { findUnit } from "../domain/units-of-measure.ts";
import { lowerFirst, messages, upperFirst } from "../i18n/messages.ts";

type Bilingual = { vi: string; en: string };

/** A công trình trọng điểm (key project) or chương trình đột phá (breakthrough programme). */
export interface ReportKeyProject {
  name: Bilingual;
  kind: "project" | "programme";
  /** Where it stands, as a phrase: "đang tổ chức cuộc thi sáng tác mẫu phác thảo". */
  stage: Bilingual;
}

/** A roll-up the unit's own report gave: "23/24 chỉ tiêu KT-XH đạt, vượt kế hoạch". */
export interface ReportedRollup {
  planKind: PlanKind;
  met: number;
  total: number;
}

export interface ReportInput {
  unitName: Bilingual;
  /** Period code of the assessment: "2023", or a term "2020-2025". */
  period: string;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  assessment: PlanAssessment;
  reportedRollups: readonly ReportedRollup[];
  keyProjects: readonly ReportKeyProject[];
  /** Tasks ahead (the next year's plan, or the rest of a term), one phrase each. */
  nextYear?: { vi: string[]; en: string[] };
  /** Observations of the unit, to word the figures no target covers ("trên 2.000 lao động"). */
  observations?: readonly Observation[];
  byline?: string;
  /** The plan's lead indicator, highlighted in the lead; by default its first growth indicator. */
  leadIndicator?: string;
  /** ISO date or date-time of publication; shown as "19/01/2024 - 07:00" (Vietnam time). */
  publishedAt?: string;
}

/** A figure the report states, and the targets it speaks for: what a reviewer checks. */
export interface ReportFigure {
  indicatorCode: string;
  targetIds: string[];
  text: string;
  /** A stated percent was flagged: the text gives the note, not the percent. */
  flagged: boolean;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
}

export interface Report {
  locale: DisplayLocale;
  title: string;
  /** "19/01/2024 - 07:00", or null without a publication date. */
  dateline: string | null;
  lead: string;
  sections: ReportSection[];
  byline: string | null;
  figures: ReportFigure[];
}

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const INTL_LOCALE: Record<DisplayLocale, string> = { vi: "vi-VN", en: "en-GB" };

function formatDate(iso: string, locale: DisplayLocale): string {
  // A plain date is a calendar day: format it as such, not as midnight UTC moved to Vietnam.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: dateOnly ? "UTC" : TIME_ZONE,
  }).format(new Date(dateOnly ? `${iso}T00:00:00Z` : iso));
}

function formatTime(iso: string, locale: DisplayLocale): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** What every step of the drafting shares: the locale's words and the lookups. */
interface Drafting {
  input: ReportInput;
  locale: DisplayLocale;
  m: ReturnType<typeof messages>["report"];
  words: ReturnType<typeof messages>;
  indicators: Map<string, Indicator>;
  targets: Map<string, Target>;
  nameOf: (code: string) => string;
  percent: (value: number) => string;
  quantity: (value: number, unitCode: string, decimals: number) => string;
  reachedText: (
    code: string,
    value: number | boolean,
    unitCode: string,
    qualifier: Qualifier,
    stage: ObservationStage,
  ) => string;
}

type Group = "met" | "not_met" | "other" | "flagged";
interface Clause {
  group: Group;
  figure: ReportFigure;
  best: number | null;
}

function drafting(input: ReportInput, locale: DisplayLocale): Drafting {
  const m = messages(locale).report;
  const words = messages(locale);
  const indicators = new Map(input.indicators.map((i) => [i.code, i]));
  const nameOf = (code: string) => indicators.get(code)?.name[locale] ?? code;
  const quantity = (value: number, unitCode: string, decimals: number) =>
    m.quantity(
      // Shown as written: a reported 540,136 tỷ keeps its three decimals.
      formatNumber(value, locale, { maxDecimals: Math.max(decimals, 3) }),
      findUnit(unitCode)?.name[locale] ?? unitCode,
    );
  return {
    input,
    locale,
    m,
    words,
    indicators,
    targets: new Map(input.targets.map((t) => [t.id, t])),
    nameOf,
    percent: (value: number) => formatPercent(value, locale, 2),
    quantity,
    reachedText: (code, value, unitCode, qualifier, stage) =>
      m.reached(
        lowerFirst(nameOf(code)),
        qualifier,
        typeof value === "number"
          ? quantity(value, unitCode, indicators.get(code)?.decimals ?? 2)
          : words.status[value ? "met" : "not_met"].toLocaleLowerCase(locale),
        stage,
      ),
  };
}

/** Words one locale's article from the input; {@link draftReports} gives both. */
export function draftReport(input: ReportInput, locale: DisplayLocale): Report {
  const d = drafting(input, locale);
  const clauses = figureClauses(d);
  const noData = indicatorsWithoutData(d);
  const { paragraph: rollupParagraph, count, noun } = rollupParagraphs(d);
  const results = [rollupParagraph, ...groupParagraphs(d, clauses, noData)];
  const sections: ReportSection[] = [
    { heading: d.m.heading.results, paragraphs: results },
    ...sectionsAfterResults(d),
  ];
  const { title, lead } = titleAndLead(d, count, noun);
  const highlight = highlightClause(d, clauses);
  return {
    locale,
    title,
    dateline: input.publishedAt
      ? d.m.dateline(formatDate(input.publishedAt, locale), formatTime(input.publishedAt, locale))
      : null,
    lead: highlight
      ? `${lead} ${highlight.group === "met" ? d.m.leadHighlight(highlight.figure.text) : d.m.leadIndicator(highlight.figure.text)}`
      : lead,
    sections,
    byline: input.byline ?? null,
    figures: clauses.map((c) => c.figure),
  };
}

/** The indicators whose targets have no result yet, by name. */
function indicatorsWithoutData(d: Drafting): string[] {
  const names: string[] = [];
  for (const [code, assessments] of byIndicator(d)) {
    if (!assessments.some((a) => a.actual !== null)) names.push(lowerFirst(d.nameOf(code)));
  }
  return names;
}

/**
 * The targets counted, grouped by indicator in plan order: a part of a composite target is
 * worded under its whole, and a target an amendment superseded is not worded (the one in force
 * speaks, and says it was amended).
 */
function byIndicator(d: Drafting): Map<string, TargetAssessment[]> {
  const grouped = new Map<string, TargetAssessment[]>();
  for (const a of d.input.assessment.targets) {
    if (a.partOf || !a.inForce) continue;
    grouped.set(a.indicatorCode, [...(grouped.get(a.indicatorCode) ?? []), a]);
  }
  return grouped;
}

/**
 * One clause per indicator, grouping its targets: "sản lượng lúa đạt trên 88.800 tấn, đạt 107%
 * kế hoạch tỉnh giao, đạt 104,5% kế hoạch năm"; then the figures no target covers.
 */
function figureClauses(d: Drafting): Clause[] {
  const { m, words, locale } = d;
  const clauses: Clause[] = [];
  for (const [code, assessments] of byIndicator(d)) {
    const withActual = assessments.filter((a) => a.actual !== null);
    const first = withActual[0];
    if (!first?.actual) continue;
    const actual = first.actual;
    const reached = d.reachedText(code, actual.value, actual.unit, actual.qualifier, actual.stage);
    const targetIds = withActual.map((a) => a.targetId);
    const implausible = withActual.flatMap((a) =>
      a.consistency.filter(
        (f): f is Extract<ConsistencyFlag, { kind: "implausible_percent" }> =>
          f.kind === "implausible_percent",
      ),
    );
    if (typeof actual.value === "boolean") {
      const status = withActual.find((a) => a.status !== "no_data")?.status ?? "no_data";
      const text = m.booleanResult(
        lowerFirst(d.nameOf(code)),
        words.status[status].toLocaleLowerCase(locale),
      );
      clauses.push({
        group: groupOf([status]),
        figure: { indicatorCode: code, targetIds, text, flagged: false },
        best: null,
      });
      continue;
    }
    const parts: string[] = [];
    let flagged = false;
    for (const a of withActual) {
      // A target whose stated percent is implausible gives no percent: the note below speaks for it.
      if (a.status === "no_data" || a.consistency.some((f) => f.kind === "implausible_percent")) continue;
      let part = targetPhrase(d, a);
      const mismatch = a.consistency.find((f) => f.kind === "percent_mismatch");
      if (mismatch) {
        flagged = true;
        part += m.mismatchNote(
          d.percent(mismatch.stated),
          mismatch.likely === null ? null : d.percent(mismatch.likely),
        );
      }
      if (a.status === "nearly_met" || a.status === "not_met") {
        part += m.statusNote(words.status[a.status].toLocaleLowerCase(locale));
      }
      if (a.missedYears.length > 0) part += m.missedYears(a.missedYears.map(String));
      if (a.amends) part += m.amendedBy(a.amends.document);
      parts.push(part);
    }
    const partClauses = withActual.flatMap((a) => partsClauses(d, a));
    if (implausible.length > 0) {
      const flag = implausible[0]!;
      const text = m.implausible(
        upperFirst(parts.length > 0 ? `${reached}, ${m.joinPercents(parts)}` : reached),
        d.percent(flag.stated),
        m.planPhrase[flag.planKind],
        flag.likely === null ? null : d.percent(flag.likely),
      );
      clauses.push({
        group: "flagged",
        figure: { indicatorCode: code, targetIds, text, flagged: true },
        best: null,
      });
      continue;
    }
    const statuses = withActual.map((a) => a.status).filter((s) => s !== "no_data");
    let text = parts.length > 0 ? `${reached}, ${m.joinPercents(parts)}` : `${reached}${m.noTargetFigure}`;
    if (partClauses.length > 0) text += `, ${m.partsOf(partClauses)}`;
    const percents = withActual.filter((a) => a.showPercent && a.percent !== null).map((a) => a.percent!);
    clauses.push({
      group: statuses.length > 0 ? groupOf(statuses) : "other",
      figure: { indicatorCode: code, targetIds, text, flagged },
      best: percents.length > 0 ? Math.max(...percents) : null,
    });
  }

  // Figures no target covers: shown as they stand, never judged.
  for (const code of d.input.assessment.untargeted) {
    const o = chooseObservation((d.input.observations ?? []).filter((x) => x.indicatorCode === code));
    if (!o) continue;
    const text = d.reachedText(
      code,
      o.value,
      o.unit ?? d.indicators.get(code)?.unit ?? "",
      o.qualifier,
      o.stage,
    );
    clauses.push({
      group: "other",
      figure: { indicatorCode: code, targetIds: [], text, flagged: false },
      best: null,
    });
  }
  return clauses;
}

/**
 * How one target's result is worded, by kind: a level as its percent of plan; a rate against its
 * target in points ("thấp hơn mục tiêu 0,32 điểm %"); a lower-better figure below or above its
 * target ("thấp hơn mục tiêu 4%"), never "vượt"; a reduction in points; a share inside or
 * outside its band.
 */
function targetPhrase(d: Drafting, a: TargetAssessment): string {
  const { m } = d;
  const target = d.targets.get(a.targetId);
  const indicator = d.indicators.get(a.indicatorCode);
  const decimals = indicator?.decimals ?? 2;
  const spec = target?.spec;
  const q = (v: number) => d.quantity(v, a.targetUnit, decimals);
  const num = (v: number) => formatNumber(v, d.locale, { maxDecimals: Math.max(decimals, 2) });
  const met = isMetOrExceeded(a.status);
  if (spec?.kind === "reduce_pp" && typeof a.actual?.valueInTargetUnit === "number") {
    const achieved = spec.baseline - a.actual.valueInTargetUnit;
    return m.reduction(num(achieved), m.statusVerb[a.status as Exclude<Status, "no_data">], num(spec.points));
  }
  if (spec && (spec.kind === "band" || (spec.kind === "range" && indicator?.direction === "band"))) {
    return m.band(a.status === "met", `${num(spec.lo)}–${q(spec.hi)}`);
  }
  if (a.method === "at_most_target" && spec && "value" in spec) {
    return m.lowerBetter(met, q(spec.value));
  }
  if (a.method === "gap_in_points" && a.gap !== null && spec) {
    const reference =
      spec.kind === "range" ? `${num(spec.lo)}–${q(spec.hi)}` : "value" in spec ? q(spec.value) : "";
    const side = a.gap > 0 ? "above" : a.gap < 0 ? "below" : "at";
    // Inside a range is on target, whatever the gap to its lower bound.
    if (spec.kind === "range" && a.status === "met") return m.pointsAgainst("", "at", reference);
    return m.pointsAgainst(num(Math.abs(a.gap)), side, reference);
  }
  if (a.showPercent && a.percent !== null) return m.percentOf(d.percent(a.percent), m.planPhrase[a.planKind]);
  return `${m.statusVerb[a.status as Exclude<Status, "no_data">]} ${m.planPhrase[a.planKind]}`;
}

/** The parts of a composite target, each worded as a clause of its own, for "trong đó …". */
function partsClauses(d: Drafting, whole: TargetAssessment): string[] {
  return whole.parts.flatMap((id) => {
    const part = d.input.assessment.targets.find((a) => a.targetId === id);
    if (!part?.actual || typeof part.actual.value !== "number" || part.status === "no_data") return [];
    const reached = d.reachedText(
      part.indicatorCode,
      part.actual.value,
      part.actual.unit,
      part.actual.qualifier,
      part.actual.stage,
    );
    return [`${reached}, ${targetPhrase(d, part)}`];
  });
}

/** The roll-up: as reported, and what the data held computes, over the same plan, by status. */
function rollupParagraphs(d: Drafting): {
  paragraph: string;
  count: { met: number; total: number };
  noun: string;
} {
  const { m, input } = d;
  const isTerm = parsePeriod(input.period).kind === "term";
  const reported = input.reportedRollups[0];
  const rollupPlan: PlanKind = reported?.planKind ?? (isTerm ? "resolution" : "annual_plan");
  const computed = input.assessment.rollupsByPlan[rollupPlan] ?? input.assessment.rollup;
  const noun = m.rollupNoun[rollupPlan];
  const sentences: string[] = [];
  for (const r of input.reportedRollups) {
    sentences.push(m.rollupReported(r.met, r.total, m.rollupNoun[r.planKind], isTerm));
  }
  sentences.push(
    computed.withData > 0
      ? m.rollupComputed(computed.metOrExceeded, computed.withData, noun, computed.total - computed.withData)
      : m.rollupNone,
  );
  if (computed.withData > 0) sentences.push(m.breakdown(computed.counts));
  return {
    paragraph: sentences.join(" "),
    count: reported ?? { met: computed.metOrExceeded, total: computed.total },
    noun,
  };
}

function groupParagraphs(d: Drafting, clauses: readonly Clause[], noData: readonly string[]): string[] {
  const { m } = d;
  const paragraphs: string[] = [];
  const inGroup = (g: Group) => clauses.filter((c) => c.group === g).map((c) => c.figure.text);
  if (inGroup("met").length > 0) paragraphs.push(m.groupMet(inGroup("met")));
  if (inGroup("not_met").length > 0) paragraphs.push(m.groupNotMet(inGroup("not_met")));
  for (const text of inGroup("flagged")) paragraphs.push(text);
  if (inGroup("other").length > 0) paragraphs.push(m.groupOther(inGroup("other")));
  if (noData.length > 0) paragraphs.push(m.groupNoData([...noData]));
  return paragraphs;
}

/** The mid-term assessment of a term, key projects and programmes, and the tasks ahead. */
function sectionsAfterResults(d: Drafting): ReportSection[] {
  const { m, input, locale } = d;
  const period = parsePeriod(input.period);
  const isTerm = period.kind === "term";
  const unit = input.unitName[locale];
  const sections: ReportSection[] = [];
  if (isTerm && input.assessment.term) {
    sections.push({
      heading: m.heading.midTerm,
      paragraphs: [
        m.midTermIntro(formatDate(input.assessment.at, locale)),
        ...input.assessment.term.map((t) => midTermSentence(t, input, locale)),
      ],
    });
  }
  if (input.keyProjects.length > 0) {
    sections.push({
      heading: m.heading.projects,
      paragraphs: input.keyProjects.map((p) =>
        p.kind === "project"
          ? m.keyProject(p.name[locale], p.stage[locale])
          : m.programme(p.name[locale], p.stage[locale]),
      ),
    });
  }
  const tasks = input.nextYear?.[locale] ?? [];
  if (tasks.length > 0) {
    if (period.kind === "year") {
      const next = formatPeriod({ kind: "year", year: period.year + 1 }, locale);
      sections.push({
        heading: m.heading.tasksYear(next),
        paragraphs: [m.tasks({ kind: "year", period: next }, unit, tasks)],
      });
    } else {
      sections.push({
        heading: isTerm ? m.heading.tasksTerm : m.heading.tasksNext,
        paragraphs: [m.tasks({ kind: isTerm ? "term" : "next" }, unit, tasks)],
      });
    }
  }
  return sections;
}

/** Title and lead: the reported roll-up when there is one (the body says it is as reported). */
function titleAndLead(
  d: Drafting,
  count: { met: number; total: number },
  noun: string,
): { title: string; lead: string } {
  const { m, input, locale } = d;
  const period = parsePeriod(input.period);
  const periodText = formatPeriod(period, locale);
  const unit = input.unitName[locale];
  const reported = input.reportedRollups.length > 0;
  if (period.kind === "term") {
    const { end } = periodBounds({ kind: "year", year: Number(input.assessment.at.slice(0, 4)) });
    const years = input.assessment.term?.[0]?.yearsElapsed ?? 0;
    return {
      title:
        count.total > 0
          ? m.titleTerm(upperFirst(unit), count.met, count.total, periodText)
          : m.titlePlain(upperFirst(unit), periodText),
      lead: m.leadTerm(years, input.assessment.at < end, periodText, unit, count.met, count.total, reported),
    };
  }
  return {
    title:
      count.total > 0
        ? m.title(upperFirst(unit), count.met, count.total, noun, periodText)
        : m.titlePlain(upperFirst(unit), periodText),
    lead: m.lead(upperFirst(periodText), unit, count.met, count.total, noun, reported),
  };
}

/**
 * The figure the lead highlights: the plan's lead indicator — the one named by the input, else
 * the first growth indicator among the targets (GRDP growth leads every socio-economic report) —
 * and only without one, the met figure with the largest percent of plan.
 */
function highlightClause(d: Drafting, clauses: readonly Clause[]): Clause | undefined {
  const judged = clauses.filter((c) => c.figure.targetIds.length > 0 && !c.figure.flagged);
  const leadCode =
    d.input.leadIndicator ??
    d.input.targets
      .map((t) => d.indicators.get(t.indicatorCode))
      .find((i) => i?.measure === "growth" || i?.measure === "avg_growth")?.code;
  const lead = leadCode ? judged.find((c) => c.figure.indicatorCode === leadCode) : undefined;
  if (lead) return lead;
  return clauses.filter((c) => c.group === "met" && c.best !== null).sort((a, b) => b.best! - a.best!)[0];
}

function groupOf(statuses: readonly Status[]): "met" | "not_met" {
  return statuses.every(isMetOrExceeded) ? "met" : "not_met";
}

function midTermSentence(t: TermAssessment, input: ReportInput, locale: DisplayLocale): string {
  const words = messages(locale);
  const m = words.report;
  const indicator = input.indicators.find((i) => i.code === t.indicatorCode);
  const target = input.targets.find((x) => x.id === t.targetId);
  const assessed = input.assessment.targets.find((a) => a.targetId === t.targetId);
  const unitCode = target?.unit ?? indicator?.unit ?? "";
  const decimals = Math.max(indicator?.decimals ?? 2, 3);
  const current =
    t.current === null
      ? null
      : `${t.provisional ? `${words.estimate} ` : ""}${m.quantity(
          formatNumber(t.current, locale, { maxDecimals: decimals }),
          findUnit(unitCode)?.name[locale] ?? unitCode,
        )}`;
  // A flagged stated percent is not repeated through the term assessment either.
  const flagged = (assessed?.consistency.length ?? 0) > 0;
  const percent = t.currentPercent === null || flagged ? null : formatPercent(t.currentPercent, locale, 2);
  return m.midTermTarget(
    upperFirst(indicator?.name[locale] ?? t.indicatorCode),
    lowerFirst(words.termState[t.state]),
    current,
    percent,
    words.projection[t.method],
  );
}

/** Both languages' articles. */
export function draftReports(input: ReportInput): Record<DisplayLocale, Report> {
  return { vi: draftReport(input, "vi"), en: draftReport(input, "en") };
}

/** The article as plain text: title, date, lead, sections, byline. */
export function renderReportText(report: Report): string {
  const lines = [report.title];
  if (report.dateline) lines.push(report.dateline);
  lines.push("", report.lead);
  for (const section of report.sections) lines.push("", section.heading, "", section.paragraphs.join("\n\n"));
  if (report.byline) lines.push("", report.byline);
  return `${lines.join("\n")}\n`;
}
