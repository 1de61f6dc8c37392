/**
 * Who may do what in the workspace (issue 16): every route of WORKSPACE_ROUTES for each caller of
 * ./support/workspace-callers.ts (an administrator over every unit, one over district 806, and a
 * planner, officer, reviewer and viewer over 806, and a reader not signed in), in scope (a plan,
 * source or project of 806 or of commune 28108 under it) and out of it (the same things of
 * district 795 and its commune 27787).
 *
 * In scope, exactly the roles holding the route's permission (src/domain/roles.ts) succeed, and a
 * write that succeeds is proved by its 2xx or 303 and an entry in the audit log; the others get a
 * 403. Out of scope only the administrator over every unit succeeds; a plan or project the caller
 * may not see is a 404, as a missing id (a unit named in a form is not secret: 403). A reader not
 * signed in is sent to sign in (303). A refused POST writes nothing: the audit log keeps its
 * length. The administration pages are test/admin-pages.test.ts's (its cases are
 * ./support/admin-page-cases.ts); a guard fails on any route that neither file gives a case.
 *
 * What the matrix records without endorsing (see the cases): the pages of the plan builder need
 * plan.write, so an officer, reviewer or viewer gets a 403, not a read-only view; the empty forms
 * (/plans/new, /projects/new, /sources/new) open for every signed-in role; sources belong to no
 * unit, so every role reads all of them; a province's deadlines are read by every role, and
 * changed only by a reviewer of the province (none of the callers here but the administrator over
 * every unit).
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { assignmentSheetFor } from "../src/app/assign-targets.ts";
import type { Principal } from "../src/app/auth/principal.ts";
import { createIndicator } from "../src/app/indicators.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { createPlan, createTarget } from "../src/app/plans.ts";
import { createProject } from "../src/app/projects.ts";
import { submitSource } from "../src/app/submit-source.ts";
import { moveWorkflow } from "../src/app/workflow.ts";
import { templateFor } from "../src/app/xlsx-exchange.ts";
import type { Store } from "../src/db/connect.ts";
import { DEFAULT_REPORTING_RULES, REPORT_KINDS } from "../src/domain/reporting-calendar.ts";
import { type Permission, ROLE_PERMISSIONS, type Role } from "../src/domain/roles.ts";
import { WORKSPACE_ROUTES } from "../src/http/workspace/routes.tsx";
import { columnNumber, ROW } from "../src/report/xlsx/layout.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { BUDGET_REVENUE, RICE } from "./fixtures/indicators.ts";
import { ADMIN_CASES } from "./support/admin-page-cases.ts";
import { describeStore } from "./support/engines.ts";
import {
  CALLERS,
  type Caller,
  COMMUNE,
  callerClient,
  DISTRICT,
  type Expect,
  form,
  OTHER,
  type Outcome,
  only,
} from "./support/workspace-callers.ts";

type Scope = "in" | "out";
const SCOPES: readonly Scope[] = ["in", "out"];

/** The district's code, and the plan builder's plan (a draft of 2023 with one rice target). */
const CODE = { in: "806", out: "795" } as const;
const PLAN = { in: "kh-806-2023", out: "kh-795-2023" } as const;
const TARGET = { in: "t-806", out: "t-795" } as const;
/** A commune's plan, for the entry form and the workflow: under 806, and under 795. */
const COMMUNE_OF = { in: COMMUNE, out: "27787@-2025-06-30" } as const;
const COMMUNE_CODE = { in: "28108", out: "27787" } as const;
const ENTRY_PLAN = { in: "kh-28108-2023", out: "kh-27787-2023" } as const;
const ENTRY_TARGET = { in: "t-28108", out: "t-27787" } as const;
const PROJECT = { in: "da-806", out: "da-795" } as const;
/** Each district's row on the reporting board of Long An (80), the province of both. */
const BOARD_ROW = { in: /huyện Cần Đước/i, out: /thị xã Kiến Tường/i } as const;

const SYSTEM = { actor: "test" };
/** Who downloads the files the uploads start from (an administrator over every unit). */
const OPERATOR: Principal = {
  userId: "test",
  name: "test",
  grants: [{ role: "administrator", unitId: null }],
};

const VALUE = "Năm 2023, sản lượng lúa của huyện đạt 91.500 tấn.";
const ROLLUP = "Năm 2023 có 23/24 chỉ tiêu đạt và vượt kế hoạch.";
const TARGET_WORDS = "Năm 2023, phấn đấu tổng thu ngân sách nhà nước trên địa bàn đạt 650 tỷ đồng.";

// ---------------------------------------------------------------- who holds what

const roleOf = (caller: Exclude<Caller, "anonymous">): Role =>
  caller === "admin" || caller === "admin806" ? "administrator" : caller;

/** In scope: `outcome` for exactly the callers whose role holds `permission`, `refused` for the rest. */
function holders(permission: Permission, outcome: Outcome, refused: Outcome = 403): Expect {
  const allowed: Partial<Expect> = {};
  for (const caller of CALLERS)
    if (caller !== "anonymous" && ROLE_PERMISSIONS[roleOf(caller)].includes(permission))
      allowed[caller] = outcome;
  return only(allowed, refused);
}

/** Out of scope: only the administrator over every unit; the rest `refused` (404: it does not exist). */
const outside = (outcome: Outcome, refused: Outcome = 404): Expect => only({ admin: outcome }, refused);

// ---------------------------------------------------------------- the cases

/** What a case sends: the path under the site's root, and for a POST its body. */
interface Ask {
  path: string;
  init?: RequestInit;
}

interface Case {
  name: string;
  /** The route the request reaches, as WORKSPACE_ROUTES names it: "POST /plans/:plan/adopt". */
  route: string;
  /**
   * The request, made afresh for each caller (`n` counts them all) after setting up what it needs:
   * a write uses up what it writes to (a statement decided, a plan adopted, a period moved).
   */
  request: (n: number) => Promise<Ask>;
  /** For a 200 that must show something: whether it does; `otherwise` is the outcome when not. */
  shows?: { test: (answer: Response) => Promise<boolean>; otherwise: string };
  /** A POST that writes nothing even when allowed (an upload read before it is imported). */
  readsOnly?: boolean;
  expect: Expect;
}

/** The store the seed filled: the requests set up their own fixtures in it. */
let store: Store;
const get = (path: string) => async (): Promise<Ask> => ({ path: `/workspace${path}` });
const post =
  (path: string | ((n: number) => Promise<string>), fields: (n: number) => Promise<Record<string, string>>) =>
  async (n: number): Promise<Ask> => ({
    path: `/workspace${typeof path === "string" ? path : await path(n)}`,
    init: form(await fields(n)),
  });
const multipart =
  (path: string, fields: (n: number) => Promise<Record<string, string | Buffer>>) =>
  async (n: number): Promise<Ask> => {
    const body = new FormData();
    for (const [name, value] of Object.entries(await fields(n))) {
      if (typeof value === "string") body.set(name, value);
      else body.set(name, new Blob([new Uint8Array(value)]), "tep.xlsx");
    }
    return { path: `/workspace${path}`, init: { method: "POST", body } };
  };

const contains = (words: RegExp | string) => ({
  test: async (answer: Response) => {
    const text = await answer.text();
    return typeof words === "string" ? text.includes(words) : words.test(text);
  },
  otherwise: "hidden",
});

/** The text of every cell of a downloaded workbook. */
async function workbookText(answer: Response): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await answer.arrayBuffer()) as ExcelJS.Buffer);
  const words: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        words.push(String(cell.value ?? ""));
      });
    });
  return words.join("\n");
}

/** The same case in scope and out of it. */
function bothScopes(name: string, of: (s: Scope) => Omit<Case, "name">): Case[] {
  return SCOPES.map((s) => ({ name: `${name} (${s === "in" ? "in scope" : "out of scope"})`, ...of(s) }));
}

/** Reads of a plan: every role in scope (draft.read), a 404 outside it. */
const readPlan = (s: Scope) => (s === "in" ? holders("draft.read", 200) : outside(200));
/** The plan builder: plan.write in scope (403 without it), a 404 outside it. */
const writePlan = (s: Scope, outcome: Outcome) =>
  s === "in" ? holders("plan.write", outcome) : outside(outcome);

// Per-caller fixtures, through the use-cases.

async function freshTarget(s: Scope, n: number): Promise<string> {
  const t = await createTarget(
    store.db,
    { planId: PLAN[s], indicator: RICE.code, spec: { kind: "gte", value: n }, position: 100 + n },
    SYSTEM,
  );
  return t.id;
}

async function freshPlan(s: Scope, n: number): Promise<string> {
  const plan = await createPlan(
    store.db,
    {
      id: `${PLAN[s]}-${n}`,
      kind: "annual_plan",
      unit: CODE[s],
      period: "2023",
      title: "Kế hoạch năm 2023",
      state: "draft",
    },
    SYSTEM,
  );
  return plan.id;
}

async function freshStatement(text: string): Promise<{ path: string; version: string }> {
  const { source, statements } = await submitSource(
    store.db,
    { kind: "report", title: "Báo cáo kinh tế - xã hội năm 2023", date: "2023-12-15", text },
    SYSTEM,
  );
  const [s] = statements;
  return { path: `/sources/${source.id}/statements/${s!.id}`, version: String(s!.version) };
}

/** A unit's period of the commune's plan that no one has moved yet: one per request. */
const periodOf = (n: number) => `${2030 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

async function periodIn(s: Scope, n: number, moves: ("submit" | "approve")[]): Promise<string> {
  const period = periodOf(n);
  // Another account for each move: who submitted may not approve.
  for (const [i, action] of moves.entries())
    await moveWorkflow(store.db, { unitId: COMMUNE_OF[s], period, action }, { actor: `test-${i}` });
  return `/workflow/${ENTRY_PLAN[s]}?period=${period}`;
}

/** The target table the plan builder uploads: one rice target. */
async function targetTable(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Biểu 01");
  sheet.addRow(["CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Ghi chú"]);
  sheet.addRow([1, "Sản lượng lúa", "tấn", 5200, null]);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A downloaded workbook with `change` made to its first sheet. */
async function edited(file: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  change(workbook.worksheets[0]!);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The entry form's template of the commune's plan, with the rice figure filled in. */
async function filledTemplate(s: Scope, n: number): Promise<Buffer> {
  const { file } = await templateFor(store.db, OPERATOR, { planId: ENTRY_PLAN[s], period: "2023" }, "vi");
  return edited(file, (sheet) => {
    sheet.getRow(ROW.firstData).getCell(columnNumber("actual")).value = 40_000 + n;
  });
}

/** The assignment sheet of the district's plan, with each commune's rice figure filled in. */
async function filledAssignment(s: Scope, n: number): Promise<Buffer> {
  const { file } = await assignmentSheetFor(
    store.db,
    OPERATOR,
    { parent: s === "in" ? DISTRICT : OTHER, period: "2023", indicators: [RICE.code] },
    "vi",
  );
  return edited(file, (sheet) => {
    sheet.eachRow((row) => {
      if (/^\d{5}$/.test(String(row.getCell(1).value))) row.getCell(3).value = 20_000 + n;
    });
  });
}

const deadlineFields = (): Record<string, string> =>
  Object.fromEntries(
    REPORT_KINDS.flatMap((kind) => {
      const rule = DEFAULT_REPORTING_RULES[kind];
      return [
        ...(rule.required ? [[`rules.${kind}.required`, "1"]] : []),
        [`rules.${kind}.cutoffDay`, String(rule.cutoffDay)],
        [`rules.${kind}.dueDay`, String(rule.dueDay)],
        [`rules.${kind}.dueMonthsAfter`, String(rule.dueMonthsAfter)],
        [`rules.${kind}.basis`, rule.basis],
      ];
    }),
  );

const TARGET_FORM = { indicator: RICE.code, form: "gte", value: "95.000", upper: "", horizon: "plan_year" };

const PLAN_BUILDER: Case[] = [
  {
    name: "the new-plan form",
    route: "GET /plans/new",
    request: get("/plans/new"),
    // An empty form: it shows nothing of a unit; creating the plan is what needs plan.write.
    expect: holders("draft.read", 200),
  },
  ...bothScopes("creating a plan", (s) => ({
    route: "POST /plans/new",
    request: post("/plans/new", async (n) => ({
      kind: "annual_plan",
      title: `Kế hoạch năm 2024 (${n})`,
      issuer: "",
      number: "",
      date: "",
      unit: CODE[s],
      period: "2024",
    })),
    // A unit is no secret: outside the scope the refusal is a 403.
    expect: s === "in" ? holders("plan.write", 303) : outside(303, 403),
  })),
  ...bothScopes("the plan's page", (s) => ({
    route: "GET /plans/:plan/edit",
    request: get(`/plans/${PLAN[s]}/edit`),
    // Every reader of the plan's drafts sees it; its tasks are only the planner's (workspace-plans).
    expect: readPlan(s),
  })),
  ...bothScopes("the new-target form", (s) => ({
    route: "GET /plans/:plan/targets/new",
    request: get(`/plans/${PLAN[s]}/targets/new`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("adding a target", (s) => ({
    route: "POST /plans/:plan/targets/new",
    request: post(`/plans/${PLAN[s]}/targets/new`, async () => ({ ...TARGET_FORM, step: "save" })),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("a target's form", (s) => ({
    route: "GET /plans/:plan/targets/:target",
    request: get(`/plans/${PLAN[s]}/targets/${TARGET[s]}`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("changing a target", (s) => ({
    route: "POST /plans/:plan/targets/:target",
    request: post(
      async (n) => `/plans/${PLAN[s]}/targets/${await freshTarget(s, n)}`,
      async () => ({ ...TARGET_FORM, version: "1", step: "save" }),
    ),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("deleting a target", (s) => ({
    route: "POST /plans/:plan/targets/:target/delete",
    request: post(
      async (n) => `/plans/${PLAN[s]}/targets/${await freshTarget(s, n)}/delete`,
      async () => ({ version: "1" }),
    ),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the adopt form", (s) => ({
    route: "GET /plans/:plan/adopt",
    request: get(`/plans/${PLAN[s]}/adopt`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("adopting a plan", (s) => ({
    route: "POST /plans/:plan/adopt",
    request: post(
      async (n) => `/plans/${await freshPlan(s, n)}/adopt`,
      async () => ({ version: "1", number: "12/NQ-HĐND", date: "2023-01-10", issuer: "HĐND huyện" }),
    ),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the paste form", (s) => ({
    route: "GET /plans/:plan/paste",
    request: get(`/plans/${PLAN[s]}/paste`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("saving a pasted list", (s) => ({
    route: "POST /plans/:plan/paste",
    request: post(`/plans/${PLAN[s]}/paste`, async () => ({
      text: "Sản lượng lúa đạt 90.000 tấn",
      step: "save",
      "keep-0": "1",
      "indicator-0": RICE.code,
    })),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the upload form", (s) => ({
    route: "GET /plans/:plan/upload",
    request: get(`/plans/${PLAN[s]}/upload`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("reading an uploaded table", (s) => ({
    route: "POST /plans/:plan/upload",
    request: multipart(`/plans/${PLAN[s]}/upload`, async () => ({ file: await targetTable() })),
    // The drafts are shown; nothing is saved before "Nhập".
    shows: contains('id="import-form"'),
    readsOnly: true,
    expect: writePlan(s, 200),
  })),
  ...bothScopes("importing an uploaded table", (s) => ({
    route: "POST /plans/:plan/upload/confirm",
    request: post(`/plans/${PLAN[s]}/upload/confirm`, async () => ({
      table: (await targetTable()).toString("base64"),
    })),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the copy form", (s) => ({
    route: "GET /plans/:plan/copy",
    request: get(`/plans/${PLAN[s]}/copy`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("copying a plan", (s) => ({
    route: "POST /plans/:plan/copy",
    request: post(`/plans/${PLAN[s]}/copy`, async () => ({ period: "2024", values: "blank", title: "" })),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the assignment matrix", (s) => ({
    route: "GET /plans/:plan/assign",
    request: get(`/plans/${PLAN[s]}/assign`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("assigning targets", (s) => ({
    route: "POST /plans/:plan/assign",
    request: post(`/plans/${PLAN[s]}/assign`, async (n) => ({
      number: "25/QĐ-UBND",
      date: "2023-01-15",
      issuer: "UBND huyện",
      [`cell-${COMMUNE_CODE[s]}-${RICE.code}`]: String(30_000 + n),
    })),
    expect: writePlan(s, 303),
  })),
  ...bothScopes("the assignment sheet", (s) => ({
    route: "GET /plans/:plan/assign.xlsx",
    request: get(`/plans/${PLAN[s]}/assign.xlsx`),
    expect: writePlan(s, 200),
  })),
  ...bothScopes("uploading the assignment sheet", (s) => ({
    route: "POST /plans/:plan/assign/upload",
    request: multipart(`/plans/${PLAN[s]}/assign/upload`, async (n) => ({
      "sheet-number": "26/QĐ-UBND",
      "sheet-date": "2023-01-16",
      file: await filledAssignment(s, n),
    })),
    expect: writePlan(s, 303),
  })),
];

const ENTRY: Case[] = [
  ...bothScopes("the entry form", (s) => ({
    route: "GET /entry/:plan",
    request: get(`/entry/${ENTRY_PLAN[s]}`),
    expect: readPlan(s),
  })),
  ...bothScopes("entering a value", (s) => ({
    route: "POST /entry/:plan",
    request: post(`/entry/${ENTRY_PLAN[s]}`, async (n) => {
      const t = ENTRY_TARGET[s];
      return {
        target: t,
        [`value-${t}`]: String(40_000 + n),
        [`qualifier-${t}`]: "exact",
        [`stage-${t}`]: "estimate",
        [`note-${t}`]: "",
      };
    }),
    expect: s === "in" ? holders("observation.write", 303) : outside(303),
  })),
  ...bothScopes("saving the entry form with nothing typed", (s) => ({
    route: "POST /entry/:plan",
    request: post(`/entry/${ENTRY_PLAN[s]}`, async () => {
      const t = ENTRY_TARGET[s];
      return { target: t, [`value-${t}`]: "", [`qualifier-${t}`]: "exact", [`stage-${t}`]: "estimate" };
    }),
    // Nothing to write, yet only who may enter values is told "saved" (the use-case's check).
    readsOnly: true,
    expect: s === "in" ? holders("observation.write", 303) : outside(303),
  })),
  ...bothScopes("the Excel template", (s) => ({
    route: "GET /entry/:plan/template.xlsx",
    request: get(`/entry/${ENTRY_PLAN[s]}/template.xlsx`),
    expect: readPlan(s),
  })),
  ...bothScopes("the drafted report", (s) => ({
    route: "GET /entry/:plan/report.docx",
    request: get(`/entry/${ENTRY_PLAN[s]}/report.docx`),
    expect: readPlan(s),
  })),
  ...bothScopes("uploading the filled template", (s) => ({
    route: "POST /entry/:plan/upload",
    request: multipart(`/entry/${ENTRY_PLAN[s]}/upload?period=2023`, async (n) => ({
      file: await filledTemplate(s, n),
    })),
    expect: s === "in" ? holders("observation.write", 303) : outside(303),
  })),
  ...(
    [
      ["submitting a period", "submit", [], "workflow.submit"],
      ["returning a period", "return", ["submit"], "workflow.review"],
      ["approving a period", "approve", ["submit"], "workflow.review"],
      ["publishing a period", "publish", ["submit", "approve"], "workflow.review"],
    ] as const
  ).flatMap(([name, action, moves, permission]) =>
    bothScopes(name, (s) => ({
      route: "POST /workflow/:plan",
      request: post(
        (n) => periodIn(s, n, [...moves]),
        async () => ({ action, comment: "Kiểm tra lại số liệu" }),
      ),
      expect: s === "in" ? holders(permission, 303) : outside(303),
    })),
  ),
  ...bothScopes("the assessment as the officer types", (s) => ({
    route: "GET /preview",
    request: get(`/preview?target=${ENTRY_TARGET[s]}&value=1`),
    // A script's route: a reader not signed in gets the API's 401, not the sign-in page.
    expect: { ...readPlan(s), anonymous: 401 },
  })),
  ...bothScopes("the home page's list of plans", (s) => ({
    route: "GET /",
    request: get("/"),
    shows: contains(`/entry/${ENTRY_PLAN[s]}?`),
    expect: s === "in" ? holders("draft.read", 200) : outside(200, "hidden"),
  })),
];

const CALENDAR: Case[] = [
  ...bothScopes("the reporting board", (s) => ({
    route: "GET /calendar",
    request: get("/calendar?province=80&year=2023"),
    shows: contains(BOARD_ROW[s]),
    expect: s === "in" ? holders("draft.read", 200) : outside(200, "hidden"),
  })),
  ...bothScopes("the board as CSV", (s) => ({
    route: "GET /calendar/board.csv",
    request: get("/calendar/board.csv?province=80&year=2023"),
    shows: contains(BOARD_ROW[s]),
    expect: s === "in" ? holders("draft.read", 200) : outside(200, "hidden"),
  })),
  ...bothScopes("the board as XLSX", (s) => ({
    route: "GET /calendar/board.xlsx",
    request: get("/calendar/board.xlsx?province=80&year=2023"),
    shows: { test: async (r) => BOARD_ROW[s].test(await workbookText(r)), otherwise: "hidden" },
    expect: s === "in" ? holders("draft.read", 200) : outside(200, "hidden"),
  })),
  // The deadlines are the province's: Long An (80) holds 806, Tây Ninh (72) does not. Only a
  // reviewer of the province changes them; every role reads them (the form disabled).
  ...(
    [
      ["80", "the deadlines of the callers' province"],
      ["72", "the deadlines of another province"],
    ] as const
  ).flatMap(([province, name]) => [
    {
      name,
      route: "GET /calendar/deadlines",
      request: get(`/calendar/deadlines?province=${province}&year=2023`),
      shows: { ...contains('id="save"'), otherwise: "read-only" },
      expect: only({ admin: 200 }, "read-only"),
    },
    {
      name: `setting ${name}`,
      route: "POST /calendar/deadlines",
      request: post(`/calendar/deadlines?province=${province}&year=2023`, async () => deadlineFields()),
      expect: only({ admin: 303 }),
    },
  ]),
];

const SOURCES: Case[] = [
  {
    name: "the sources (they belong to no unit)",
    route: "GET /sources/",
    request: get("/sources/"),
    shows: contains("Báo cáo tình hình kinh tế - xã hội"),
    expect: holders("draft.read", 200),
  },
  {
    name: "the new-source form",
    route: "GET /sources/new",
    request: get("/sources/new"),
    expect: holders("draft.read", 200),
  },
  {
    name: "adding a source",
    route: "POST /sources/new",
    request: post("/sources/new", async (n) => ({
      title: `Báo cáo số ${n}`,
      date: "2023-12-15",
      text: VALUE,
      unit: "",
      period: "",
    })),
    expect: holders("source.write", 303),
  },
  {
    name: "a source with its statements",
    route: "GET /sources/:id",
    request: async () => ({ path: `/workspace/sources/${source}` }),
    expect: holders("draft.read", 200),
  },
  ...bothScopes("accepting a figure into a unit", (s) => ({
    route: "POST /sources/:id/statements/:statement/accept",
    request: async () => {
      const { path, version } = await freshStatement(VALUE);
      return {
        path: `/workspace${path}/accept`,
        init: form({
          version,
          "indicator-0": RICE.code,
          "unit-0": CODE[s],
          "period-0": "2023",
          "value-0": "",
          "uom-0": "",
          "qualifier-0": "exact",
          "stage-0": "official",
          "note-0": "",
        }),
      };
    },
    // The unit is named in the form, and is no secret: 403 outside the scope.
    expect: s === "in" ? holders("observation.write", 303) : outside(303, 403),
  })),
  {
    name: "rejecting a statement",
    route: "POST /sources/:id/statements/:statement/reject",
    request: async () => {
      const { path, version } = await freshStatement(VALUE);
      return {
        path: `/workspace${path}/reject`,
        init: form({ version, "reason-0": "Trùng với báo cáo khác" }),
      };
    },
    expect: holders("source.write", 303),
  },
  ...bothScopes("recording a reported roll-up of a plan", (s) => ({
    route: "POST /sources/:id/statements/:statement/record-rollup",
    request: async () => {
      const { path, version } = await freshStatement(ROLLUP);
      return { path: `/workspace${path}/record-rollup`, init: form({ version, "plan-0": PLAN[s] }) };
    },
    expect: s === "in" ? holders("observation.write", 303) : outside(303),
  })),
  ...bothScopes("putting a target statement into a plan", (s) => ({
    route: "POST /sources/:id/statements/:statement/to-plan",
    request: async () => {
      const { path, version } = await freshStatement(TARGET_WORDS);
      return {
        path: `/workspace${path}/to-plan`,
        init: form({ version, "plan-0": PLAN[s], "indicator-0": BUDGET_REVENUE.code, "why-0": "" }),
      };
    },
    expect: s === "in" ? holders("plan.write", 303) : outside(303),
  })),
];

const projectFields = (s: Scope, version: string) => ({
  version,
  kind: "project",
  nameVi: "Đường tỉnh 826",
  nameEn: "",
  unit: CODE[s],
  term: "2021-2025",
  state: "Đang thi công",
  note: "",
  milestones: "0",
});

const PROJECTS: Case[] = [
  ...bothScopes("the key projects", (s) => ({
    route: "GET /projects",
    request: get("/projects"),
    shows: contains(`/projects/${PROJECT[s]}"`),
    expect: s === "in" ? holders("draft.read", 200) : outside(200, "hidden"),
  })),
  {
    name: "the new-project form",
    route: "GET /projects/new",
    request: get("/projects/new"),
    expect: holders("draft.read", 200),
  },
  ...bothScopes("adding a key project", (s) => ({
    route: "POST /projects/new",
    request: post("/projects/new", async () => projectFields(s, "")),
    expect: s === "in" ? holders("plan.write", 303) : outside(303, 403),
  })),
  ...bothScopes("a key project", (s) => ({
    route: "GET /projects/:id",
    request: get(`/projects/${PROJECT[s]}`),
    expect: readPlan(s),
  })),
  ...bothScopes("changing a key project", (s) => ({
    route: "POST /projects/:id",
    request: post(
      async (n) => {
        const p = await createProject(
          store.db,
          {
            id: `${PROJECT[s]}-${n}`,
            kind: "project",
            name: { vi: "Đường tỉnh 826" },
            unit: CODE[s],
            term: "2021-2025",
            indicatorCodes: [],
            notes: [],
            milestones: [],
          },
          SYSTEM,
        );
        return `/projects/${p.id}`;
      },
      async () => projectFields(s, "1"),
    ),
    expect: s === "in" ? holders("plan.write", 303) : outside(303),
  })),
];

const AUDIT: Case[] = [
  ...bothScopes("the audit log of a district", (s) => ({
    route: "GET /audit",
    request: get(`/audit?unit=${CODE[s]}`),
    // A unit is no secret: 403 outside the scope.
    expect: s === "in" ? holders("audit.read", 200) : outside(200, 403),
  })),
  {
    name: "the whole audit log",
    route: "GET /audit",
    request: get("/audit"),
    expect: only({ admin: 200 }),
  },
];

const CASES: Case[] = [...PLAN_BUILDER, ...ENTRY, ...CALENDAR, ...SOURCES, ...PROJECTS, ...AUDIT];

/**
 * The routes open without a session, and where they are tested: signing in and out, and setting a
 * password with a one-time code, are not a role's permission.
 */
const OPEN: Record<string, string> = {
  "GET /login": "test/auth.test.ts",
  "POST /login": "test/auth.test.ts",
  "POST /logout": "test/auth.test.ts",
  "POST /reset": "test/admin-pages.test.ts",
};

// ---------------------------------------------------------------- routing, as the sub-app does it

const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

/** The route a request reaches: the first of the table whose method and pattern match. */
function reached(method: string, url: string): string | undefined {
  const path = url.replace(/^\/workspace/, "").split("?")[0]!;
  const found = WORKSPACE_ROUTES.find((r) => {
    if (r.method.toUpperCase() !== method.toUpperCase()) return false;
    const pattern = r.path
      .split("/")
      .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/");
    return new RegExp(`^${pattern}$`).test(path);
  });
  return found && routeKey(found);
}

// ---------------------------------------------------------------- the store

/** The source the seed submits (its three statements wait in the queue). */
let source = "";

async function seed(s: Store): Promise<void> {
  store = s;
  const db = s.db;
  await loadCatalogue(db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await createIndicator(db, RICE, SYSTEM);
  await createIndicator(db, BUDGET_REVENUE, SYSTEM);
  for (const scope of SCOPES) {
    for (const [id, unit, target] of [
      [PLAN[scope], CODE[scope], TARGET[scope]],
      [ENTRY_PLAN[scope], COMMUNE_OF[scope], ENTRY_TARGET[scope]],
    ] as const) {
      await createPlan(
        db,
        { id, kind: "annual_plan", unit, period: "2023", title: "Kế hoạch năm 2023", state: "draft" },
        SYSTEM,
      );
      await createTarget(
        db,
        { id: target, planId: id, indicator: RICE.code, spec: { kind: "gte", value: 88_800 }, position: 1 },
        SYSTEM,
      );
    }
    await createProject(
      db,
      {
        id: PROJECT[scope],
        kind: "project",
        name: { vi: "Đường tỉnh 826" },
        unit: CODE[scope],
        term: "2021-2025",
        indicatorCodes: [],
        notes: [],
        milestones: [],
      },
      SYSTEM,
    );
  }
  const created = await submitSource(
    db,
    {
      kind: "report",
      title: "Báo cáo tình hình kinh tế - xã hội năm 2023",
      date: "2023-12-15",
      text: [VALUE, ROLLUP, TARGET_WORDS].join("\n"),
    },
    SYSTEM,
  );
  source = created.source.id;
}

async function auditLength(): Promise<number> {
  const row = await store.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const isSuccess = (status: number, caller: Caller) =>
  (status >= 200 && status < 300) || (status === 303 && caller !== "anonymous");

describeStore(
  "the workspace's routes: every role, in scope and out of it",
  import.meta.filename,
  (ctx) => {
    let n = 0;
    const clients = new Map<Caller, ReturnType<typeof callerClient>>();
    const clientOf = (caller: Caller) => {
      if (!clients.has(caller)) clients.set(caller, callerClient(ctx.store, caller));
      return clients.get(caller)!;
    };

    describe("the matrix", () => {
      for (const c of CASES) {
        it(`${c.name}: ${CALLERS.map((who) => `${who} ${c.expect[who]}`).join(", ")}`, async () => {
          const got: Partial<Expect> = {};
          for (const caller of CALLERS) {
            const { path, init } = await c.request(++n);
            const method = init?.method ?? "GET";
            expect(reached(method, path), `${c.name}: ${method} ${path}`).toBe(c.route);
            const before = method === "POST" ? await auditLength() : 0;
            const answer = await clientOf(caller).raw(path, init);
            let outcome: Outcome = answer.status;
            if (answer.status === 303 && caller === "anonymous")
              expect(answer.headers.get("location")).toMatch(/^\/workspace\/login/);
            if (answer.status === 200 && c.shows && !(await c.shows.test(answer)))
              outcome = c.shows.otherwise;
            if (method === "POST") {
              const wrote = (await auditLength()) > before;
              const success = isSuccess(answer.status, caller);
              // A refused caller writes nothing; an allowed one is proved by what it wrote.
              if (!success && wrote) outcome = `${answer.status}, yet wrote`;
              if (success && !wrote && !c.readsOnly) outcome = `${answer.status}, wrote nothing`;
            }
            got[caller] = outcome;
          }
          expect(got).toEqual(c.expect);
        });
      }
    });

    it("gives every route of the workspace a case, here or in test/admin-pages.test.ts", () => {
      const covered = new Set(CASES.map((c) => c.route));
      for (const c of ADMIN_CASES) {
        const route = reached(c.init ? "POST" : "GET", c.path);
        expect(route, c.path).toBeDefined();
        covered.add(route!);
      }
      const open = WORKSPACE_ROUTES.filter((r) => r.access !== "signed-in").map(routeKey);
      // Only a route open without a session may go without a role's case.
      expect(Object.keys(OPEN).filter((k) => !open.includes(k))).toEqual([]);
      const missing = WORKSPACE_ROUTES.map(routeKey).filter((k) => !covered.has(k) && !(k in OPEN));
      expect(missing, `routes with no permission case: ${missing.join(", ")}`).toEqual([]);
      // And no case names a route the table does not have.
      const known = new Set(WORKSPACE_ROUTES.map(routeKey));
      expect([...covered].filter((k) => !known.has(k))).toEqual([]);
    });
  },
  { once: true, seed },
);
