import { describe, expect, it } from "vitest";
import { FieldError } from "./field-error.ts";
import { parsePeriod } from "./periods.ts";
import {
  checkDeadlineRule,
  countWithoutFigure,
  DEFAULT_REPORTING_RULES,
  deadlineOf,
  isLate,
  reportingPeriods,
  reportStanding,
  rulesWith,
} from "./reporting-calendar.ts";

const rule = DEFAULT_REPORTING_RULES;

describe("deadlineOf: when figures close and when the report is due", () => {
  it("a month's report counts from the 15th of the month before to the 14th, and is due on the 20th", () => {
    expect(deadlineOf(parsePeriod("2026-03"), rule.month)).toEqual({
      window: { from: "2026-02-15", to: "2026-03-14" },
      due: "2026-03-20",
    });
  });

  it("January's window starts in December of the year before", () => {
    expect(deadlineOf(parsePeriod("2026-01"), rule.month).window.from).toBe("2025-12-15");
  });

  it("a quarter counts from the 15th of the month before it to the 14th of its last month", () => {
    expect(deadlineOf(parsePeriod("2026-Q3"), rule.quarter)).toEqual({
      window: { from: "2026-06-15", to: "2026-09-14" },
      due: "2026-09-20",
    });
  });

  it("6 and 9 months count from 15 December; due on the 20th of June and September", () => {
    expect(deadlineOf(parsePeriod("2026-YTD6"), rule.half_year)).toEqual({
      window: { from: "2025-12-15", to: "2026-06-14" },
      due: "2026-06-20",
    });
    expect(deadlineOf(parsePeriod("2026-YTD9"), rule.nine_months).due).toBe("2026-09-20");
  });

  it("the year's report closes on 14 December and is due on 15 December", () => {
    expect(deadlineOf(parsePeriod("2026"), rule.year)).toEqual({
      window: { from: "2025-12-15", to: "2026-12-14" },
      due: "2026-12-15",
    });
  });

  it("a province's due date in a later month crosses into the next year, and a day past a month's end is its last day", () => {
    const fifthOfNext = { ...rule.month, dueDay: 5, dueMonthsAfter: 1 };
    expect(deadlineOf(parsePeriod("2026-12"), fifthOfNext).due).toBe("2027-01-05");
    const endOfMonth = { ...rule.month, cutoffDay: 31, dueDay: 31 };
    expect(deadlineOf(parsePeriod("2026-02"), endOfMonth)).toEqual({
      window: { from: "2026-02-01", to: "2026-02-28" },
      due: "2026-02-28",
    });
  });
});

describe("reportingPeriods: the reports a plan calls for", () => {
  it("a year's plan calls for 12 months, 4 quarters, 6 months, 9 months and the year: 19 reports, by due date", () => {
    const due = reportingPeriods(parsePeriod("2026"));
    expect(due).toHaveLength(19);
    expect(due.slice(0, 3).map((r) => r.code)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(due.filter((r) => r.due === "2026-06-20").map((r) => r.code)).toEqual([
      "2026-06",
      "2026-Q2",
      "2026-YTD6",
    ]);
    expect(due.slice(-3).map((r) => [r.code, r.due])).toEqual([
      ["2026", "2026-12-15"],
      ["2026-12", "2026-12-20"],
      ["2026-Q4", "2026-12-20"],
    ]);
  });

  it("a kind the province does not require is left out", () => {
    const noMonths = rulesWith({ month: { ...rule.month, required: false } });
    expect(reportingPeriods(parsePeriod("2026"), noMonths).map((r) => r.kind)).not.toContain("month");
    expect(reportingPeriods(parsePeriod("2026"), noMonths)).toHaveLength(7);
  });

  it("a term's plan calls for the year report of each year after its base year", () => {
    expect(reportingPeriods(parsePeriod("2020-2025")).map((r) => [r.code, r.due])).toEqual([
      ["2021", "2021-12-15"],
      ["2022", "2022-12-15"],
      ["2023", "2023-12-15"],
      ["2024", "2024-12-15"],
      ["2025", "2025-12-15"],
    ]);
  });

  it("a plan for a quarter is not a plan: refused naming the period", () => {
    expect(() => reportingPeriods(parsePeriod("2026-Q1"))).toThrow(FieldError);
  });
});

describe("checkDeadlineRule: what a province may set", () => {
  it("takes days 1-31 and a due date up to 3 months after the period", () => {
    expect(checkDeadlineRule({ ...rule.month, dueDay: 5, dueMonthsAfter: 1 }, "month").dueDay).toBe(5);
  });

  it("names the field at fault", () => {
    expect(() => checkDeadlineRule({ ...rule.month, dueDay: 32 }, "month")).toThrow("month.dueDay");
    expect(() => checkDeadlineRule({ ...rule.month, cutoffDay: 0 }, "quarter")).toThrow("quarter.cutoffDay");
    expect(() => checkDeadlineRule({ ...rule.month, dueMonthsAfter: 4 }, "year")).toThrow(
      "year.dueMonthsAfter",
    );
    expect(() => checkDeadlineRule({ ...rule.month, basis: "  " }, "month")).toThrow("month.basis");
  });

  it("refuses a report due before its figures close", () => {
    expect(() => checkDeadlineRule({ ...rule.month, cutoffDay: 25, dueDay: 20 }, "month")).toThrow(
      "due before its figures close",
    );
  });
});

describe("isLate: a deadline is a day in Vietnam", () => {
  it("sent at 23:30 on the due day in Vietnam (16:30 UTC) is on time", () => {
    expect(isLate("2026-03-20T16:30:00Z", "2026-03-20")).toBe(false);
  });

  it("sent at 00:30 the day after in Vietnam (17:30 UTC on the due day) is late", () => {
    expect(isLate("2026-03-20T17:30:00Z", "2026-03-20")).toBe(true);
  });
});

describe("reportStanding: where a unit's report stands", () => {
  const due = "2026-03-20";

  it("nothing sent before the due date: not yet due; after it: missing and overdue", () => {
    expect(reportStanding(due, "2026-03-20", undefined)).toEqual({
      status: "not_due",
      late: undefined,
      overdue: false,
    });
    expect(reportStanding(due, "2026-03-21", undefined)).toEqual({
      status: "missing",
      late: undefined,
      overdue: true,
    });
  });

  it("submitted on the due day is on time; the day after, late", () => {
    expect(
      reportStanding(due, "2026-04-01", { state: "submitted", submittedAt: "2026-03-20T02:00:00Z" }).status,
    ).toBe("on_time");
    expect(
      reportStanding(due, "2026-04-01", { state: "submitted", submittedAt: "2026-03-21T02:00:00Z" }),
    ).toEqual({
      status: "late",
      late: true,
      overdue: false,
    });
  });

  it("returned for revision: returned, and overdue once past the due date", () => {
    const returned = { state: "draft" as const, submittedAt: "2026-03-18T02:00:00Z" };
    expect(reportStanding(due, "2026-03-19", returned)).toEqual({
      status: "returned",
      late: false,
      overdue: false,
    });
    expect(reportStanding(due, "2026-03-25", returned).overdue).toBe(true);
  });

  it("approved and published say so, and keep whether they were sent late", () => {
    expect(
      reportStanding(due, "2026-04-01", { state: "approved", submittedAt: "2026-03-22T02:00:00Z" }),
    ).toEqual({
      status: "approved",
      late: true,
      overdue: false,
    });
    expect(
      reportStanding(due, "2026-04-01", { state: "published", submittedAt: "2026-03-10T02:00:00Z" }),
    ).toEqual({
      status: "published",
      late: false,
      overdue: false,
    });
  });
});

describe("countWithoutFigure", () => {
  it("counts the targets whose indicator has no figure for the period", () => {
    expect(
      countWithoutFigure(["rice_output", "shrimp_output", "budget_revenue"], new Set(["rice_output"])),
    ).toBe(2);
    expect(countWithoutFigure([], new Set())).toBe(0);
  });
});
