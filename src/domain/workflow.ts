/**
 * The workflow of a unit's period (quy trình) as data: its states, the actions that move it and
 * who may take them, and which states lock the period. src/app/workflow.ts applies it to a
 * caller; src/app/visibility.ts reads which states keep values from the public.
 *
 * draft (đang nhập) → submitted (đã nộp) → approved (đã phê duyệt) → published (đã công bố),
 * with return (trả lại) from submitted or approved back to draft.
 */
import type { Permission } from "./roles.ts";

export const WORKFLOW_STATES = ["draft", "submitted", "approved", "published"] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_ACTIONS = ["submit", "return", "approve", "publish"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface Transition {
  from: readonly WorkflowState[];
  to: WorkflowState;
  permission: Permission;
}

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: { from: ["draft"], to: "submitted", permission: "workflow.submit" },
  return: { from: ["submitted", "approved"], to: "draft", permission: "workflow.review" },
  approve: { from: ["submitted"], to: "approved", permission: "workflow.review" },
  publish: { from: ["approved"], to: "published", permission: "workflow.review" },
};

/** From submission on, the period takes no value until a reviewer returns it. */
export const LOCKED_STATES: readonly WorkflowState[] = ["submitted", "approved", "published"];

/** Values of a unit's period in the workflow are public only once published. */
export const PUBLIC_STATES: readonly WorkflowState[] = ["published"];

export function isLocked(state: WorkflowState): boolean {
  return LOCKED_STATES.includes(state);
}

export function isPublicState(state: WorkflowState): boolean {
  return PUBLIC_STATES.includes(state);
}

/** The state `action` leads to from `state`, or undefined when it may not be taken there. */
export function nextState(state: WorkflowState, action: WorkflowAction): WorkflowState | undefined {
  const t = TRANSITIONS[action];
  return t.from.includes(state) ? t.to : undefined;
}

/**
 * Separation of duties (on unless turned off): the account that submitted a period may not be
 * the one that approves it, even when it holds both roles.
 */
export function breaksSeparationOfDuties(
  action: WorkflowAction,
  submittedBy: string | undefined,
  actor: string,
): boolean {
  return action === "approve" && submittedBy !== undefined && submittedBy === actor;
}
