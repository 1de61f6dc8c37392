/**
 * Errors a use-case raises: a closed set of codes, each mapped to its HTTP status here and only
 * here (ARCHITECTURE.md: `{"error": {"code", "message", "details"}}`). The message for the log
 * (`message`, which may name internals such as the database's own words) is kept apart from the
 * one for the caller (`userMessage`, by default the same).
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  bad_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  period_locked: 409,
  invalid_transition: 409,
  separation_of_duties: 409,
  precondition_failed: 412,
  invalid: 422,
  unknown_reference: 422,
  reason_required: 422,
  is_target: 422,
  locked: 423,
  precondition_required: 428,
  too_many_attempts: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

export class AppError extends Error {
  override readonly name = "AppError";
  readonly status: ErrorStatus;
  /** What the caller is told; `message` is what the log keeps. */
  readonly userMessage: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options: { userMessage?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = ERROR_STATUS[code];
    this.userMessage = options.userMessage ?? message;
  }
}

/** `field`: where the caller named it (a path parameter such as "id", or a body field). */
export const notFound = (what: string, value: string, field: string): AppError =>
  new AppError("not_found", `${what} ${JSON.stringify(value)} does not exist`, { field });

/** A reference in the body or query that names nothing: the field is at fault, not the URL. */
export const unknownReference = (field: string, what: string, value: string): AppError =>
  new AppError("unknown_reference", `${field}: no ${what} ${JSON.stringify(value)}`, { field, value });

/** `rule`: which rule of the field failed, when it has several a page words apart. */
export const invalidField = (field: string, message: string, rule?: string): AppError =>
  new AppError("invalid", `${field}: ${message}`, rule ? { field, rule } : { field });

export const conflict = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError("conflict", message, details);

/** A statement of the review queue that was already accepted or rejected. */
export const alreadyDecided = (id: string, status: string, observationId?: string): AppError =>
  conflict(`statement ${id} is already ${status}`, {
    field: "status",
    status,
    ...(observationId ? { observationId } : {}),
  });

export const staleWrite = (current: string, given: string): AppError =>
  new AppError(
    "precondition_failed",
    `If-Match ${given} is stale: the resource is now at ${current}; read it again and retry`,
    { field: "If-Match", current, given },
  );

export const preconditionRequired = (): AppError =>
  new AppError("precondition_required", "If-Match: a write to an existing resource needs its ETag", {
    field: "If-Match",
  });
