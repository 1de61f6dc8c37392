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
import type {
  Indicator,
  Observation,
  ObservationStage,
  PlanKind,
  Qualifier,
  Status,
  Target,
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

/** Words one locale's article from the input; {@link draftReports} gives both. */
export function draftReport(input: ReportInput, locale: DisplayLocale): Report {
  const m = messages(locale).report;
  const words = messages(locale);
  const indicators = new Map(input.indicators.map((i) => [i.code, i]));
  const unit = input.unitName[locale];
  const period = parsePeriod(input.period);
  const periodText = formatPeriod(period, locale);
  const isTerm = period.kind === "term";

  const quantity = (value: number, unitCode: string, decimals: number) =>
    m.quantity(
      // Shown as written: a reported 540,136 tỷ keeps its three decimals.
      formatNumber(value, locale, { maxDecimals: Math.max(decimals, 3) }),
      findUnit(unitCode)?.name[locale] ?? unitCode,
    );
  const percent = (value: number) => formatPercent(value, locale, 2);
  const nameOf = (code: string) => indicators.get(code)?.name[locale] ?? code;
  const reachedText = (
    code: string,
    value: number | boolean,
    unitCode: string,
    qualifier: Qualifier,
    stage: ObservationStage,
  ) =>
    m.reached(
      lowerFirst(nameOf(code)),
      qualifier,
      typeof value === "number"
        ? quantity(value, unitCode, indicators.get(code)?.decimals ?? 2)
        : words.status[value ? "met" : "not_met"].toLocaleLowerCase(locale),
      stage,
    );

  // One sentence (clause) per indicator, grouping its targets: "sản lượng lúa đạt trên 88.800
  // tấn, đạt 107% kế hoạch tỉnh giao, đạt 104,5% kế hoạch năm".
  type Group = "met" | "not_met" | "other" | "flagged";
  const clauses: { group: Group; figure: ReportFigure; best: number | null }[] = [];
  const noData: string[] = [];
  const byIndicator = new Map<string, TargetAssessment[]>();
  for (const a of input.assessment.targets) {
    byIndicator.set(a.indicatorCode, [...(byIndicator.get(a.indicatorCode) ?? []), a]);
  }
  for (const [code, assessments] of byIndicator) {
    const withActual = assessments.filter((a) => a.actual !== null);
    const first = withActual[0];
    if (!first?.actual) {
      noData.push(lowerFirst(nameOf(code)));
      continue;
    }
    const actual = first.actual;
    const reached = reachedText(code, actual.value, actual.unit, actual.qualifier, actual.stage);
    const targetIds = withActual.map((a) => a.targetId);
    const implausible = withActual.flatMap((a) =>
      a.consistency.filter(
        (f): f is Extract<ConsistencyFlag, { kind: "implausible_percent" }> =>
          f.kind === "implausible_percent",
      ),
    );
    if (typeof actual.value === "boolean") {
      const status = withActual.find((a) => a.status !== "no_data")?.status ?? "no_data";
      const text = m.booleanResult(lowerFirst(nameOf(code)), words.status[status].toLocaleLowerCase(locale));
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
      let part: string;
      if (a.showPercent && a.percent !== null) {
        part = m.percentOf(percent(a.percent), m.planPhrase[a.planKind]);
      } else {
        part = `${m.statusVerb[a.status as Exclude<Status, "no_data">]} ${m.planPhrase[a.planKind]}`;
      }
      const mismatch = a.consistency.find((f) => f.kind === "percent_mismatch");
      if (mismatch) {
        flagged = true;
        part += m.mismatchNote(
          percent(mismatch.stated),
          mismatch.likely === null ? null : percent(mismatch.likely),
        );
      }
      if (a.status === "nearly_met" || a.status === "not_met") {
        part += m.statusNote(words.status[a.status].toLocaleLowerCase(locale));
      }
      parts.push(part);
    }
    if (implausible.length > 0) {
      const flag = implausible[0]!;
      const text = m.implausible(
        upperFirst(parts.length > 0 ? `${reached}, ${m.joinPercents(parts)}` : reached),
        percent(flag.stated),
        m.planPhrase[flag.planKind],
        flag.likely === null ? null : percent(flag.likely),
      );
      clauses.push({
        group: "flagged",
        figure: { indicatorCode: code, targetIds, text, flagged: true },
        best: null,
      });
      continue;
    }
    const statuses = withActual.map((a) => a.status).filter((s) => s !== "no_data");
    const text = parts.length > 0 ? `${reached}, ${m.joinPercents(parts)}` : `${reached}${m.noTargetFigure}`;
    const percents = withActual.filter((a) => a.showPercent && a.percent !== null).map((a) => a.percent!);
    clauses.push({
      group: statuses.length > 0 ? groupOf(statuses) : "other",
      figure: { indicatorCode: code, targetIds, text, flagged },
      best: percents.length > 0 ? Math.max(...percents) : null,
    });
  }

  // Figures no target covers: shown as they stand, never judged.
  for (const code of input.assessment.untargeted) {
    const o = chooseObservation((input.observations ?? []).filter((x) => x.indicatorCode === code));
    if (!o) continue;
    const text = reachedText(code, o.value, o.unit ?? indicators.get(code)?.unit ?? "", o.qualifier, o.stage);
    clauses.push({
      group: "other",
      figure: { indicatorCode: code, targetIds: [], text, flagged: false },
      best: null,
    });
  }

  // The roll-up: as reported, and what the data held computes, over the same plan.
  const reported = input.reportedRollups[0];
  const rollupPlan: PlanKind = reported?.planKind ?? (isTerm ? "resolution" : "annual_plan");
  const computed = input.assessment.rollupsByPlan[rollupPlan] ?? input.assessment.rollup;
  const noun = m.rollupNoun[rollupPlan];
  const rollupParagraph: string[] = [];
  for (const r of input.reportedRollups) {
    rollupParagraph.push(m.rollupReported(r.met, r.total, m.rollupNoun[r.planKind], isTerm));
  }
  rollupParagraph.push(
    computed.withData > 0
      ? m.rollupComputed(computed.metOrExceeded, computed.withData, noun, computed.total - computed.withData)
      : m.rollupNone,
  );

  const results: string[] = [rollupParagraph.join(" ")];
  const inGroup = (g: Group) => clauses.filter((c) => c.group === g).map((c) => c.figure.text);
  if (inGroup("met").length > 0) results.push(m.groupMet(inGroup("met")));
  if (inGroup("not_met").length > 0) results.push(m.groupNotMet(inGroup("not_met")));
  for (const text of inGroup("flagged")) results.push(text);
  if (inGroup("other").length > 0) results.push(m.groupOther(inGroup("other")));
  if (noData.length > 0) results.push(m.groupNoData(noData));

  const sections: ReportSection[] = [{ heading: m.heading.results, paragraphs: results }];

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

  // Title and lead: the reported roll-up when there is one (the body says it is as reported).
  const count = reported ?? { met: computed.metOrExceeded, total: computed.total };
  let title: string;
  let lead: string;
  if (isTerm) {
    title =
      count.total > 0
        ? m.titleTerm(upperFirst(unit), count.met, count.total, periodText)
        : m.titlePlain(upperFirst(unit), periodText);
    const { end } = periodBounds({ kind: "year", year: Number(input.assessment.at.slice(0, 4)) });
    const years = input.assessment.term?.[0]?.yearsElapsed ?? 0;
    lead = m.leadTerm(
      years,
      input.assessment.at < end,
      periodText,
      unit,
      count.met,
      count.total,
      reported !== undefined,
    );
  } else {
    title =
      count.total > 0
        ? m.title(upperFirst(unit), count.met, count.total, noun, periodText)
        : m.titlePlain(upperFirst(unit), periodText);
    lead = m.lead(upperFirst(periodText), unit, count.met, count.total, noun, reported !== undefined);
  }
  const highlight = clauses
    .filter((c) => c.group === "met" && c.best !== null)
    .sort((a, b) => b.best! - a.best!)[0];
  if (highlight) lead = `${lead} ${m.leadHighlight(highlight.figure.text)}`;

  return {
    locale,
    title,
    dateline: input.publishedAt
      ? m.dateline(formatDate(input.publishedAt, locale), formatTime(input.publishedAt, locale))
      : null,
    lead,
    sections,
    byline: input.byline ?? null,
    figures: clauses.map((c) => c.figure),
  };
}

function groupOf(statuses: readonly Status[]): "met" | "not_met" {
  return statuses.every((s) => s === "met" || s === "exceeded") ? "met" : "not_met";
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
