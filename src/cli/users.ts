/**
 * `chitieu users add|passwd|disable`: accounts of the workspace. The password is read from
 * standard input (one line), never from the command line where `ps` would show it.
 */
import type { Command } from "commander";
import type { RoleGrant } from "../db/users.ts";
import { ROLES, type Role } from "../domain/roles.ts";
import { CliError } from "./cli-error.ts";

/** The store's modules, loaded when a subcommand runs: `chitieu --help` need not pay for them. */
const load = async () => {
  const [users, { AppError }, { resolveUnit }, { openConfiguredStore }] = await Promise.all([
    import("../app/auth/users.ts"),
    import("../app/errors.ts"),
    import("../app/units.ts"),
    import("./open-store.ts"),
  ]);
  const asCli = (error: unknown): never => {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  };
  return { ...users, asCli, resolveUnit, openConfiguredStore };
};

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password (one line): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  if (!line) throw new CliError("password: give it on standard input");
  return line;
}

export function registerUsers(program: Command): void {
  const users = program.command("users").description("workspace accounts and their roles");
  users
    .command("add <account>")
    .description("add an account; the password is read from standard input")
    .requiredOption("--name <name>", "the person's full name")
    .option("--email <email>", "e-mail address")
    .option(
      "--role <role@unit...>",
      `a role (${ROLES.join(", ")}) over a unit code or id and everything under it, or over every unit with @all`,
    )
    .action(async (account: string, options: { name: string; email?: string; role?: string[] }) => {
      const password = await readPassword();
      const { addUser, asCli, resolveUnit, openConfiguredStore } = await load();
      const store = await openConfiguredStore("users add");
      try {
        const today = new Date().toISOString().slice(0, 10);
        const grants: RoleGrant[] = [];
        for (const spec of options.role ?? []) {
          const [role, unit] = spec.split("@", 2) as [string, string | undefined];
          if (!ROLES.includes(role as Role)) throw new CliError(`--role ${spec}: no role ${role}`);
          if (!unit) throw new CliError(`--role ${spec}: name the unit after @ (or @all)`);
          const unitId = unit === "all" ? null : (await resolveUnit(store.db, unit, today, "--role")).id;
          grants.push({ role: role as Role, unitId });
        }
        await addUser(
          store.db,
          { id: account, name: options.name, email: options.email, password, grants },
          "cli",
        ).catch(asCli);
        process.stdout.write(`added ${account} with ${grants.length} role(s)\n`);
      } catch (error) {
        asCli(error);
      } finally {
        await store.close();
      }
    });
  users
    .command("passwd <account>")
    .description("set a new password (read from standard input); signs the account out everywhere")
    .action(async (account: string) => {
      const password = await readPassword();
      const { changePassword, asCli, openConfiguredStore } = await load();
      const store = await openConfiguredStore("users passwd");
      try {
        await changePassword(store.db, account, password, "cli").catch(asCli);
        process.stdout.write(`password of ${account} changed\n`);
      } finally {
        await store.close();
      }
    });
  users
    .command("disable <account>")
    .description("disable an account and end its sessions")
    .action(async (account: string) => {
      const { disableUser, asCli, openConfiguredStore } = await load();
      const store = await openConfiguredStore("users disable");
      try {
        await disableUser(store.db, account, "cli").catch(asCli);
        process.stdout.write(`${account} disabled\n`);
      } finally {
        await store.close();
      }
    });
}
