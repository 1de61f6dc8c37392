import type { Command } from "commander";
import { formatNumber } from "../domain/numbers.ts";
import { CliError } from "./cli-error.ts";

export function registerDemo(program: Command): void {
  const demo = program.command("demo").description("illustrative data sets");
  demo
    .command("national")
    .description(
      "load the national demo: today's provinces and communes, made-up indicators, plans, targets and " +
        "observations (ILLUSTRATIVE); scale 1 ≈ 10^7 observations",
    )
    .option("--scale <scale>", "size: 1 ≈ 10^7 observations; 0.001 for a quick look", "0.01")
    .option("--seed <seed>", "random seed: the same seed and scale give the same data", "1")
    .option("--csv <file>", "write the observations to this CSV (for chitieu import) instead of loading them")
    .action(async (options: { scale: string; seed: string; csv?: string }) => {
      const scale = Number(options.scale);
      const seed = Number(options.seed);
      if (!(scale > 0 && scale <= 100))
        throw new CliError(`--scale: a number in (0, 100], not ${options.scale}`);
      if (!Number.isInteger(seed)) throw new CliError(`--seed: an integer, not ${options.seed}`);
      const [
        { readCatalogueFile, CATALOGUE_FILE },
        { loadCatalogue },
        { shapeNational, estimateRows },
        { loadNationalDemo },
        { openConfiguredStore },
      ] = await Promise.all([
        import("../db/catalogue-file.ts"),
        import("../app/load-catalogue.ts"),
        import("../demo/national.ts"),
        import("../app/load-national-demo.ts"),
        import("./open-store.ts"),
      ]);
      const catalogue = readCatalogueFile(CATALOGUE_FILE);
      const shape = shapeNational([...catalogue.units.values()], scale, seed);
      process.stderr.write(
        `national demo, scale ${scale}, seed ${seed}: ${shape.provinces.length} provinces, ${shape.communes.length} communes, ` +
          `${shape.indicators.length} indicators, ${shape.years[0]}-${shape.years.at(-1)}, ` +
          `about ${formatNumber(Math.round(estimateRows(shape)), "en")} observation rows\n`,
      );
      const store = await openConfiguredStore("demo national");
      try {
        await loadCatalogue(store.db, catalogue, { actor: "demo", source: "data/admin-units.json" });
        const started = performance.now();
        const result = await loadNationalDemo(store, shape, {
          csvFile: options.csv,
          onProgress: (rows) => {
            if (process.stderr.isTTY) process.stderr.write(`\r${formatNumber(rows, "en")} observation rows…`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write("\n");
        process.stdout.write(
          `loaded ${result.indicators} indicators, ${result.plans} plans, ${result.targets} targets` +
            (options.csv
              ? `; wrote ${result.csvRows} observation rows to ${options.csv}`
              : `, ${result.observations} observation rows`) +
            ` in ${((performance.now() - started) / 1000).toFixed(1)} s into ${store.location} (ILLUSTRATIVE)\n`,
        );
      } finally {
        await store.close();
      }
    });
}
