import type { Command } from "commander";

export function registerUnits(program: Command): void {
  const units = program.command("units").description("the catalogue of administrative units");
  units
    .command("load")
    .description("load the unit catalogue (data/admin-units.json) into the store")
    .option("--file <path>", "a catalogue file (default: data/admin-units.json of chitieu)")
    .option("--replace", "replace the units the store holds (refused once plans refer to them)")
    .action(async (options: { file?: string; replace?: boolean }) => {
      // Loaded on use, as every command's store modules: `chitieu --help` need not pay for them.
      const [{ loadCatalogue }, { CATALOGUE_FILE, readCatalogueFile }, { openConfiguredStore }] =
        await Promise.all([
          import("../app/load-catalogue.ts"),
          import("../db/catalogue-file.ts"),
          import("./open-store.ts"),
        ]);
      const file = options.file ?? CATALOGUE_FILE;
      const catalogue = readCatalogueFile(file);
      const store = await openConfiguredStore("units load");
      try {
        const result = await loadCatalogue(store.db, catalogue, {
          actor: "cli",
          source: file,
          ...(options.replace ? { replace: true } : {}),
        });
        process.stdout.write(
          result.loaded
            ? `loaded ${result.units} units and ${result.changes} changes into ${store.location}\n`
            : `the store in ${store.location} already holds ${result.units} units; --replace to load again\n`,
        );
      } finally {
        await store.close();
      }
    });
}
