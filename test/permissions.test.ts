/**
 * The permission matrix (issue 6, "done when"): every role, granted over district 806 (Cần Đước,
 * before the 2025 reform), against every write route and every draft read, for its own unit
 * (806), a unit under it (commune 28108) and a unit outside it (district 795). Nothing outside
 * the scope succeeds; inside it, exactly the roles that hold the permission succeed. A caller
 * who is not signed in succeeds at nothing.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import type { Store } from "../src/db/connect.ts";
import { ROLES, type Role } from "../src/db/users.ts";
import { upsertWorkflow } from "../src/db/workflow.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const SCOPES = { own: "806", under: "28108", outside: "795" } as const;
type Scope = keyof typeof SCOPES;
const UNIT_IDS: Record<Scope, string> = {
  own: "806@-2025-06-30",
  under: "28108@-2025-06-30",
  outside: "795@-2025-06-30",
};
const PERIOD = "2023";

/** The draft target and the value, distinct from any other figure on a page or in a file. */
const TARGET = 87654;
const VALUE = 91234;
/** Either figure as an export or a page in either language writes it (87654, 87.654, 87,654). */
const shows = (text: string, n: number) => new RegExp(String(n).replace(/(\d{3})$/, "[.,]?$1")).test(text);
/** The unit each scope's unit lies in: where its scorecard line is. */
const PARENTS: Record<Scope, string> = { own: "80", under: "806", outside: "80" };

type Api = ReturnType<typeof client>;
interface Fixture {
  plan: string;
  target: string;
  observation: string;
  project: string;
}

/** What the administrator over every unit sets up for one case: ids unique to the case. */
async function setUp(admin: Api, store: Store, unit: string, key: string): Promise<Fixture> {
  await sql`truncate table statements, observation_revisions, observation_series, period_workflow`.execute(
    store.db,
  );
  const f = { plan: `p-${key}`, target: `t-${key}`, observation: `o-${key}`, project: `k-${key}` };
  const plan = await admin.post("/api/v1/plans", {
    id: f.plan,
    kind: "annual_plan",
    unit,
    period: PERIOD,
    title: "Kế hoạch năm 2023",
    state: "draft",
  });
  expect(plan.status).toBe(201);
  const target = await admin.post("/api/v1/targets", {
    id: f.target,
    planId: f.plan,
    indicator: "rice_output",
    spec: { kind: "gte", value: TARGET },
  });
  expect(target.status).toBe(201);
  const obs = await admin.post("/api/v1/observations", {
    id: f.observation,
    indicator: "rice_output",
    unit,
    period: PERIOD,
    stage: "official",
    value: VALUE,
  });
  expect(obs.status).toBe(201);
  const project = await admin.post("/api/v1/key-projects", {
    id: f.project,
    kind: "project",
    name: { vi: "Đường tỉnh 826", en: "Provincial road 826" },
    unit,
    term: "2020-2025",
    milestones: [],
  });
  expect(project.status).toBe(201);
  return f;
}

const setState = (store: Store, scope: Scope, state: "draft" | "submitted" | "approved" | "published") =>
  upsertWorkflow(store.db, {
    unitId: UNIT_IDS[scope],
    period: PERIOD,
    state,
    comment: null,
    updatedBy: "test",
  });

interface Case {
  name: string;
  /** The roles that may do it inside their scope. */
  allowed: readonly Role[];
  /** Whether the caller succeeded: a 2xx, or for a list, the draft in it. */
  run: (api: Api, f: Fixture, scope: Scope, store: Store) => Promise<boolean>;
}

const ok = (status: number) => status >= 200 && status < 300;
const ANY = { "if-match": "*" };
const PLANNERS: Role[] = ["administrator", "planner"];
const OFFICERS: Role[] = ["administrator", "officer"];
const REVIEWERS: Role[] = ["administrator", "reviewer"];

const WRITES: Case[] = [
  {
    name: "POST /plans",
    allowed: PLANNERS,
    run: async (api, f, scope) =>
      ok(
        (
          await api.post("/api/v1/plans", {
            id: `${f.plan}-new`,
            kind: "resolution",
            unit: SCOPES[scope],
            period: PERIOD,
            title: "Nghị quyết",
            state: "draft",
          })
        ).status,
      ),
  },
  {
    name: "PUT /plans/{id}",
    allowed: PLANNERS,
    run: async (api, f, scope) =>
      ok(
        (
          await api.put(
            `/api/v1/plans/${f.plan}`,
            { kind: "annual_plan", unit: SCOPES[scope], period: PERIOD, title: "Sửa", state: "draft" },
            ANY,
          )
        ).status,
      ),
  },
  {
    name: "DELETE /plans/{id}",
    allowed: PLANNERS,
    run: async (api, f) => ok((await api.delete(`/api/v1/plans/${f.plan}`, ANY)).status),
  },
  {
    name: "POST /targets",
    allowed: PLANNERS,
    run: async (api, f) =>
      ok(
        (
          await api.post("/api/v1/targets", {
            id: `${f.target}-new`,
            planId: f.plan,
            indicator: "rice_output",
            spec: { kind: "gte", value: 1 },
          })
        ).status,
      ),
  },
  {
    name: "PUT /targets/{id}",
    allowed: PLANNERS,
    run: async (api, f) =>
      ok(
        (
          await api.put(
            `/api/v1/targets/${f.target}`,
            { planId: f.plan, indicator: "rice_output", spec: { kind: "gte", value: 2 } },
            ANY,
          )
        ).status,
      ),
  },
  {
    name: "DELETE /targets/{id}",
    allowed: PLANNERS,
    run: async (api, f) => ok((await api.delete(`/api/v1/targets/${f.target}`, ANY)).status),
  },
  {
    name: "POST /observations",
    allowed: OFFICERS,
    run: async (api, _f, scope) =>
      ok(
        (
          await api.post("/api/v1/observations", {
            indicator: "rice_output",
            unit: SCOPES[scope],
            period: PERIOD,
            stage: "estimate",
            value: 1,
          })
        ).status,
      ),
  },
  {
    name: "POST /observations/{id}/revisions",
    allowed: OFFICERS,
    run: async (api, f) =>
      ok((await api.post(`/api/v1/observations/${f.observation}/revisions`, { value: 2 }, ANY)).status),
  },
  {
    name: "POST /key-projects",
    allowed: PLANNERS,
    run: async (api, f, scope) =>
      ok(
        (
          await api.post("/api/v1/key-projects", {
            id: `${f.project}-new`,
            kind: "programme",
            name: { vi: "Chương trình nông thôn mới" },
            unit: SCOPES[scope],
            term: "2020-2025",
            milestones: [],
          })
        ).status,
      ),
  },
  {
    name: "PUT /key-projects/{id}",
    allowed: PLANNERS,
    run: async (api, f, scope) =>
      ok(
        (
          await api.put(
            `/api/v1/key-projects/${f.project}`,
            {
              kind: "project",
              name: { vi: "Đường tỉnh 826 (sửa)" },
              unit: SCOPES[scope],
              term: "2020-2025",
              milestones: [],
            },
            ANY,
          )
        ).status,
      ),
  },
  {
    name: "DELETE /key-projects/{id}",
    allowed: PLANNERS,
    run: async (api, f) => ok((await api.delete(`/api/v1/key-projects/${f.project}`, ANY)).status),
  },
  ...(["submit", "return", "approve", "publish"] as const).map(
    (action): Case => ({
      name: `POST /workflow ${action}`,
      allowed: action === "submit" ? OFFICERS : REVIEWERS,
      run: async (api, _f, scope, store) => {
        const before = {
          submit: "draft",
          return: "submitted",
          approve: "submitted",
          publish: "approved",
        } as const;
        await setState(store, scope, before[action]);
        const r = await api.post("/api/v1/workflow", {
          unit: SCOPES[scope],
          period: PERIOD,
          action,
          comment: "Kiểm tra lại số liệu",
        });
        return ok(r.status);
      },
    }),
  ),
];

/** Reads of drafts: a draft plan and its target, values of a period not yet published. */
const DRAFT_READS: Case[] = [
  {
    name: "GET /plans/{id} (draft)",
    allowed: ROLES,
    run: async (api, f) => ok((await api.get(`/api/v1/plans/${f.plan}`)).status),
  },
  {
    name: "GET /plans?unit (draft listed)",
    allowed: ROLES,
    run: async (api, f, scope) => {
      const r = await api.get(`/api/v1/plans?unit=${SCOPES[scope]}&period=${PERIOD}`);
      return ok(r.status) && r.body.plans.some((p: { id: string }) => p.id === f.plan);
    },
  },
  {
    name: "GET /targets/{id} (draft plan)",
    allowed: ROLES,
    run: async (api, f) => ok((await api.get(`/api/v1/targets/${f.target}`)).status),
  },
  {
    name: "GET /targets?plan (draft listed)",
    allowed: ROLES,
    run: async (api, f) => {
      const r = await api.get(`/api/v1/targets?plan=${f.plan}`);
      return ok(r.status) && r.body.targets.length > 0;
    },
  },
  {
    name: "GET /observations/{id} (unpublished)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await setState(store, scope, "submitted");
      return ok((await api.get(`/api/v1/observations/${f.observation}`)).status);
    },
  },
  {
    name: "GET /observations?unit (unpublished listed)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await setState(store, scope, "draft");
      const r = await api.get(`/api/v1/observations?unit=${SCOPES[scope]}&period=${PERIOD}`);
      return ok(r.status) && r.body.observations.some((o: { id: string }) => o.id === f.observation);
    },
  },
  {
    name: "GET /workflow",
    allowed: ROLES,
    run: async (api, _f, scope) =>
      ok((await api.get(`/api/v1/workflow?unit=${SCOPES[scope]}&period=${PERIOD}`)).status),
  },
  {
    name: "GET /audit?unit",
    allowed: REVIEWERS,
    run: async (api, _f, scope) => ok((await api.get(`/api/v1/audit?unit=${UNIT_IDS[scope]}`)).status),
  },
  {
    name: "GET /workspace/entry/{plan} (page)",
    allowed: ROLES,
    run: async (api, f) => (await api.page(`/workspace/entry/${f.plan}`)).status === 200,
  },
];

/** A plan adopted (public) whose unit's period is submitted, not published: its values are drafts. */
async function unpublishedValues(store: Store, f: Fixture, scope: Scope): Promise<void> {
  await store.db.updateTable("plans").set({ state: "adopted" }).where("id", "=", f.plan).execute();
  await setState(store, scope, "submitted");
}

/** A scorecard line of the scope's unit, through the API. */
async function scorecardLine(api: Api, scope: Scope) {
  const r = await api.get(`/api/v1/scorecard?period=${PERIOD}&unit=${PARENTS[scope]}`);
  return ok(r.status)
    ? (r.body.units as { unit: { id: string }; total: number; withData: number }[]).find(
        (u) => u.unit.id === UNIT_IDS[scope],
      )
    : undefined;
}

/**
 * Every other read path, each asked for the draft target of a draft plan and for a value of a
 * period submitted but not published (issue 13): the API's assessments, roll-ups, series and
 * scorecard, the pages in both languages, the table's download, the drafted report and its .docx.
 * Inside the scope every role reads them; outside it, and anonymously, they do not exist.
 */
const DRAFT_READ_PATHS: Case[] = [
  {
    name: "GET /assessments (draft plan's target)",
    allowed: ROLES,
    run: async (api, f, scope) => {
      const r = await api.get(`/api/v1/assessments?unit=${SCOPES[scope]}&period=${PERIOD}`);
      return ok(r.status) && r.body.targets.some((t: { targetId: string }) => t.targetId === f.target);
    },
  },
  {
    name: "GET /rollups (draft plan listed)",
    allowed: ROLES,
    run: async (api, f, scope) => {
      const r = await api.get(`/api/v1/rollups?unit=${SCOPES[scope]}&period=${PERIOD}`);
      return ok(r.status) && r.body.plans.some((p: { plan: { id: string } }) => p.plan.id === f.plan);
    },
  },
  {
    name: "GET /scorecard (draft plan's targets counted)",
    allowed: ROLES,
    run: async (api, _f, scope) => ((await scorecardLine(api, scope))?.total ?? 0) > 0,
  },
  {
    name: "page /vi/units/{code}/{period} (draft target)",
    allowed: ROLES,
    run: async (api, _f, scope) =>
      shows((await api.page(`/vi/units/${SCOPES[scope]}/${PERIOD}`)).text, TARGET),
  },
  {
    name: "page /en/units/{code}/{period} (draft target)",
    allowed: ROLES,
    run: async (api, _f, scope) =>
      shows((await api.page(`/en/units/${SCOPES[scope]}/${PERIOD}`)).text, TARGET),
  },
  {
    name: "download ?table=targets&format=csv (draft target)",
    allowed: ROLES,
    run: async (api, _f, scope) =>
      shows((await api.page(`/vi/units/${SCOPES[scope]}/${PERIOD}?table=targets&format=csv`)).text, TARGET),
  },
  {
    name: "page /vi/units/{code}/{period}/report (draft target)",
    allowed: ROLES,
    // The article words the percent of the draft target: 91 234 / 87 654.
    run: async (api, _f, scope) =>
      (await api.page(`/vi/units/${SCOPES[scope]}/${PERIOD}/report`)).text.includes("104,08%"),
  },
  {
    name: "page /vi/scorecard/{period}?unit (draft plan's unit listed)",
    allowed: ROLES,
    run: async (api, _f, scope) =>
      (await api.page(`/vi/scorecard/${PERIOD}?unit=${PARENTS[scope]}`)).text.includes(
        `/vi/units/${encodeURIComponent(UNIT_IDS[scope])}/${PERIOD}`,
      ),
  },
  {
    name: "GET /workspace/entry/{plan}/report.docx",
    allowed: ROLES,
    // A 403 would say the plan exists: outside the scope it is 404, as a missing id is.
    run: async (api, f) =>
      [200, 403].includes((await api.raw(`/workspace/entry/${f.plan}/report.docx`)).status),
  },
  {
    name: "GET /assessments (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      const r = await api.get(`/api/v1/assessments?unit=${SCOPES[scope]}&period=${PERIOD}`);
      return ok(r.status) && shows(JSON.stringify(r.body.targets), VALUE);
    },
  },
  {
    name: "GET /series (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      const r = await api.get(
        `/api/v1/series?unit=${SCOPES[scope]}&indicator=rice_output&from=${PERIOD}&to=${PERIOD}&at=${PERIOD}-12-31`,
      );
      return ok(r.status) && r.body.points.some((p: { value: number | null }) => p.value === VALUE);
    },
  },
  {
    name: "GET /scorecard (unpublished value counted)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      return ((await scorecardLine(api, scope))?.withData ?? 0) > 0;
    },
  },
  {
    name: "page /vi/indicators/{code} (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      const page = await api.page(
        `/vi/indicators/rice_output?unit=${SCOPES[scope]}&at=${PERIOD}-12-31&from=${PERIOD}&to=${PERIOD}`,
      );
      return shows(page.text, VALUE);
    },
  },
  {
    name: "page /en/units/{code}/{period} (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      return shows((await api.page(`/en/units/${SCOPES[scope]}/${PERIOD}`)).text, VALUE);
    },
  },
  {
    name: "download ?table=targets&format=csv (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      return shows(
        (await api.page(`/vi/units/${SCOPES[scope]}/${PERIOD}?table=targets&format=csv`)).text,
        VALUE,
      );
    },
  },
  {
    name: "page /vi/units/{code}/{period}/report (unpublished value)",
    allowed: ROLES,
    run: async (api, f, scope, store) => {
      await unpublishedValues(store, f, scope);
      return shows((await api.page(`/vi/units/${SCOPES[scope]}/${PERIOD}/report`)).text, VALUE);
    },
  },
];

const CALLERS = [...ROLES, "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

describeStore(
  "permissions: every role × every write and draft read × own unit, unit under it, unit outside",
  import.meta.filename,
  (ctx) => {
    let n = 0;
    const matrix = (cases: Case[]) => {
      for (const c of cases) {
        it(c.name, async () => {
          const admin = client(ctx.store);
          const got: Record<string, Record<Scope, boolean>> = {};
          const want: Record<string, Record<Scope, boolean>> = {};
          for (const caller of CALLERS) {
            got[caller] = { own: false, under: false, outside: false };
            want[caller] = { own: false, under: false, outside: false };
            for (const scope of Object.keys(SCOPES) as Scope[]) {
              n++;
              const f = await setUp(admin, ctx.store, SCOPES[scope], `${n}`);
              const api = callerClient(ctx.store, caller);
              got[caller][scope] = await c.run(api, f, scope, ctx.store);
              want[caller][scope] =
                caller !== "anonymous" && scope !== "outside" && c.allowed.includes(caller);
            }
          }
          expect(got).toEqual(want);
        });
      }
    };
    describe("writes", () => matrix(WRITES));
    describe("draft reads", () => matrix(DRAFT_READS));
    describe("draft reads on every other read path", () => matrix(DRAFT_READ_PATHS));

    it("catalogue writes (no unit) need an administrator over every unit; sources, any writing role", async () => {
      for (const caller of CALLERS) {
        const api = callerClient(ctx.store, caller);
        const ind = await api.post("/api/v1/indicators", { ...RICE, code: `x_${caller}` });
        expect([caller, ok(ind.status)]).toEqual([caller, false]);
        const src = await api.post("/api/v1/sources", { kind: "report", title: `Báo cáo ${caller}` });
        expect([caller, ok(src.status)]).toEqual([
          caller,
          ["administrator", "planner", "officer"].includes(caller),
        ]);
      }
      const national = await client(ctx.store).post("/api/v1/indicators", { ...RICE, code: "x_national" });
      expect(national.status).toBe(201);
    });
  },
  {
    once: true,
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      const admin = client(store);
      expect((await admin.post("/api/v1/indicators", RICE)).status).toBe(201);
    },
  },
);

function callerClient(store: Store, caller: Caller): Api {
  if (caller === "anonymous") return client(store, null);
  return client(store, { userId: `${caller}-806`, grants: [{ role: caller, unitId: UNIT_IDS.own }] });
}
