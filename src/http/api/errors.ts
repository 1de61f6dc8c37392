/** Every API error as `{"error": {"code", "message", "details"}}` naming the field at fault. */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { AppError } from "../../app/errors.ts";

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

/** The first issue of a failed validation, as the error naming its field. */
export function validationError(error: ZodError, where: "query" | "json" | "param" | "header" | string) {
  const whole = where === "json" ? "body" : where;
  const issues = error.issues.map((issue) => ({
    field: issue.path.join(".") || whole,
    message: issue.message,
  }));
  const first = issues[0] ?? { field: whole, message: "invalid" };
  return errorBody("invalid", `${first.field}: ${first.message}`, { field: first.field, in: where, issues });
}

export function handleError(error: unknown, c: Context) {
  if (error instanceof AppError) {
    // The log keeps what the caller is not told (the database's own words, for one).
    if (error.message !== error.userMessage) c.get("logger")?.info({ err: error }, "refused");
    return c.json(errorBody(error.code, error.userMessage, error.details), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code =
      status === 400 ? "bad_request" : status === 415 ? "unsupported_media_type" : `http_${status}`;
    const field =
      status === 415 ? { field: "Content-Type" } : /JSON/i.test(error.message) ? { field: "body" } : {};
    return c.json(errorBody(code, error.message || "bad request", field), status);
  }
  const logger = c.get("logger") ?? console;
  logger.error({ err: error }, "unhandled error");
  return c.json(errorBody("internal", "internal error"), 500);
}
