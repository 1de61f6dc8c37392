/**
 * Forms of the workspace, parsed with Zod. A page declares its form as a schema built from the
 * field pieces below (each takes the raw form value: a string, a File, or several of them) and
 * calls `workspaceForm`: it gets the typed data, or the errors, each naming its field's id (for
 * the error summary's links) with a message in the page's language that names the field by its
 * label. The raw values come back too, to show the form again as it was typed.
 */
import { z } from "zod";
import { isCalendarDate } from "../../domain/dates.ts";
import type { FormTexts } from "../../i18n/workspace.ts";
import type { WorkspaceContext } from "./page.tsx";

/** A form as posted: each field's value, or values when it repeats. */
export type RawForm = Record<string, string | File | (string | File)[]>;

export interface FieldError {
  /** The id of the input at fault: the summary links to `#field`. */
  field: string;
  message: string;
}

export type FormResult<T> =
  | { ok: true; data: T; raw: RawForm }
  | { ok: false; errors: FieldError[]; raw: RawForm };

/** The first value of a field; undefined when the form lacks it. */
export const firstOf = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
/** A field's values as a list (a repeated field, or one value, or none). */
export const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Field pieces: each reads one field of the raw form. */
export const field = {
  /** Text as typed (NFC), at most `max` characters; absent: "". */
  text: (max = 2000) =>
    z.preprocess((v) => {
      const one = firstOf(v);
      return one === undefined ? "" : typeof one === "string" ? one.normalize("NFC") : one;
    }, z.string().max(max)),
  /** Text that must not be empty. */
  required: (max = 2000) =>
    z.preprocess((v) => {
      const one = firstOf(v);
      return typeof one === "string" ? one.normalize("NFC").trim() : one;
    }, z.string().min(1).max(max)),
  /** One of fixed choices (a select or radios); absent: `fallback`, when given. */
  choice: <T extends string>(choices: readonly T[], fallback?: T) =>
    z.preprocess((v) => firstOf(v) ?? fallback, z.enum(choices as readonly T[] as [T, ...T[]])),
  /** A repeated field, as a list of strings. */
  list: () => z.preprocess((v) => listOf(v), z.array(z.string())),
  /** A calendar date as a date input posts it (2026-01-15). */
  date: () => field.required(10).refine(isCalendarDate),
  /** A calendar date, or nothing. */
  optionalDate: () => field.text(10).refine((v) => v === "" || isCalendarDate(v)),
  /** An uploaded file. */
  file: () => z.preprocess((v) => firstOf(v), z.instanceof(File)),
};

/** The message of a field's error, for the field to show under its label. */
export const errorOf = (errors: readonly FieldError[], id: string): string | undefined =>
  errors.find((e) => e.field === id)?.message;

/** The message of one Zod issue, naming the field by its label. */
function issueText(issue: z.core.$ZodIssue, label: string, t: FormTexts): string {
  switch (issue.code) {
    case "invalid_value":
      return t.choose(label);
    case "too_big":
      return t.tooLong(label, Number(issue.maximum));
    case "too_small":
      return t.required(label);
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? t.required(label) : t.invalid(label);
    default:
      return t.invalid(label);
  }
}

/** The posted form, every repeated field kept (the body is read once and cached by Hono). */
export async function rawForm(ctx: WorkspaceContext): Promise<RawForm> {
  return (await ctx.c.req.parseBody({ all: true })) as RawForm;
}

/**
 * Parses the posted form with `schema` (or the schema the raw form calls for, when its fields
 * depend on what was posted: one row per target). `labelOf` names a field for the messages; the
 * field's id by default.
 */
export async function workspaceForm<S extends z.ZodType>(
  ctx: WorkspaceContext,
  schema: S | ((raw: RawForm) => S),
  labelOf: (field: string) => string = (f) => f,
): Promise<FormResult<z.output<S>>> {
  const raw = await rawForm(ctx);
  const s = typeof schema === "function" ? (schema as (raw: RawForm) => S)(raw) : schema;
  const parsed = await s.safeParseAsync(raw);
  if (parsed.success) return { ok: true, data: parsed.data, raw };
  const errors = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    return { field: name, message: issueText(issue, labelOf(name), ctx.m.form) };
  });
  return { ok: false, errors, raw };
}
