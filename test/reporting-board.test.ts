/**
 * The reporting board of Long An (80) for 2023 (issue 16 part 6): Cần Đước (806) reports, late
 * and on time; Kiến Tường (795) has not; a reviewer of the province sees every unit under it, a
 * reviewer of Kiến Tường only Kiến Tường and its ward; the province moves its deadlines; the
 * officer of Cần Đước sees what Cần Đước owes.
 */
import { sql } from "kysely";
import { expect, it } from "vitest";
import type { Principal } from "../src/app/auth/principal.ts";
import { createIndicator } from "../src/app/indicators.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { recordObservation } from "../src/app/observations.ts";
import { createPlan, createTarget } from "../src/app/plans.ts";
import { readOverdueReports, readReportingBoard } from "../src/app/reporting-board.ts";
import { setReportingDeadlines } from "../src/app/set-reporting-deadlines.ts";
import type { Db } from "../src/app/transaction.ts";
import { visibilityOf } from "../src/app/visibility.ts";
import { moveWorkflow } from "../src/app/workflow.ts";
import type { Role } from "../src/db/users.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { describeStore } from "./support/engines.ts";

const CAN_DUOC = "806@-2025-06-30";
const KIEN_TUONG = "795@-2025-06-30";
const SHRIMP = { ...RICE, code: "shrimp_output", name: { vi: "Sản lượng tôm", en: "Shrimp output" } };

const who = (name: string, role: Role, unitId: string | null): Principal => ({
  userId: name,
  name,
  grants: [{ role, unitId }],
});
const provinceReviewer = who("reviewer-80", "reviewer", "80@-2025-06-30");
const officer = who("officer-806", "officer", CAN_DUOC);

async function seed(db: Db): Promise<void> {
  const sys = { actor: "test", reason: "Nghị quyết HĐND giao" };
  await loadCatalogue(db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await createIndicator(db, RICE, sys);
  await createIndicator(db, SHRIMP, sys);
  for (const [id, unit] of [
    ["kh-806", "806"],
    ["kh-795", "795"],
  ] as const) {
    await createPlan(
      db,
      {
        id,
        kind: "annual_plan",
        unit,
        period: "2023",
        title: "Kế hoạch năm 2023",
        state: "adopted",
        date: "2023-01-05",
      },
      sys,
    );
    await createTarget(db, { planId: id, indicator: RICE.code, spec: { kind: "gte", value: 88_800 } }, sys);
    await createTarget(db, { planId: id, indicator: SHRIMP.code, spec: { kind: "gte", value: 4_500 } }, sys);
  }
}

/** Moves a unit's period as `actor`, then dates its first submission (the test cannot wait for the calendar). */
async function report(
  db: Db,
  unitId: string,
  period: string,
  submittedAt: string,
  ...then: ("return" | "approve" | "publish")[]
) {
  await moveWorkflow(db, { unitId, period, action: "submit" }, { actor: officer.userId, principal: officer });
  for (const action of then) {
    await moveWorkflow(
      db,
      { unitId, period, action, ...(action === "return" ? { comment: "Thiếu số liệu tôm" } : {}) },
      { actor: provinceReviewer.userId, principal: provinceReviewer },
    );
  }
  await sql`update period_workflow set submitted_at = ${submittedAt} where unit_id = ${unitId} and period = ${period}`.execute(
    db,
  );
}

describeStore(
  "the reporting board",
  import.meta.filename,
  (ctx) => {
    const board = (principal: Principal | undefined, today: string, extra = {}) =>
      readReportingBoard(ctx.store.db, visibilityOf(ctx.store.db, principal), {
        province: "80",
        year: 2023,
        today,
        ...extra,
      });
    const cell = (b: Awaited<ReturnType<typeof board>>, unitId: string, period: string) =>
      b.rows.find((r) => r.unit.id === unitId)?.cells.find((c) => c.period === period);

    it("a reviewer of the province sees every unit under it × the 19 reports of the year", async () => {
      const b = await board(provinceReviewer, "2023-05-01");
      expect(b.rows.map((r) => r.unit.code)).toEqual(["27787", "28108", "28111", "795", "806"]);
      expect(b.periods).toHaveLength(19);
      expect(b.rows.every((r) => r.cells.length === 19)).toBe(true);
    });

    it("a reviewer of Kiến Tường reading the province's board sees Kiến Tường and its ward only", async () => {
      const b = await board(who("reviewer-795", "reviewer", KIEN_TUONG), "2023-05-01");
      expect(b.rows.map((r) => r.unit.code)).toEqual(["27787", "795"]);
    });

    it("the board is officers' material: not signed in, 401; signed in with no unit to read, 404", async () => {
      await expect(board(undefined, "2023-05-01")).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(board({ userId: "x", name: "x", grants: [] }, "2023-05-01")).rejects.toMatchObject({
        code: "not_found",
      });
    });

    it("each report says where it stands: on time, late, returned, approved, published, missing, not yet due", async () => {
      const db = ctx.store.db;
      await report(db, CAN_DUOC, "2023-01", "2023-01-19T03:00:00Z");
      await report(db, CAN_DUOC, "2023-02", "2023-02-25T03:00:00Z");
      await report(db, CAN_DUOC, "2023-Q1", "2023-03-18T03:00:00Z", "return");
      await report(db, CAN_DUOC, "2023-03", "2023-03-20T09:00:00Z", "approve");
      await report(db, CAN_DUOC, "2023-04", "2023-04-28T03:00:00Z", "approve", "publish");
      const b = await board(provinceReviewer, "2023-05-01");
      const status = (period: string) => cell(b, CAN_DUOC, period)?.status;
      expect(["2023-01", "2023-02", "2023-Q1", "2023-03", "2023-04", "2023-05"].map(status)).toEqual([
        "on_time",
        "late",
        "returned",
        "approved",
        "published",
        "not_due",
      ]);
      expect(cell(b, CAN_DUOC, "2023-04")?.late).toBe(true);
      expect(cell(b, CAN_DUOC, "2023-Q1")?.overdue).toBe(true);
      expect(cell(b, KIEN_TUONG, "2023-01")).toMatchObject({ status: "missing", overdue: true });
    });

    it("a report sent again after a return keeps the time of its first submission: late stays late", async () => {
      const db = ctx.store.db;
      await moveWorkflow(
        db,
        { unitId: CAN_DUOC, period: "2023-01", action: "submit" },
        { actor: officer.userId, principal: officer },
      );
      const first = await sql<{
        at: string;
      }>`select submitted_at as at from period_workflow where period = '2023-01'`.execute(db);
      expect(first.rows[0]?.at).toBeTruthy();
      await moveWorkflow(
        db,
        { unitId: CAN_DUOC, period: "2023-01", action: "return", comment: "Bổ sung" },
        { actor: provinceReviewer.userId, principal: provinceReviewer },
      );
      await moveWorkflow(
        db,
        { unitId: CAN_DUOC, period: "2023-01", action: "submit" },
        { actor: officer.userId, principal: officer },
      );
      const again = await sql<{
        at: string;
      }>`select submitted_at as at from period_workflow where period = '2023-01'`.execute(db);
      expect(again.rows[0]?.at).toBe(first.rows[0]?.at);
      expect(cell(await board(provinceReviewer, "2026-01-01"), CAN_DUOC, "2023-01")?.status).toBe("late");
    });

    it("a report with a figure for one of its unit's two targets has one target still without a figure", async () => {
      await recordObservation(
        ctx.store.db,
        { indicator: RICE.code, unit: "806", period: "2023-Q1", stage: "estimate", value: 21_000 },
        { actor: "test" },
      );
      const b = await board(provinceReviewer, "2023-05-01");
      expect(b.rows.find((r) => r.unit.id === CAN_DUOC)?.targets).toBe(2);
      expect(cell(b, CAN_DUOC, "2023-Q1")?.withoutFigure).toBe(1);
      expect(cell(b, CAN_DUOC, "2023-01")?.withoutFigure).toBe(2);
      expect(cell(b, "28108@-2025-06-30", "2023-01")?.withoutFigure).toBe(0);
    });

    it("filters: the quarters only, the units named 'kien tuong', the rows with a report on time", async () => {
      await report(ctx.store.db, CAN_DUOC, "2023-01", "2023-01-19T03:00:00Z");
      const quarters = await board(provinceReviewer, "2023-05-01", { kinds: ["quarter"] });
      expect(quarters.periods.map((p) => p.code)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
      const named = await board(provinceReviewer, "2023-05-01", { unit: "kien tuong" });
      expect(named.rows.map((r) => r.unit.code)).toEqual(["795"]);
      const january = await board(provinceReviewer, "2023-01-25", {
        kinds: ["month"],
        statuses: ["on_time"],
      });
      expect(january.rows.map((r) => r.unit.code)).toEqual(["806"]);
    });

    it("the province sets its month reports due on the 5th of the next month: February's report of the 25th is on time", async () => {
      await report(ctx.store.db, CAN_DUOC, "2023-02", "2023-02-25T03:00:00Z");
      const rules = await setReportingDeadlines(
        ctx.store.db,
        {
          province: "80",
          at: "2023-01-01",
          rules: {
            month: {
              required: true,
              cutoffDay: 25,
              dueDay: 5,
              dueMonthsAfter: 1,
              basis: "Quyết định 12/2023/QĐ-UBND tỉnh Long An",
            },
          },
        },
        { actor: provinceReviewer.userId, principal: provinceReviewer },
      );
      expect(rules.month.dueDay).toBe(5);
      expect(rules.quarter.dueDay).toBe(20);
      const b = await board(provinceReviewer, "2023-05-01");
      expect(b.periods.find((p) => p.code === "2023-02")?.due).toBe("2023-03-05");
      expect(cell(b, CAN_DUOC, "2023-02")?.status).toBe("on_time");
    });

    it("only a reviewer of the province sets its deadlines; a bad rule names its field and writes nothing", async () => {
      const month = { required: true, cutoffDay: 14, dueDay: 25, dueMonthsAfter: 0, basis: "QĐ tỉnh" };
      const set = (principal: Principal, rules: object) =>
        setReportingDeadlines(
          ctx.store.db,
          { province: "80", at: "2023-01-01", rules },
          { actor: principal.userId, principal },
        );
      await expect(set(who("reviewer-795", "reviewer", KIEN_TUONG), { month })).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(set(provinceReviewer, { month, year: { ...month, dueDay: 40 } })).rejects.toMatchObject({
        code: "invalid",
        details: { field: "rules.year.dueDay" },
      });
      const b = await board(provinceReviewer, "2023-05-01");
      expect(b.periods.find((p) => p.code === "2023-01")?.due).toBe("2023-01-20");
    });

    it("the officer of Cần Đước sees what Cần Đước owes, oldest first: missing and returned reports past their due date", async () => {
      const db = ctx.store.db;
      await report(db, CAN_DUOC, "2023-01", "2023-01-19T03:00:00Z");
      await report(db, CAN_DUOC, "2023-02", "2023-02-19T03:00:00Z", "return");
      const owed = await readOverdueReports(db, visibilityOf(db, officer), { today: "2023-04-01" });
      expect(owed.map((o) => [o.unit.code, o.period.code, o.status])).toEqual([
        ["806", "2023-02", "returned"],
        ["806", "2023-03", "missing"],
        ["806", "2023-Q1", "missing"],
      ]);
      expect(
        await readOverdueReports(db, visibilityOf(db, provinceReviewer), { today: "2023-04-01" }),
      ).toEqual([]);
    });
  },
  { seed: async (store) => seed(store.db) },
);
