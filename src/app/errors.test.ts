import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS } from "./errors.ts";

describe("AppError", () => {
  it("takes its HTTP status from its code, in one table", () => {
    expect(new AppError("period_locked", "period 2023 of unit 806 is submitted").status).toBe(409);
    expect(new AppError("not_found", "plan x does not exist").status).toBe(404);
    expect(ERROR_STATUS.too_many_attempts).toBe(429);
  });

  it("keeps the message for the log apart from the one for the caller", () => {
    const e = new AppError(
      "conflict",
      "duplicate: Key (id)=(kh-1) already exists.",
      {},
      {
        userMessage: "it already exists",
      },
    );
    expect(e.userMessage).toBe("it already exists");
    expect(e.message).toContain("Key (id)");
    expect(new AppError("invalid", "period: expected a year").userMessage).toBe("period: expected a year");
  });
});
