/**
 * `chitieu serve`: open the store, fill an empty one with the catalogue and the demo, listen.
 * The store starts (the embedded PostgreSQL server, if no process runs it) while the HTTP modules load: a second
 * start on the same folder is meant to answer within 3 s (bench/serve-start.ts).
 */
import { loadConfig } from "../config.ts";
import { openStore } from "../db/connect.ts";
import { CliError } from "./cli-error.ts";

export async function runServe(options: { port?: string }): Promise<void> {
  const config = loadConfig();
  const port = options.port === undefined ? config.port : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(`--port: not a port: ${options.port}`);
  }
  const opening = openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: `chitieu serve --port ${port} (pid ${process.pid})`,
  });
  // A failure to open is reported once, below; this only keeps it from being "unhandled" meanwhile.
  opening.catch(() => {});
  const [{ serve }, logger, { createApp }, { prepareStore }, catalogueFile, demo, { ResponseCache }] =
    await Promise.all([
      import("@hono/node-server"),
      import("./logger.ts").then(({ createLogger }) => createLogger(config)),
      import("../http/app.ts"),
      import("../app/prepare-store.ts"),
      import("../db/catalogue-file.ts"),
      import("../demo/load-demo.ts"),
      import("../http/response-cache.ts"),
    ]);
  const store = await opening;
  try {
    await prepareStore(store.db, {
      catalogue: () => catalogueFile.readCatalogueFile(catalogueFile.CATALOGUE_FILE),
      catalogueSource: "data/admin-units.json",
      loadDemo: (db) => demo.loadDemo(db, { actor: "serve" }),
      log: (message) => logger.info(message),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  // Scorecards are kept in memory until the store reports a write (any server, any import).
  const cache = new ResponseCache();
  const stopWatching = await store.watchChanges((lost) => {
    cache.onChange(lost);
    if (lost) logger.warn("lost the store's change notifications: responses are no longer cached");
  });
  if (!stopWatching) cache.onChange(true);
  const app = createApp({
    store,
    logger,
    cache,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl ?? `http://localhost:${port}`,
    separateDuties: config.separateDuties,
  });
  await new Promise<void>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port }, (info) => {
      logger.info(
        {
          port: info.port,
          store: store.location,
          engine: store.engine,
          uptimeMs: Math.round(process.uptime() * 1000),
        },
        `chitieu serving on http://localhost:${info.port}`,
      );
    });
    server.once("error", (error) => {
      store.close().finally(() => reject(new CliError(`cannot listen on port ${port}: ${error.message}`)));
    });
    const stop = (signal: string) => {
      logger.info(`${signal}: stopping`);
      server.close(() => {
        (stopWatching ?? (async () => {}))()
          .catch(() => {})
          .then(() => store.close())
          .then(resolve, reject);
      });
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}
