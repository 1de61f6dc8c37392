import type { Command } from "commander";
import { loadCatalogue } from "../app/load-catalogue.ts";
import { CATALOGUE_FILE, readCatalogueFile } from "../db/catalogue-file.ts";
import { openConfiguredStore } from "./open-store.ts";

export function registerUnits(program: Command): void {
  const units = program.command("units").description("the catalogue of administrative units");
  units
    .command("load")
    .description("load the unit catalogue (data/admin-units.json) into the store")
    .option("--file <path>", "a catalogue file", CATALOGUE_FILE)
    .option("--replace", "replace the units the store holds (refused once plans refer to them)")
    .action(async (options: { file: string; replace?: boolean }) => {
      const catalogue = readCatalogueFile(options.file);
      const store = await openConfiguredStore("units load");
      try {
        const result = await loadCatalogue(store.db, catalogue, {
          actor: "cli",
          source: options.file,
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
