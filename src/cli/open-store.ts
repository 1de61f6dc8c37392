/** The store the CLI works on: the configuration's, its lock naming this command. */
import { loadConfig } from "../config.ts";
import { openStore, type Store } from "../db/connect.ts";

export async function openConfiguredStore(command: string): Promise<Store> {
  const config = loadConfig();
  return openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: `chitieu ${command} (pid ${process.pid})`,
  });
}
