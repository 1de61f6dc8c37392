import type { Command } from "commander";
import { CliError } from "./cli-error.ts";

/** `chitieu units-of-measure`: the units of measure an administrator adds, and all known. */
export function registerUnitsOfMeasure(program: Command): void {
  const command = program
    .command("units-of-measure")
    .description("units of measure (đơn vị tính): list them, or add one the built-in list lacks");
  command
    .command("list")
    .description("print every unit of measure known: built in and added")
    .action(async () => {
      const [{ readUnitsOfMeasure }, { openConfiguredStore }] = await Promise.all([
        import("../app/units-of-measure.ts"),
        import("./open-store.ts"),
      ]);
      const store = await openConfiguredStore("units-of-measure list");
      try {
        for (const u of readUnitsOfMeasure()) {
          process.stdout.write(`${u.code}\t${u.name.en}\t${u.dimension}\t${u.factor}\n`);
        }
      } finally {
        await store.close();
      }
    });
  command
    .command("add")
    .description("add a unit of measure (kept in the store, known to every command from then on)")
    .requiredOption("--code <code>", 'the unit as written: "lượt khách"')
    .requiredOption("--en <name>", 'its English name: "visits"')
    .requiredOption(
      "--dimension <dimension>",
      "what it measures: a known dimension (people, mass…) or a new one",
    )
    .option("--factor <n>", "how many base units of its dimension one of this is worth", "1")
    .action(async (options: { code: string; en: string; dimension: string; factor: string }) => {
      const factor = Number(options.factor);
      if (!Number.isFinite(factor) || factor <= 0) {
        throw new CliError(`--factor: expected a positive number, got "${options.factor}"`, 2);
      }
      const [{ addUnitOfMeasure }, { AppError }, { openConfiguredStore }] = await Promise.all([
        import("../app/units-of-measure.ts"),
        import("../app/errors.ts"),
        import("./open-store.ts"),
      ]);
      const store = await openConfiguredStore("units-of-measure add");
      try {
        const unit = await addUnitOfMeasure(
          store.db,
          {
            code: options.code,
            name: { vi: options.code, en: options.en },
            dimension: options.dimension,
            factor,
          },
          { actor: "cli" },
        );
        process.stdout.write(
          `added ${unit.code} (${unit.dimension}, × ${unit.factor}) to ${store.location}\n`,
        );
      } catch (error) {
        if (error instanceof AppError) throw new CliError(`units-of-measure add: ${error.message}`);
        throw error;
      } finally {
        await store.close();
      }
    });
}
