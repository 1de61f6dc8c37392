/**
 * What a caller may see (issue 13): the one place that decides it, used by every read use-case so
 * that no route, page, export or report can forget it.
 *
 * - A plan in state `draft` (dự thảo), and its targets, only within the caller's draft.read scope.
 * - The values of a unit's period that is in the workflow and not yet published (nộp, phê duyệt
 *   but not công bố), only within that scope; values outside any workflow (loaded, imported) are
 *   public.
 * - Sources and the review queue are officers' material: only callers holding source.write
 *   somewhere.
 *
 * Anonymous callers, and signed-in ones without draft.read anywhere, see the public view: its
 * `key` is "public", so caches may share one answer among all of them.
 */
import { listUnpublishedOf } from "../db/workflow.ts";
import { can, type Principal, roleHas, unauthenticated } from "./auth/principal.ts";
import { notFound } from "./errors.ts";
import type { Db, Trx } from "./transaction.ts";

export interface Visibility {
  /** What the answer depends on: "public", or the caller's draft.read grants. For cache keys. */
  readonly key: string;
  /** Whether the caller sees only what is published (then `key` is "public"). */
  readonly isPublic: boolean;
  /** The caller, when signed in. */
  readonly principal: Principal | undefined;
  /** Whether the caller may read drafts of `unitId` (memoised). */
  mayReadDrafts(unitId: string): Promise<boolean>;
  isPlanVisible(plan: { state: string; unitId: string }): Promise<boolean>;
  /** The plans the caller may see, in order. */
  plans<P extends { state: string; unitId: string }>(plans: readonly P[]): Promise<P[]>;
  /** The targets of visible plans (`planOf` names each target's plan; unknown plans: hidden). */
  targets<T extends { planId: string }>(
    targets: readonly T[],
    planOf: (planId: string) => { state: string; unitId: string } | undefined,
  ): Promise<T[]>;
  /** The values whose unit's period is published, outside the workflow, or within the scope. */
  values<V extends { unitId: string }>(values: readonly V[], periodOf: (value: V) => string): Promise<V[]>;
  /** The same, for the store's observation records. */
  observations<R extends { unitId: string; observation: { period?: string | undefined } }>(
    records: readonly R[],
  ): Promise<R[]>;
  /** Sources and the review queue: officers' material, read by staff (draft.read somewhere). */
  readonly mayReadOfficerMaterial: boolean;
  /** Refuses a caller who may not read officers' material: 401 anonymous, else 404 (`what` `id`). */
  checkOfficerMaterial(what: string, id: string, field: string): void;
}

/** The grants that let a principal read drafts, as a stable key ("*" for every unit). */
function draftKey(principal: Principal | undefined): string {
  const units = (principal?.grants ?? [])
    .filter((g) => roleHas(g.role, "draft.read"))
    .map((g) => g.unitId ?? "*");
  if (units.length === 0) return "public";
  return units.includes("*") ? "drafts:*" : `drafts:${[...new Set(units)].sort().join(",")}`;
}

export function visibilityOf(db: Db | Trx, principal: Principal | undefined): Visibility {
  const key = draftKey(principal);
  const isPublic = key === "public";
  const seen = new Map<string, Promise<boolean>>();
  const mayReadDrafts = (unitId: string): Promise<boolean> => {
    if (isPublic || !principal) return Promise.resolve(false);
    let answer = seen.get(unitId);
    if (!answer) {
      answer = can(db, principal, "draft.read", unitId);
      seen.set(unitId, answer);
    }
    return answer;
  };
  const isPlanVisible = async (plan: { state: string; unitId: string }) =>
    plan.state !== "draft" || (await mayReadDrafts(plan.unitId));
  const keep = async <T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<T[]> => {
    const verdicts = await Promise.all(items.map(test));
    return items.filter((_, i) => verdicts[i]);
  };
  const values = async <V extends { unitId: string }>(
    items: readonly V[],
    periodOf: (value: V) => string,
  ): Promise<V[]> => {
    if (items.length === 0) return [];
    const unpublished = new Set(
      (
        await listUnpublishedOf(
          db,
          [...new Set(items.map((v) => v.unitId))],
          [...new Set(items.map(periodOf))],
        )
      ).map((w) => `${w.unitId}|${w.period}`),
    );
    return keep(
      items,
      async (v) => !unpublished.has(`${v.unitId}|${periodOf(v)}`) || (await mayReadDrafts(v.unitId)),
    );
  };
  return {
    key,
    isPublic,
    principal,
    mayReadDrafts,
    isPlanVisible,
    plans: (plans) => keep(plans, isPlanVisible),
    targets: (targets, planOf) =>
      keep(targets, async (t) => {
        const plan = planOf(t.planId);
        return plan !== undefined && (await isPlanVisible(plan));
      }),
    values,
    observations: (records) => values(records, (r) => r.observation.period ?? ""),
    mayReadOfficerMaterial: !isPublic,
    checkOfficerMaterial(what, id, field) {
      if (!principal) throw unauthenticated();
      if (isPublic) throw notFound(what, id, field);
    },
  };
}

/** The public view: what anyone may see. */
export function publicView(db: Db | Trx): Visibility {
  return visibilityOf(db, undefined);
}
