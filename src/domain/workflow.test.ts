import { describe, expect, it } from "vitest";
import {
  breaksSeparationOfDuties,
  isLocked,
  isPublicState,
  nextState,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
} from "./workflow.ts";

describe("the workflow of a unit's period", () => {
  it("an officer submits a draft", () => {
    expect(nextState("draft", "submit")).toBe("submitted");
    expect(TRANSITIONS.submit.permission).toBe("workflow.submit");
  });

  it("a reviewer approves what was submitted, then publishes what was approved", () => {
    expect(nextState("submitted", "approve")).toBe("approved");
    expect(nextState("approved", "publish")).toBe("published");
  });

  it("a reviewer returns a submitted or approved period for revision, back to draft", () => {
    expect(nextState("submitted", "return")).toBe("draft");
    expect(nextState("approved", "return")).toBe("draft");
  });

  it("nothing moves a published period, and no step is skipped", () => {
    for (const action of WORKFLOW_ACTIONS) expect(nextState("published", action)).toBeUndefined();
    expect(nextState("draft", "approve")).toBeUndefined();
    expect(nextState("draft", "publish")).toBeUndefined();
    expect(nextState("submitted", "publish")).toBeUndefined();
  });

  it("from submission on, the period is locked; only a draft takes values", () => {
    expect(WORKFLOW_STATES.filter(isLocked)).toEqual(["submitted", "approved", "published"]);
  });

  it("its values are public only once published", () => {
    expect(WORKFLOW_STATES.filter(isPublicState)).toEqual(["published"]);
  });

  it("the account that submitted may not approve (separation of duties); anyone else may", () => {
    expect(breaksSeparationOfDuties("approve", "can-bo-xa", "can-bo-xa")).toBe(true);
    expect(breaksSeparationOfDuties("approve", "can-bo-xa", "duyet-huyen")).toBe(false);
    expect(breaksSeparationOfDuties("publish", "can-bo-xa", "can-bo-xa")).toBe(false);
  });
});
