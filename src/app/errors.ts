/**
 * Errors a use-case raises, each with the API code, the HTTP status and the field at fault
 * (ARCHITECTURE.md: `{"error": {"code", "message", "details"}}`).
 */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 422 | 423 | 428 | 429,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** `field`: where the caller named it (a path parameter such as "id", or a body field). */
export const notFound = (what: string, value: string, field: string): AppError =>
  new AppError("not_found", 404, `${what} ${JSON.stringify(value)} does not exist`, { field });

/** A reference in the body or query that names nothing: the field is at fault, not the URL. */
export const unknownReference = (field: string, what: string, value: string): AppError =>
  new AppError("unknown_reference", 422, `${field}: no ${what} ${JSON.stringify(value)}`, { field, value });

export const invalidField = (field: string, message: string): AppError =>
  new AppError("invalid", 422, `${field}: ${message}`, { field });

export const conflict = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError("conflict", 409, message, details);

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
    412,
    `If-Match ${given} is stale: the resource is now at ${current}; read it again and retry`,
    { field: "If-Match", current, given },
  );

export const preconditionRequired = (): AppError =>
  new AppError("precondition_required", 428, "If-Match: a write to an existing resource needs its ETag", {
    field: "If-Match",
  });
