/**
 * `chitieu backup FILE` and `chitieu restore FILE [--force]`: the whole store, the embedded
 * one or a PostgreSQL server's, to one file and back (src/db/backup.ts says how each engine does it).
 */
import { statSync } from "node:fs";
import type { Command } from "commander";
import { CliError } from "./cli-error.ts";

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description(
      "write the whole store to FILE (embedded: its cluster folder, gzipped; PostgreSQL: pg_dump -Fc)",
    )
    .argument("<file>", "the backup file to write (replaced if it exists)")
    .action(async (file: string) => {
      const [{ backupStore, BackupError }, { configuredStoreOptions }] = await Promise.all([
        import("../db/backup.ts"),
        import("./open-store.ts"),
      ]);
      const started = performance.now();
      try {
        const outcome = await backupStore(configuredStoreOptions("backup"), file);
        process.stdout.write(
          `backed up ${outcome.location} (${outcome.engine}) to ${file}: ${statSync(file).size} bytes ` +
            `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        );
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message);
        throw error;
      }
    });
  program
    .command("restore")
    .description("replace the store with a backup made by chitieu backup (refused on a non-empty store)")
    .argument("<file>", "a file written by chitieu backup, from the same kind of store")
    .option("--force", "replace a store that holds data")
    .action(async (file: string, options: { force?: boolean }) => {
      const [{ restoreStore, BackupError }, { configuredStoreOptions }] = await Promise.all([
        import("../db/backup.ts"),
        import("./open-store.ts"),
      ]);
      const started = performance.now();
      try {
        const outcome = await restoreStore(configuredStoreOptions("restore"), file, {
          force: options.force === true,
        });
        process.stdout.write(
          `restored ${file} into ${outcome.location} (${outcome.engine}) ` +
            `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        );
      } catch (error) {
        if (error instanceof BackupError) throw new CliError(error.message);
        throw error;
      }
    });
}
