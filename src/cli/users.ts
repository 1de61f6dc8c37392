/**
 * `chitieu users list|add|passwd|reset|disable|enable|grant|revoke`: accounts of the workspace,
 * through the same use-cases as the workspace's administration pages (src/app/auth/users.ts).
 * A password is read from standard input (one line), never from the command line where `ps`
 * would show it; `add --code` and `reset` print a one-time code instead, once.
 */
import type { Command } from "commander";
import type { RoleGrant } from "../db/users.ts";
import { ROLES, type Role } from "../domain/roles.ts";
import { CliError } from "./cli-error.ts";

const CLI = { actor: "cli" } as const;

/** The store's modules, loaded when a subcommand runs: `chitieu --help` need not pay for them. */
const load = async () => {
  const [users, { AppError }, { resolveGrantUnit }, { openConfiguredStore }] = await Promise.all([
    import("../app/auth/users.ts"),
    import("../app/errors.ts"),
    import("../app/units.ts"),
    import("./open-store.ts"),
  ]);
  const asCli = (error: unknown): never => {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  };
  return { ...users, asCli, resolveGrantUnit, openConfiguredStore };
};

type Loaded = Awaited<ReturnType<typeof load>>;
type Store = Awaited<ReturnType<Loaded["openConfiguredStore"]>>;

/** Opens the store, runs `work`, turns a refusal into the command's error, closes the store. */
async function withStore(what: string, work: (store: Store, m: Loaded) => Promise<void>): Promise<void> {
  const m = await load();
  const store = await m.openConfiguredStore(`users ${what}`);
  try {
    await work(store, m).catch(m.asCli);
  } finally {
    await store.close();
  }
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password (one line): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  if (!line) throw new CliError("password: give it on standard input");
  return line;
}

/** "planner@80" → a role over the unit of code or id 80 (see resolveGrantUnit), "administrator@all" → every unit. */
async function readGrant(store: Store, m: Loaded, spec: string, option: string): Promise<RoleGrant> {
  const [role, unit] = spec.split("@", 2) as [string, string | undefined];
  if (!ROLES.includes(role as Role))
    throw new CliError(`${option} ${spec}: no role ${role} (${ROLES.join(", ")})`);
  if (!unit) throw new CliError(`${option} ${spec}: name the unit after @ (or @all)`);
  const unitId = unit === "all" ? null : (await m.resolveGrantUnit(store.db, unit, option)).id;
  return { role: role as Role, unitId };
}

const printCode = (code: { account: string; code: string; expiresAt: string }) =>
  process.stdout.write(
    `one-time code for ${code.account}: ${code.code}\n` +
      `valid until ${code.expiresAt}; shown only now. The person sets a password with it at /workspace/reset\n`,
  );

export function registerUsers(program: Command): void {
  const users = program.command("users").description("workspace accounts and their roles");
  const roleHelp = `a role (${ROLES.join(", ")}) over a unit code or id and everything under it, or over every unit with @all`;
  users
    .command("list")
    .description("every account, whether it is disabled, and its roles over units")
    .action(() =>
      withStore("list", async (store, m) => {
        for (const a of await m.listAccounts(store.db, undefined)) {
          const roles = a.grants.map(
            (g) => `${g.role}@${g.unitCode ?? (g.unitId === null ? "all" : g.unitId)}`,
          );
          process.stdout.write(
            `${a.id}\t${a.name}\t${a.disabled ? "disabled" : "enabled"}\t${roles.join(" ")}\n`,
          );
        }
      }),
    );
  users
    .command("add <account>")
    .description(
      "add an account; the password is read from standard input, or a one-time code is printed (--code)",
    )
    .requiredOption("--name <name>", "the person's full name")
    .option("--email <email>", "e-mail address")
    .option("--role <role@unit...>", roleHelp)
    .option("--code", "print a one-time code with which the person sets their own password")
    .action(
      async (account: string, options: { name: string; email?: string; role?: string[]; code?: boolean }) => {
        const password = options.code ? undefined : await readPassword();
        await withStore("add", async (store, m) => {
          const grants: RoleGrant[] = [];
          for (const spec of options.role ?? []) grants.push(await readGrant(store, m, spec, "--role"));
          const added = await m.addUser(
            store.db,
            { id: account, name: options.name, email: options.email, password, grants },
            CLI,
          );
          process.stdout.write(`added ${added.account} with ${grants.length} role(s)\n`);
          if (added.code) printCode(added.code);
        });
      },
    );
  users
    .command("passwd <account>")
    .description("set a new password (read from standard input); signs the account out everywhere")
    .action(async (account: string) => {
      const password = await readPassword();
      await withStore("passwd", async (store, m) => {
        await m.changePassword(store.db, account, password, CLI);
        process.stdout.write(`password of ${account} changed\n`);
      });
    });
  users
    .command("reset <account>")
    .description("print a one-time code (valid 24 hours) with which the person sets a new password")
    .action((account: string) =>
      withStore("reset", async (store, m) => {
        printCode(await m.issuePasswordReset(store.db, account, CLI));
      }),
    );
  users
    .command("disable <account>")
    .description("disable an account and end its sessions")
    .action((account: string) =>
      withStore("disable", async (store, m) => {
        await m.disableUser(store.db, account, CLI);
        process.stdout.write(`${account} disabled\n`);
      }),
    );
  users
    .command("enable <account>")
    .description("enable a disabled account")
    .action((account: string) =>
      withStore("enable", async (store, m) => {
        await m.enableUser(store.db, account, CLI);
        process.stdout.write(`${account} enabled\n`);
      }),
    );
  users
    .command("grant <account> <role@unit>")
    .description(`give an account ${roleHelp}`)
    .action((account: string, spec: string) =>
      withStore("grant", async (store, m) => {
        await m.grantRole(store.db, account, await readGrant(store, m, spec, "grant"), CLI);
        process.stdout.write(`${account}: ${spec} granted\n`);
      }),
    );
  users
    .command("revoke <account> <role@unit>")
    .description("take a role over a unit away from an account")
    .action((account: string, spec: string) =>
      withStore("revoke", async (store, m) => {
        await m.revokeRole(store.db, account, await readGrant(store, m, spec, "revoke"), CLI);
        process.stdout.write(`${account}: ${spec} revoked\n`);
      }),
    );
}
