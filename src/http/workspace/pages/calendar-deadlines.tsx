/**
 * A province's reporting deadlines (thời hạn gửi báo cáo), kind by kind: read by staff, set by a
 * reviewer of the province (src/app/set-reporting-deadlines.ts decides who, and checks each
 * rule). Field ids are the use-case's field names (`rules.year.dueDay`), so the error summary
 * links to the field the use-case names.
 */

import { z } from "zod";
import { AppError } from "../../../app/errors.ts";
import { homeProvinceOf } from "../../../app/reporting-board.ts";
import { readReportingDeadlines, setReportingDeadlines } from "../../../app/set-reporting-deadlines.ts";
import { visibilityOf } from "../../../app/visibility.ts";
import {
  type DeadlineRule,
  REPORT_KINDS,
  type ReportingRules,
  type ReportKind,
  vietnamDay,
} from "../../../domain/reporting-calendar.ts";
import { type CalendarMessages, calendarMessages } from "../../../i18n/calendar-messages.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { CsrfField, ErrorSummary, FieldErrorText, Notice, TextField } from "../components.tsx";
import { type FieldError, field, type RawForm, workspaceForm } from "../forms.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

const NUMBERS = ["cutoffDay", "dueDay", "dueMonthsAfter"] as const;
type NumberField = (typeof NUMBERS)[number];

const fieldId = (kind: ReportKind, name: keyof DeadlineRule) => `rules.${kind}.${name}`;

/** The label of a field in messages: the kind of report and the field's label. */
function labelOf(m: CalendarMessages, id: string): string {
  const [, kind, name] = id.split(".") as [string, ReportKind, keyof DeadlineRule];
  const d = m.deadlines;
  const words: Record<keyof DeadlineRule, string> = {
    required: d.required,
    cutoffDay: d.cutoffDay,
    dueDay: d.dueDay,
    dueMonthsAfter: d.dueMonthsAfter,
    basis: d.basis,
  };
  return `${m.kind[kind] ?? kind} – ${words[name] ?? name}`;
}

/** The province and the day its units are read at: ?province= or the caller's own, in ?year=. */
async function whichProvince(ctx: SignedInContext) {
  const year = ctx.c.req.query("year")?.trim() || vietnamDay(new Date().toISOString()).slice(0, 4);
  const at = /^\d{4}$/.test(year) ? `${year}-01-01` : vietnamDay(new Date().toISOString());
  const asked = ctx.c.req.query("province")?.trim();
  const province = asked || (await homeProvinceOf(ctx.db, visibilityOf(ctx.db, ctx.who)))?.id || "";
  return readReportingDeadlines(ctx.db, visibilityOf(ctx.db, ctx.who), { province, at });
}

/** The form's text of each field: as typed, or the rules' values. */
function valuesOf(rules: ReportingRules, raw: RawForm | undefined): (id: string) => string {
  return (id) => {
    if (raw) {
      const v = raw[id];
      return typeof v === "string" ? v : "";
    }
    const [, kind, name] = id.split(".") as [string, ReportKind, keyof DeadlineRule];
    return String(rules[kind][name]);
  };
}

function deadlinesAnswer(
  ctx: SignedInContext,
  read: Awaited<ReturnType<typeof whichProvince>>,
  state: { errors?: FieldError[]; raw?: RawForm; notice?: string } = {},
): WorkspaceAnswer {
  const { locale, csrf } = ctx;
  const m = calendarMessages(locale);
  const d = m.deadlines;
  const errors = state.errors ?? [];
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message;
  const value = valuesOf(read.rules, state.raw);
  const checked = (kind: ReportKind) =>
    state.raw ? state.raw[fieldId(kind, "required")] !== undefined : read.rules[kind].required;
  const province = webMessages(locale).unitName(read.province.kind, read.province.name);
  const year = ctx.c.req.query("year")?.trim();
  const here = workspaceUrl(locale, "/calendar/deadlines", { province: read.province.id, year });
  const disabled = !read.mayChange;
  return {
    title: d.title(province),
    ...(errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={errors} />
        <Notice text={state.notice} />
        <p>{d.lead}</p>
        {disabled ? (
          <p class="locked" id="read-only">
            {d.readOnly}
          </p>
        ) : null}
        <form method="post" action={here} id="deadlines-form" novalidate>
          <CsrfField token={csrf} />
          {REPORT_KINDS.map((kind) => {
            const required = fieldId(kind, "required");
            return (
              <fieldset class="rule" disabled={disabled}>
                <legend>{m.kind[kind]}</legend>
                <div class="field checkbox">
                  <input type="checkbox" id={required} name={required} value="1" checked={checked(kind)} />{" "}
                  <label for={required}>{d.required}</label>
                  <FieldErrorText id={required} error={errorOf(required)} />
                </div>
                {NUMBERS.map((name: NumberField) => {
                  const id = fieldId(kind, name);
                  const hint =
                    name === "cutoffDay" ? d.cutoffHint : name === "dueDay" ? d.dueHint : d.dueMonthsHint;
                  return (
                    <TextField
                      id={id}
                      label={d[name]}
                      hint={hint}
                      value={value(id)}
                      inputmode="numeric"
                      error={errorOf(id)}
                    />
                  );
                })}
                <TextField
                  id={fieldId(kind, "basis")}
                  label={d.basis}
                  value={value(fieldId(kind, "basis"))}
                  error={errorOf(fieldId(kind, "basis"))}
                  wide
                />
              </fieldset>
            );
          })}
          {disabled ? null : (
            <button type="submit" id="save">
              {d.save}
            </button>
          )}
        </form>
        <p>
          <a href={workspaceUrl(locale, "/calendar", { province: read.province.id, year })}>{d.back}</a>
        </p>
      </>
    ),
  };
}

export async function deadlinesPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const read = await whichProvince(ctx);
  const notice = ctx.c.req.query("saved") ? calendarMessages(ctx.locale).deadlines.saved : undefined;
  return deadlinesAnswer(ctx, read, notice ? { notice } : {});
}

/** A whole number as typed ("5", " 20 "); undefined when it is not one. */
function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,2}$/.test(t) ? Number(t) : undefined;
}

/** The message of a rule the use-case refused, by the field it names. */
function ruleMessage(m: CalendarMessages, id: string, typed: string): string {
  const label = labelOf(m, id);
  const d = m.deadlines;
  if (id.endsWith(".dueMonthsAfter")) return d.months(label);
  if (id.endsWith(".basis")) return d.basisMissing(label);
  const n = wholeNumber(typed);
  if (id.endsWith(".dueDay") && n !== undefined && n >= 1 && n <= 31) return d.dueBeforeCutoff(label);
  return d.day(label);
}

/** The form's schema: every field as text (the basis at most 500 characters), read as numbers below. */
const DeadlinesForm = z.object(
  Object.fromEntries(
    REPORT_KINDS.flatMap((kind) => [
      [fieldId(kind, "required"), field.text(5)],
      ...NUMBERS.map((name) => [fieldId(kind, name), field.text(10)]),
      [fieldId(kind, "basis"), field.text(500)],
    ]),
  ) as Record<string, ReturnType<typeof field.text>>,
);

export async function saveDeadlinesForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const m = calendarMessages(locale);
  const read = await whichProvince(ctx);
  const form = await workspaceForm(ctx, DeadlinesForm, (id) => labelOf(m, id));
  const raw = form.raw;
  if (!form.ok) return deadlinesAnswer(ctx, read, { errors: form.errors, raw });
  const text = (id: string) => form.data[id] ?? "";
  const errors: FieldError[] = [];
  const rules: Partial<Record<ReportKind, DeadlineRule>> = {};
  for (const kind of REPORT_KINDS) {
    const numbers: Partial<Record<NumberField, number>> = {};
    for (const name of NUMBERS) {
      const id = fieldId(kind, name);
      const n = wholeNumber(text(id));
      if (n === undefined) errors.push({ field: id, message: ruleMessage(m, id, "") });
      else numbers[name] = n;
    }
    const basis = text(fieldId(kind, "basis")).trim();
    if (!basis)
      errors.push({ field: fieldId(kind, "basis"), message: ruleMessage(m, fieldId(kind, "basis"), "") });
    if (
      numbers.cutoffDay !== undefined &&
      numbers.dueDay !== undefined &&
      numbers.dueMonthsAfter !== undefined
    ) {
      rules[kind] = {
        required: text(fieldId(kind, "required")) !== "",
        cutoffDay: numbers.cutoffDay,
        dueDay: numbers.dueDay,
        dueMonthsAfter: numbers.dueMonthsAfter,
        basis,
      };
    }
  }
  if (errors.length > 0) return deadlinesAnswer(ctx, read, { errors, raw });
  try {
    await setReportingDeadlines(
      db,
      { province: read.province.id, at: vietnamDay(new Date().toISOString()), rules },
      { actor: who.userId, principal: who, separateDuties: c.get("separateDuties") },
    );
  } catch (error) {
    // A rule the use-case refuses is shown on its field, with the form as it was typed.
    const field = error instanceof AppError ? error.details.field : undefined;
    if (
      !(error instanceof AppError) ||
      error.code !== "invalid" ||
      typeof field !== "string" ||
      !field.startsWith("rules.")
    )
      throw error;
    return deadlinesAnswer(ctx, read, {
      errors: [{ field, message: ruleMessage(m, field, text(field)) }],
      raw,
    });
  }
  const year = c.req.query("year")?.trim();
  return c.redirect(
    workspaceUrl(locale, "/calendar/deadlines", { province: read.province.id, year, saved: "1" }),
    303,
  );
}
