/**
 * The holes found around issue 13, each as what an outsider tried and what they get now.
 */
import { expect, it } from "vitest";
import { resumeSession, signIn } from "../src/app/auth/sessions.ts";
import { addUser } from "../src/app/auth/users.ts";
import { AppError } from "../src/app/errors.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { inTransaction } from "../src/app/transaction.ts";
import { insertPlan } from "../src/db/plans.ts";
import { createApp } from "../src/http/app.ts";
import { ResponseCache } from "../src/http/response-cache.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client, signedInAs } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const PASSWORD = "một mật khẩu đủ dài";
const KIEN_TUONG = "795@-2025-06-30";
const CAN_DUOC = "806@-2025-06-30";

/** A logger that keeps what it is told to warn about. */
function recordingLogger() {
  const warnings: unknown[] = [];
  const logger = {
    warn: (obj: unknown) => warnings.push(obj),
    error: () => {},
    info: () => {},
    debug: () => {},
    child: () => logger,
  };
  // biome-ignore lint/suspicious/noExplicitAny: only what the app calls.
  return { warnings, logger: logger as any };
}

const signInRequest = (password: string, address?: string) => ({
  method: "POST",
  headers: {
    "content-type": "application/json",
    ...(address ? { "x-forwarded-for": address } : {}),
  },
  body: JSON.stringify({ account: "cuong", password }),
});

describeStore(
  "the holes around drafts and writes",
  import.meta.filename,
  (ctx) => {
    const addCuong = () =>
      addUser(
        ctx.store.db,
        { id: "cuong", name: "Lê Văn Cường", password: PASSWORD, grants: [] },
        { actor: "test" },
      );

    it("15 concurrent wrong passwords for one account: at most 5 counted (401), the rest 429, each lock-out logged", async () => {
      await addCuong();
      const { warnings, logger } = recordingLogger();
      const app = createApp({ store: ctx.store, logger });
      const answers = await Promise.all(
        Array.from({ length: 15 }, () => app.request("/api/v1/session", signInRequest("sai mật khẩu"))),
      );
      const statuses = answers.map((a) => a.status);
      const counted = statuses.filter((s) => s === 401).length;
      expect(counted).toBeGreaterThanOrEqual(1);
      expect(counted).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15 - counted);
      expect(warnings).toHaveLength(15 - counted);
      expect(warnings[0]).toMatchObject({ lockout: { account: "cuong", limit: "account" } });
    });

    it("a lock-out holds the account at the failing address only: its owner signs in from another", async () => {
      await addCuong();
      const app = createApp({ store: ctx.store, trustProxy: true });
      for (let i = 0; i < 5; i++) {
        expect((await app.request("/api/v1/session", signInRequest("sai", "203.0.113.9"))).status).toBe(401);
      }
      expect((await app.request("/api/v1/session", signInRequest(PASSWORD, "203.0.113.9"))).status).toBe(429);
      expect((await app.request("/api/v1/session", signInRequest(PASSWORD, "198.51.100.7"))).status).toBe(
        201,
      );
    });

    it("a wrong sign-in takes as long for an account that does not exist as for one that does", async () => {
      await addCuong();
      const time = async (account: string, address: string) => {
        const started = performance.now();
        await signIn(ctx.store.db, { account, password: "sai", address }).catch(() => {});
        return performance.now() - started;
      };
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await time("cuong", `10.1.0.${i}`));
        unknown.push(await time(`khong-co-${i}`, `10.2.0.${i}`));
      }
      // Both check one scrypt hash (~50-150 ms); an unknown account used to answer in ~8 ms.
      expect(median(unknown)).toBeGreaterThan(median(known) / 2);
    });

    it("a forged Host never reaches the drafted report's links, even once the page is kept", async () => {
      const admin = client(ctx.store);
      await admin.post("/api/v1/plans", {
        id: "kh-806",
        kind: "annual_plan",
        unit: "806",
        period: "2023",
        title: "Kế hoạch năm 2023",
        state: "adopted",
      });
      await admin.post("/api/v1/targets", {
        planId: "kh-806",
        indicator: "rice_output",
        spec: { kind: "gte", value: 88000 },
      });
      const app = createApp({
        store: ctx.store,
        publicUrl: "https://chitieu.example.vn",
        cache: new ResponseCache(),
      });
      const forged = await (await app.request("http://evil.example/vi/units/806/2023/report")).text();
      const honest = await (await app.request("http://localhost/vi/units/806/2023/report")).text();
      for (const page of [forged, honest]) {
        expect(page).not.toContain("evil.example");
        expect(page).toContain("https://chitieu.example.vn/vi/units/806/2023/report");
      }
    });

    it("outside the caller's scope a thing does not exist: 404 as for a missing id", async () => {
      const admin = client(ctx.store);
      await admin.post("/api/v1/plans", {
        id: "kh-795",
        kind: "annual_plan",
        unit: "795",
        period: "2023",
        title: "Kế hoạch năm 2023",
        state: "draft",
      });
      await admin.post("/api/v1/targets", {
        id: "t-795",
        planId: "kh-795",
        indicator: "rice_output",
        spec: { kind: "gte", value: 1 },
      });
      const planner = client(ctx.store, {
        userId: "planner-806",
        grants: [{ role: "planner", unitId: CAN_DUOC }],
      });
      const body = { kind: "annual_plan", unit: "795", period: "2023", title: "Sửa", state: "draft" };
      for (const id of ["kh-795", "khong-co"]) {
        const put = await planner.put(`/api/v1/plans/${id}`, body, { "if-match": "*" });
        const del = await planner.delete(`/api/v1/plans/${id}`, { "if-match": "*" });
        expect([id, put.status, put.body.error.code, del.status]).toEqual([id, 404, "not_found", 404]);
        expect(JSON.stringify(put.body)).not.toContain(KIEN_TUONG);
        for (const path of [
          `/workspace/entry/${id}`,
          `/workspace/entry/${id}/template.xlsx`,
          `/workspace/entry/${id}/report.docx`,
        ]) {
          expect([path, (await planner.raw(path)).status]).toEqual([path, 404]);
        }
      }
      for (const target of ["t-795", "khong-co"]) {
        const preview = await planner.raw(`/workspace/preview?target=${target}&value=1`);
        expect([target, preview.status]).toEqual([target, 404]);
      }
    });

    it("a duplicate refused by the database answers 409 without the database's words", async () => {
      const plan = {
        id: "kh-trung",
        kind: "annual_plan" as const,
        unitId: CAN_DUOC,
        period: "2023",
        title: "Kế hoạch",
        state: "draft" as const,
        illustrative: false,
      };
      const refused = await inTransaction(ctx.store.db, async (trx) => {
        await insertPlan(trx, plan);
        await insertPlan(trx, plan);
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(409);
      // The caller is told what kind of refusal it is; the log keeps PostgreSQL's words.
      expect((refused as AppError).userMessage).not.toMatch(/Key \(|constraint|plans_pkey|kh-trung/);
      expect((refused as AppError).message).toContain("kh-trung");
    });

    it("a date before 1945 is a page saying so (404) or a 422 naming the field, not a 500", async () => {
      const api = client(ctx.store, null);
      const page = await api.page("/vi/indicators/rice_output?unit=806&at=1948-12-31");
      expect(page.status).toBe(404);
      const series = await api.get(
        "/api/v1/series?unit=806&indicator=rice_output&from=1940&to=1950&at=1948-12-31",
      );
      expect([series.status, series.body.error.details.field]).toEqual([422, "from"]);
    });

    it("an anonymous write is refused 401 before its body is read or validated", async () => {
      const app = createApp({ store: ctx.store });
      for (const [method, path] of [
        ["POST", "/api/v1/plans"],
        ["POST", "/api/v1/observations"],
        ["PUT", "/api/v1/plans/kh-806"],
        ["DELETE", "/api/v1/plans/kh-806"],
        ["POST", "/api/v1/workflow"],
      ] as const) {
        const r = await app.request(path, {
          method,
          headers: { "content-type": "application/json" },
          ...(method === "DELETE" ? {} : { body: '{"not json' }),
        });
        expect([method, path, r.status]).toEqual([method, path, 401]);
      }
    });

    it("signing out with the session cookie needs the CSRF token, like every unsafe request", async () => {
      const session = await signedInAs(ctx.store, "cuong", []);
      const app = createApp({ store: ctx.store });
      const cookie = `chitieu_session=${session.token}`;
      const forged = await app.request("/api/v1/session", { method: "DELETE", headers: { cookie } });
      expect(forged.status).toBe(403);
      expect(await resumeSession(ctx.store.db, session.token)).toBeDefined();
      const real = await app.request("/api/v1/session", {
        method: "DELETE",
        headers: { cookie, "x-csrf-token": session.csrfToken },
      });
      expect(real.status).toBe(204);
      expect(await resumeSession(ctx.store.db, session.token)).toBeUndefined();
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      expect((await client(store).post("/api/v1/indicators", RICE)).status).toBe(201);
    },
  },
);
