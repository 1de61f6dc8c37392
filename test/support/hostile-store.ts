/**
 * A store whose every user-writable text field holds a payload: HTML that would run if a page
 * printed it unescaped (a <script> setting `window.__pwned`, an <img onerror>, an attribute
 * breakout), starting with =, +, - or @ so that a spreadsheet would take it for a formula. Written
 * through the real write routes (the API as an administrator, the workspace's forms), on top of
 * the fixture catalogue and the demo. Used by test/output-escaping.test.ts (every page and export,
 * in process) and test/e2e/security.test.ts (the same pages in Chromium).
 */
import { addUser } from "../../src/app/auth/users.ts";
import { loadCatalogue } from "../../src/app/load-catalogue.ts";
import type { Store } from "../../src/db/connect.ts";
import { insertSource } from "../../src/db/sources.ts";
import { loadDemo } from "../../src/demo/load-demo.ts";
import { FIXTURE_CATALOGUE } from "../fixtures/catalogue.ts";
import { client } from "./api.ts";

const FORMULA_STARTS = ["=", "+", "-", "@"] as const;

/**
 * The payload of one field, named by `tag` (letters only, so that it survives any field): it can
 * be found, escaped, wherever the field is shown.
 */
export function payload(tag: string): string {
  const start = FORMULA_STARTS[tag.length % FORMULA_STARTS.length];
  return `${start}${tag}<script>window.__pwned="${tag}"</script>"><img src=x onerror="window.__pwned='${tag}'">'`;
}

/** What a page may never hold if it escaped the payloads: markup of the payload itself. */
export const LIVE_PAYLOAD = /<script>window\.__pwned|<img src=x|onerror="window|href="\s*javascript:/i;

const SCRIPT_URL_SOURCE = "hostile-script-url";

export const HOSTILE = {
  /** Administrator over every unit, whose display name is a payload. */
  userId: "tester",
  unitCode: "806",
  period: "2024",
  at: "2024-12-31",
  planId: "hostile-plan-2024",
  indicatorCode: "hostile_indicator",
  targetId: "hostile-target",
  /** A commune's plan whose period was returned with a comment (the workspace shows it). */
  returnedPlanId: "hostile-returned-2024",
  returnedUnit: "28108@-2025-06-30",
} as const;

/** Every public page that shows the payloads, after /vi or /en. */
export const HOSTILE_PUBLIC_PAGES = [
  "/",
  `/units/${HOSTILE.unitCode}?at=${HOSTILE.at}`,
  `/units/${HOSTILE.unitCode}/${HOSTILE.period}?at=${HOSTILE.at}`,
  `/units/${HOSTILE.unitCode}/${HOSTILE.period}/report?at=${HOSTILE.at}`,
  `/units/${HOSTILE.unitCode}/${HOSTILE.period}/projects?at=${HOSTILE.at}`,
  `/units/${HOSTILE.unitCode}/2020-2025?at=${HOSTILE.at}`,
  `/indicators/${HOSTILE.indicatorCode}?unit=${HOSTILE.unitCode}&at=${HOSTILE.at}`,
  `/indicators/rice_output?unit=${HOSTILE.unitCode}&at=${HOSTILE.at}`,
] as const;

/** Every tagged field: its tag, and what it is. */
export type HostileFields = Record<string, string>;

export async function seedHostileStore(store: Store): Promise<HostileFields> {
  await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await loadDemo(store.db, { actor: "test" });
  const fields: HostileFields = {};
  const p = (tag: string, what: string) => {
    fields[tag] = what;
    return payload(tag);
  };
  await addUser(
    store.db,
    {
      id: HOSTILE.userId,
      name: p("xssUserName", "user display name"),
      password: "một mật khẩu đủ dài cho thử nghiệm",
      grants: [{ role: "administrator", unitId: null }],
    },
    { actor: "test" },
  );
  const api = client(store);
  const ok = async (call: Promise<{ status: number; body: unknown }>, what: string) => {
    const r = await call;
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely.
    return r.body as any;
  };

  const source = await ok(
    api.post("/api/v1/sources", {
      kind: "article",
      title: p("xssSourceArticleTitle", "source title (with a publisher)"),
      issuer: p("xssSourceIssuer", "source issuer"),
      publisher: p("xssSourcePublisher", "source publisher"),
      number: p("xssSourceNumber", "source number"),
      url: "https://baolongan.vn/bai-viet?a=1&b=%22%3E%3Cscript%3E",
      quote: p("xssSourceQuote", "source quote"),
      note: p("xssSourceNote", "source note"),
      text:
        `Năm 2024, sản lượng lúa ${p("xssSentence", "statement sentence (source text)")} đạt 90.000 tấn. ` +
        "Tổng thu ngân sách đạt 500 tỷ đồng.",
    }),
    "source",
  );
  // A second source, without publisher: pages then name it by its title.
  const titled = await ok(
    api.post("/api/v1/sources", { kind: "document", title: p("xssSourceTitle", "source title") }),
    "titled source",
  );
  await ok(
    api.post("/api/v1/indicators", {
      code: HOSTILE.indicatorCode,
      name: {
        vi: p("xssIndicatorVi", "indicator name (vi)"),
        en: p("xssIndicatorEn", "indicator name (en)"),
      },
      unit: "tấn",
      direction: "higher_better",
      measure: "level",
      aggregation: { kind: "sum" },
      sector: p("xssIndicatorSector", "indicator sector"),
    }),
    "indicator",
  );
  await ok(
    api.post("/api/v1/plans", {
      id: HOSTILE.planId,
      kind: "annual_plan",
      unit: HOSTILE.unitCode,
      period: HOSTILE.period,
      title: p("xssPlanTitle", "plan title"),
      issuer: p("xssPlanIssuer", "plan issuer"),
      number: p("xssPlanNumber", "plan number"),
      state: "draft",
      sourceId: source.id,
    }),
    "plan",
  );
  await ok(
    api.post("/api/v1/targets", {
      id: HOSTILE.targetId,
      planId: HOSTILE.planId,
      indicator: HOSTILE.indicatorCode,
      spec: { kind: "gte", value: 80_000 },
    }),
    "target",
  );
  await ok(
    api.post("/api/v1/targets", {
      planId: HOSTILE.planId,
      indicator: "rice_output",
      spec: { kind: "gte", value: 85_000 },
    }),
    "rice target",
  );
  const plan = await api.get(`/api/v1/plans/${HOSTILE.planId}`);
  await ok(
    api.put(
      `/api/v1/plans/${HOSTILE.planId}`,
      {
        kind: "annual_plan",
        unit: HOSTILE.unitCode,
        period: HOSTILE.period,
        title: payload("xssPlanTitle"),
        state: "adopted",
        reason: p("xssPlanReason", "reason of a change (audit log)"),
      },
      { "if-match": plan.etag! },
    ),
    "adopt plan",
  );
  // The API refuses a javascript: address (see the test); a store written before that check may
  // still hold one: put it there directly, as such a store would.
  await insertSource(store.db, {
    id: SCRIPT_URL_SOURCE,
    kind: "article",
    title: p("xssScriptUrlSource", "title of a source whose address is javascript:"),
    url: "javascript:window.__pwned='url'",
    date: "2024-12-20",
  });
  await ok(
    api.post("/api/v1/observations", {
      indicator: HOSTILE.indicatorCode,
      unit: HOSTILE.unitCode,
      period: HOSTILE.period,
      value: -1250.5,
      stage: "official",
      note: p("xssObservationNote", "observation note"),
      sourceId: SCRIPT_URL_SOURCE,
    }),
    "observation",
  );

  // The review queue: accept the rice sentence (its text becomes the figure's source), reject the other.
  const statements = (await ok(api.get(`/api/v1/statements?source=${source.id}`), "statements"))
    .statements as {
    id: string;
    sentence: { text: string };
  }[];
  const rice = statements.find((s) => s.sentence.text.includes("lúa"));
  const other = statements.find((s) => s !== rice);
  if (!rice || !other) throw new Error(`expected two statements, got ${JSON.stringify(statements)}`);
  const riceEtag = (await api.get(`/api/v1/statements/${rice.id}`)).etag!;
  await ok(
    api.post(
      `/api/v1/statements/${rice.id}/accept`,
      {
        indicator: "rice_output",
        unit: HOSTILE.unitCode,
        period: HOSTILE.period,
        value: 90_000,
        unitOfMeasure: "tấn",
        note: p("xssAcceptNote", "note of an accepted statement"),
        reason: p("xssAcceptReason", "reason of an accepted statement"),
      },
      { "if-match": riceEtag },
    ),
    "accept",
  );
  const otherEtag = (await api.get(`/api/v1/statements/${other.id}`)).etag!;
  await ok(
    api.post(
      `/api/v1/statements/${other.id}/reject`,
      { reason: p("xssRejectReason", "reason of a rejected statement") },
      { "if-match": otherEtag },
    ),
    "reject",
  );

  await ok(
    api.post("/api/v1/key-projects", {
      kind: "project",
      name: {
        vi: p("xssProjectVi", "key project name (vi)"),
        en: p("xssProjectEn", "key project name (en)"),
      },
      unit: "806@-2025-06-30",
      state: p("xssProjectState", "key project state"),
      money: { planned: 100, disbursed: 40, unit: p("xssProjectMoneyUnit", "key project money unit") },
      indicatorCodes: [HOSTILE.indicatorCode],
      notes: [{ date: "2024-06-01", text: p("xssProjectNote", "key project note") }],
      milestones: [
        {
          name: {
            vi: p("xssMilestoneVi", "milestone name (vi)"),
            en: p("xssMilestoneEn", "milestone name (en)"),
          },
          plannedDate: "2024-09-01",
          state: "in_progress",
        },
      ],
      sourceId: titled.id,
    }),
    "key project",
  );

  // A commune's period submitted, then returned with a comment.
  await ok(
    api.post("/api/v1/plans", {
      id: HOSTILE.returnedPlanId,
      kind: "annual_plan",
      unit: HOSTILE.returnedUnit,
      period: HOSTILE.period,
      title: p("xssReturnedPlanTitle", "title of a plan in the workflow"),
      state: "adopted",
    }),
    "returned plan",
  );
  for (const [action, comment] of [
    ["submit", p("xssSubmitComment", "workflow comment (submit)")],
    ["return", p("xssReturnComment", "workflow comment (return)")],
  ] as const) {
    await ok(
      api.post("/api/v1/workflow", { unit: HOSTILE.returnedUnit, period: HOSTILE.period, action, comment }),
      action,
    );
  }
  return fields;
}
