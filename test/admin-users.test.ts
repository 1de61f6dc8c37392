/**
 * Administration of accounts (issue 16, part 5) through the use-cases the workspace pages and
 * `chitieu users` both call: who may manage which account (an administrator over a unit manages
 * the roles on it and under it, and the accounts wholly inside it), one-time reset codes, disabling,
 * grants, and the audit entry of each change.
 */
import { sql } from "kysely";
import { expect, it } from "vitest";
import { normalizeResetCode, resetPassword } from "../src/app/auth/password-reset.ts";
import type { Principal } from "../src/app/auth/principal.ts";
import { resumeSession, signIn } from "../src/app/auth/sessions.ts";
import {
  addUser,
  disableUser,
  enableUser,
  grantRole,
  issuePasswordReset,
  listAccounts,
  readAccount,
  revokeRole,
} from "../src/app/auth/users.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { resolveGrantUnit } from "../src/app/units.ts";
import { listAudit } from "../src/db/audit.ts";
import { ROLES, type RoleGrant } from "../src/db/users.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { describeStore } from "./support/engines.ts";

const CAN_DUOC = "806@-2025-06-30";
const UNDER = "28108@-2025-06-30";
const KIEN_TUONG = "795@-2025-06-30";
const PASSWORD = "một mật khẩu đủ dài";
const CLI = { actor: "cli" };

const as = (userId: string, grants: RoleGrant[]): Principal => ({ userId, name: userId, grants });
const ctxOf = (who: Principal) => ({ actor: who.userId, principal: who });
const nationalAdmin = as("quantri", [{ role: "administrator", unitId: null }]);
const districtAdmin = as("quantri.cd", [{ role: "administrator", unitId: CAN_DUOC }]);

describeStore(
  "administration of accounts",
  import.meta.filename,
  (ctx) => {
    const db = () => ctx.store.db;
    const seedAccounts = async () => {
      await addUser(
        db(),
        { id: nationalAdmin.userId, name: "Quản trị", password: PASSWORD, grants: [...nationalAdmin.grants] },
        CLI,
      );
      await addUser(
        db(),
        {
          id: districtAdmin.userId,
          name: "Quản trị Cần Đước",
          password: PASSWORD,
          grants: [...districtAdmin.grants],
        },
        CLI,
      );
      await addUser(
        db(),
        {
          id: "cuong",
          name: "Lê Văn Cường",
          password: PASSWORD,
          grants: [{ role: "officer", unitId: UNDER }],
        },
        CLI,
      );
      await addUser(
        db(),
        {
          id: "hai.noi",
          name: "Trần Thị Hai",
          password: PASSWORD,
          grants: [
            { role: "planner", unitId: CAN_DUOC },
            { role: "planner", unitId: KIEN_TUONG },
          ],
        },
        CLI,
      );
    };

    it("creates an account without a password with a one-time code: only its hash is kept, it sets the password once, and signs in", async () => {
      await seedAccounts();
      const created = await addUser(
        db(),
        { id: "Lan", name: "Nguyễn Thị Lan", grants: [{ role: "planner", unitId: UNDER }] },
        ctxOf(districtAdmin),
      );
      expect(created.account).toBe("lan");
      const code = created.code!;
      expect(code.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      const hours = (Date.parse(code.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
      const stored = JSON.stringify(await sql`select * from password_resets`.execute(db()));
      const audit = JSON.stringify(await listAudit(db()));
      expect(stored).not.toContain(code.code);
      expect(audit).not.toContain(code.code);
      await expect(
        signIn(db(), { account: "lan", password: PASSWORD, address: "10.0.0.1" }),
      ).rejects.toMatchObject({
        code: "bad_credentials",
      });

      // Too short a password is refused, and the code stays good for the next try.
      await expect(resetPassword(db(), { code: code.code, password: "ngắn" })).rejects.toMatchObject({
        details: { field: "password" },
      });
      // Typed over the telephone: lower case, spaces for dashes.
      const typed = code.code.toLowerCase().replace(/-/g, " ");
      expect(await resetPassword(db(), { code: typed, password: PASSWORD })).toEqual({ account: "lan" });
      expect(
        (await signIn(db(), { account: "lan", password: PASSWORD, address: "10.0.0.1" })).principal.userId,
      ).toBe("lan");
      await expect(
        resetPassword(db(), { code: code.code, password: `${PASSWORD} nữa` }),
      ).rejects.toMatchObject({
        code: "invalid",
        details: { field: "code" },
      });
    });

    it("reads O as 0 and I or L as 1 in a typed code", () => {
      expect(normalizeResetCode("o1il-ab")).toBe(normalizeResetCode("0111AB"));
    });

    it("refuses an expired code, and a new code withdraws the one before", async () => {
      await seedAccounts();
      const first = await issuePasswordReset(db(), "cuong", ctxOf(districtAdmin));
      const second = await issuePasswordReset(db(), "cuong", ctxOf(districtAdmin));
      await expect(resetPassword(db(), { code: first.code, password: PASSWORD })).rejects.toMatchObject({
        details: { field: "code" },
      });
      await sql`update password_resets set expires_at = now() - interval '1 second'`.execute(db());
      await expect(resetPassword(db(), { code: second.code, password: PASSWORD })).rejects.toMatchObject({
        details: { field: "code" },
      });
    });

    it("a reset ends every session of the account", async () => {
      await seedAccounts();
      const session = await signIn(db(), { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
      const { code } = await issuePasswordReset(db(), "cuong", CLI);
      await resetPassword(db(), { code, password: `${PASSWORD} mới` });
      expect(await resumeSession(db(), session.token)).toBeUndefined();
    });

    it("an administrator over a district lists the accounts with a role in it, and manages only those wholly inside it", async () => {
      await seedAccounts();
      const seen = await listAccounts(db(), districtAdmin);
      expect(seen.map((a) => [a.id, a.manageable])).toEqual([
        ["cuong", true],
        ["hai.noi", false],
        ["quantri.cd", true],
      ]);
      const hai = seen.find((a) => a.id === "hai.noi")!;
      expect(hai.grants.map((g) => [g.unitCode, g.revocable])).toEqual([
        ["795", false],
        ["806", true],
      ]);
      expect(hai.grants.find((g) => g.unitCode === "806")?.unitName).toEqual({
        vi: "Cần Đước",
        en: "Cần Đước",
      });
      expect((await listAccounts(db(), nationalAdmin)).map((a) => a.id)).toEqual([
        "cuong",
        "hai.noi",
        "quantri",
        "quantri.cd",
      ]);
      expect((await listAccounts(db(), nationalAdmin, { query: "cuong" })).map((a) => a.name)).toEqual([
        "Lê Văn Cường",
      ]);
    });

    it("an administrator over a district cannot touch an account it manages no role of (404), nor one with roles elsewhere (403)", async () => {
      await seedAccounts();
      const d = ctxOf(districtAdmin);
      await expect(readAccount(db(), districtAdmin, "quantri")).rejects.toMatchObject({ status: 404 });
      await expect(disableUser(db(), "quantri", d)).rejects.toMatchObject({ status: 404 });
      await expect(issuePasswordReset(db(), "quantri", d)).rejects.toMatchObject({ status: 404 });
      await expect(disableUser(db(), "hai.noi", d)).rejects.toMatchObject({ status: 403 });
      await expect(issuePasswordReset(db(), "hai.noi", d)).rejects.toMatchObject({ status: 403 });
      await expect(
        revokeRole(db(), "hai.noi", { role: "planner", unitId: KIEN_TUONG }, d),
      ).rejects.toMatchObject({
        status: 403,
      });
      // Its role in the district is the district's to take away.
      await revokeRole(db(), "hai.noi", { role: "planner", unitId: CAN_DUOC }, d);
      await expect(readAccount(db(), districtAdmin, "hai.noi")).rejects.toMatchObject({ status: 404 });
    });

    it("names a grant's unit by id, by a code in force today, or by the code of a unit abolished since", async () => {
      // 806, Cần Đước district, ceased on 1 July 2025: its code names it still, as no unit bears it now.
      expect((await resolveGrantUnit(db(), "806", "unit")).id).toBe(CAN_DUOC);
      // 80 was Long An until the merger, and is the new province's code today: today's wins.
      expect((await resolveGrantUnit(db(), "80", "unit")).id).toBe("80@2025-07-01");
      expect((await resolveGrantUnit(db(), "80@-2025-06-30", "unit")).id).toBe("80@-2025-06-30");
      await expect(resolveGrantUnit(db(), "99999", "unit")).rejects.toMatchObject({
        status: 422,
        details: { field: "unit" },
      });
    });

    it("an administrator over a district gives roles in it and under it, never outside it nor over every unit", async () => {
      await seedAccounts();
      const d = ctxOf(districtAdmin);
      const add = (id: string, grant: RoleGrant) =>
        addUser(db(), { id, name: id, password: PASSWORD, grants: [grant] }, d);
      await add("a.under", { role: "planner", unitId: UNDER });
      await expect(add("a.out", { role: "planner", unitId: KIEN_TUONG })).rejects.toMatchObject({
        status: 403,
      });
      await expect(add("a.all", { role: "viewer", unitId: null })).rejects.toMatchObject({ status: 403 });
      await expect(
        addUser(db(), { id: "a.none", name: "x", password: PASSWORD, grants: [] }, d),
      ).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        grantRole(db(), "cuong", { role: "reviewer", unitId: KIEN_TUONG }, d),
      ).rejects.toMatchObject({
        status: 403,
      });
      await grantRole(db(), "cuong", { role: "reviewer", unitId: CAN_DUOC }, d);
      await expect(grantRole(db(), "cuong", { role: "reviewer", unitId: CAN_DUOC }, d)).rejects.toMatchObject(
        {
          status: 409,
        },
      );
      await expect(
        grantRole(db(), "cuong", { role: "viewer", unitId: "nowhere" }, ctxOf(nationalAdmin)),
      ).rejects.toMatchObject({
        status: 422,
        details: { field: "unit" },
      });
      expect(
        (await db().selectFrom("users").select("id").where("id", "like", "a.%").execute()).map((r) => r.id),
      ).toEqual(["a.under"]);
    });

    it("no other role manages accounts, over its own unit or any", async () => {
      await seedAccounts();
      for (const role of ROLES.filter((r) => r !== "administrator")) {
        const who = as(`x.${role}`, [{ role, unitId: CAN_DUOC }]);
        await expect(listAccounts(db(), who)).rejects.toMatchObject({ status: 403 });
        await expect(readAccount(db(), who, "cuong")).rejects.toMatchObject({ status: 403 });
        await expect(
          addUser(
            db(),
            { id: `new.${role}`, name: "x", password: PASSWORD, grants: [{ role: "viewer", unitId: UNDER }] },
            ctxOf(who),
          ),
        ).rejects.toMatchObject({ status: 403 });
        await expect(disableUser(db(), "cuong", ctxOf(who))).rejects.toMatchObject({ status: 403 });
        await expect(issuePasswordReset(db(), "cuong", ctxOf(who))).rejects.toMatchObject({ status: 403 });
        await expect(
          grantRole(db(), "cuong", { role: "viewer", unitId: UNDER }, ctxOf(who)),
        ).rejects.toMatchObject({
          status: 403,
        });
      }
    });

    it("disabling ends the account's sessions and refuses its sign-in until it is enabled; an administrator cannot disable themself", async () => {
      await seedAccounts();
      const session = await signIn(db(), { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
      await disableUser(db(), "cuong", ctxOf(districtAdmin));
      expect(await resumeSession(db(), session.token)).toBeUndefined();
      await expect(
        signIn(db(), { account: "cuong", password: PASSWORD, address: "10.0.0.1" }),
      ).rejects.toMatchObject({
        code: "bad_credentials",
      });
      expect((await readAccount(db(), districtAdmin, "cuong")).disabled).toBe(true);
      await expect(issuePasswordReset(db(), "cuong", ctxOf(districtAdmin))).rejects.toMatchObject({
        details: { field: "account" },
      });
      await enableUser(db(), "cuong", ctxOf(districtAdmin));
      expect(
        (await signIn(db(), { account: "cuong", password: PASSWORD, address: "10.0.0.1" })).principal.userId,
      ).toBe("cuong");
      await expect(disableUser(db(), "quantri.cd", ctxOf(districtAdmin))).rejects.toMatchObject({
        details: { field: "account" },
      });
      await expect(
        revokeRole(db(), "quantri.cd", { role: "administrator", unitId: CAN_DUOC }, ctxOf(districtAdmin)),
      ).rejects.toMatchObject({ details: { field: "role" } });
    });

    it("audits each change with who made it, and a grant with its unit", async () => {
      await seedAccounts();
      const d = ctxOf(districtAdmin);
      await grantRole(db(), "cuong", { role: "reviewer", unitId: CAN_DUOC }, d);
      await revokeRole(db(), "cuong", { role: "officer", unitId: UNDER }, d);
      await disableUser(db(), "cuong", d);
      await enableUser(db(), "cuong", d);
      await issuePasswordReset(db(), "cuong", d);
      const entries = (await listAudit(db(), { entity: "user", entityId: "cuong" })).map((e) => [
        e.actor,
        e.after,
      ]);
      expect(entries.slice(1)).toEqual([
        ["quantri.cd", { grant: "added", role: "reviewer", unitId: CAN_DUOC }],
        ["quantri.cd", { grant: "revoked", role: "officer", unitId: UNDER }],
        ["quantri.cd", { disabled: true }],
        ["quantri.cd", { disabled: false }],
        ["quantri.cd", { passwordReset: "issued", expiresAt: expect.any(String) }],
      ]);
      expect((await listAudit(db(), { unitIds: [CAN_DUOC] })).map((e) => e.entityId)).toContain("cuong");
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
