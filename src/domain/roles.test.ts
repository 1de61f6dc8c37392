import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, roleHas } from "./roles.ts";

const may = (role: (typeof ROLES)[number]) => PERMISSIONS.filter((p) => roleHas(role, p));

describe("who may do what", () => {
  it("an administrator may do everything", () => {
    expect(may("administrator")).toEqual([...PERMISSIONS]);
  });

  it("a planner writes plans, targets and sources, asks for new indicators, and reads drafts", () => {
    expect(may("planner")).toEqual(["catalogue.request", "source.write", "plan.write", "draft.read"]);
  });

  it("an officer enters results and sources, submits, and reads drafts", () => {
    expect(may("officer")).toEqual(["source.write", "observation.write", "workflow.submit", "draft.read"]);
  });

  it("a reviewer returns, approves and publishes, reads drafts and the audit log, and writes no value", () => {
    expect(may("reviewer")).toEqual(["workflow.review", "draft.read", "audit.read"]);
  });

  it("a viewer only reads drafts", () => {
    expect(may("viewer")).toEqual(["draft.read"]);
  });

  it("only an administrator manages accounts and writes the catalogue", () => {
    for (const role of ROLES) {
      expect(roleHas(role, "user.write")).toBe(role === "administrator");
      expect(roleHas(role, "catalogue.write")).toBe(role === "administrator");
    }
  });

  it("every role reads drafts (within its scope)", () => {
    for (const role of ROLES) expect(roleHas(role, "draft.read")).toBe(true);
  });
});
