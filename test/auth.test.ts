import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/app/auth/password.ts";
import { resetPassword } from "../src/app/auth/password-reset.ts";
import { MAX_FAILURES_PER_ACCOUNT, resumeSession, signIn } from "../src/app/auth/sessions.ts";
import { addUser, changePassword, disableUser } from "../src/app/auth/users.ts";
import { openStore } from "../src/db/connect.ts";
import { createApp } from "../src/http/app.ts";
import { describeStore } from "./support/engines.ts";

const PASSWORD = "một mật khẩu đủ dài";

describe("passwords", () => {
  it("hashes with scrypt, salted, and verifies only the same password (NFC-normalised)", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD.normalize("NFD"), a)).toBe(true);
    expect(await verifyPassword("một mật khẩu đủ dàj", a)).toBe(false);
  });
});

describeStore("sign-in and sessions", import.meta.filename, (ctx) => {
  const add = (id: string) =>
    addUser(ctx.store.db, { id, name: "Lê Văn Cường", password: PASSWORD, grants: [] }, { actor: "test" });

  it("signs in, resumes the session by its token, and refuses a wrong password with 401", async () => {
    await add("cuong");
    const s = await signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
    expect((await resumeSession(ctx.store.db, s.token))?.principal.userId).toBe("cuong");
    await expect(
      signIn(ctx.store.db, { account: "cuong", password: "sai", address: "10.0.0.1" }),
    ).rejects.toMatchObject({
      status: 401,
    });
  });

  it("keeps no token in the database, only its hash", async () => {
    await add("cuong");
    const s = await signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
    const rows = await ctx.store.db.selectFrom("sessions").selectAll().execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(s.token);
  });

  it("refuses an expired session", async () => {
    await add("cuong");
    const s = await signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
    await sql`update sessions set expires_at = now() - interval '1 second'`.execute(ctx.store.db);
    expect(await resumeSession(ctx.store.db, s.token)).toBeUndefined();
  });

  it("rate-limits an account at an address (even with the right password) after 5 failures there, state in the database", async () => {
    await add("cuong");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await signIn(ctx.store.db, { account: "cuong", password: "sai", address: "10.0.0.5" }).catch(() => {});
    }
    await expect(
      signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.5" }),
    ).rejects.toMatchObject({ status: 429, details: { field: "account" } });
    // Failures spread over addresses do not lock the owner out of another one (issue 13).
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await signIn(ctx.store.db, { account: "cuong", password: "sai", address: `10.0.1.${i}` }).catch(
        () => {},
      );
    }
    await expect(
      signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.9.9.9" }),
    ).resolves.toMatchObject({ principal: { userId: "cuong" } });
  });

  it("rate-limits per address across accounts", async () => {
    await add("cuong");
    for (let i = 0; i < 20; i++) {
      await signIn(ctx.store.db, { account: `khac${i}`, password: "sai", address: "10.0.0.7" }).catch(
        () => {},
      );
    }
    await expect(
      signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.7" }),
    ).rejects.toMatchObject({ status: 429, details: { field: "address" } });
  });

  it("ends every session on a password change and on disabling, and a disabled account cannot sign in", async () => {
    await add("cuong");
    const s = await signIn(ctx.store.db, { account: "cuong", password: PASSWORD, address: "10.0.0.1" });
    await changePassword(ctx.store.db, "cuong", `${PASSWORD} mới`, { actor: "test" });
    expect(await resumeSession(ctx.store.db, s.token)).toBeUndefined();
    await disableUser(ctx.store.db, "cuong", { actor: "test" });
    await expect(
      signIn(ctx.store.db, { account: "cuong", password: `${PASSWORD} mới`, address: "10.0.0.1" }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it("sets an HttpOnly, SameSite=Strict, expiring cookie, and refuses a form without the CSRF token", async () => {
    await add("cuong");
    const app = createApp({ store: ctx.store });
    const login = await app.request("/workspace/login");
    const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
    const loginCookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const signed = await app.request("/workspace/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: loginCookie },
      body: new URLSearchParams({ _csrf: loginCsrf, account: "cuong", password: PASSWORD }).toString(),
    });
    expect(signed.status).toBe(303);
    const cookie = signed.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    const session = cookie.split(";")[0]!;
    const forged = await app.request("/workspace/logout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session },
      body: "",
    });
    expect(forged.status).toBe(403);
    const api = await app.request("/api/v1/sources", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session },
      body: JSON.stringify({ kind: "report", title: "Báo cáo" }),
    });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("csrf");
  });
});

describe("chitieu users", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const run = (args: string[], env: NodeJS.ProcessEnv, input = "") =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        "node",
        ["bin/chitieu.js", ...args],
        { cwd: root, env },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(input);
    });

  it("adds an account with a role, changes its password and disables it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-users-"));
    const env = { ...process.env, CHITIEU_DATA: dir, DATABASE_URL: "" };
    try {
      const added = await run(
        ["users", "add", "quan-tri", "--name", "Phạm Thị Dung", "--role", "administrator@all"],
        env,
        `${PASSWORD}\n`,
      );
      expect(added.stderr).toBe("");
      expect(added.stdout).toContain("added quan-tri with 1 role(s)");
      const short = await run(["users", "passwd", "quan-tri"], env, "ngan\n");
      expect(short.code).not.toBe(0);
      expect(short.stderr).toContain("password");
      expect((await run(["users", "passwd", "quan-tri"], env, `${PASSWORD} 2\n`)).code).toBe(0);
      expect((await run(["users", "disable", "quan-tri"], env)).code).toBe(0);
      const store = await openStore({ dataDir: dir });
      try {
        const user = await store.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
        expect(user).toMatchObject({ id: "quan-tri", name: "Phạm Thị Dung", disabled: true });
        expect(await verifyPassword(`${PASSWORD} 2`, user.password_hash!)).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("adds an account with a one-time code, lists who holds what, grants, revokes, enables, and prints a reset code once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu-users-"));
    const env = { ...process.env, CHITIEU_DATA: dir, DATABASE_URL: "" };
    try {
      const added = await run(["users", "add", "lan", "--name", "Nguyễn Thị Lan", "--code"], env);
      expect(added.stderr).toBe("");
      const code = /one-time code for lan: (\S+)/.exec(added.stdout)?.[1];
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect((await run(["users", "grant", "lan", "reviewer@all"], env)).code).toBe(0);
      expect((await run(["users", "grant", "lan", "viewer@all"], env)).code).toBe(0);
      expect((await run(["users", "revoke", "lan", "reviewer@all"], env)).code).toBe(0);
      const refused = await run(["users", "grant", "lan", "mayor@all"], env);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain("no role mayor");
      expect((await run(["users", "disable", "lan"], env)).code).toBe(0);
      expect((await run(["users", "list"], env)).stdout).toBe("lan\tNguyễn Thị Lan\tdisabled\tviewer@all\n");
      expect((await run(["users", "reset", "lan"], env)).stderr).toContain("disabled");
      expect((await run(["users", "enable", "lan"], env)).code).toBe(0);
      const reset = await run(["users", "reset", "lan"], env);
      const second = /one-time code for lan: (\S+)/.exec(reset.stdout)?.[1];
      expect(second).toBeDefined();
      expect(second).not.toBe(code);
      const store = await openStore({ dataDir: dir });
      try {
        await expect(resetPassword(store.db, { code: code!, password: PASSWORD })).rejects.toMatchObject({
          details: { field: "code" },
        });
        await resetPassword(store.db, { code: second!, password: PASSWORD });
        const user = await store.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
        expect(await verifyPassword(PASSWORD, user.password_hash!)).toBe(true);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
