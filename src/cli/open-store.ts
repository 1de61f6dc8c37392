/** The store the CLI works on: the configuration's, its lock naming this command. */
import { loadConfig } from "../config.ts";
import { openStore, type Store } from "../db/connect.ts";

/** Where the configured store is, and how its lock names this command. */
export function configuredStoreOptions(command: string): {
  databaseUrl: string | undefined;
  dataDir: string;
  command: string;
} {
  const config = loadConfig();
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: `chitieu ${command} (pid ${process.pid})`,
  };
}

export async function openConfiguredStore(command: string): Promise<Store> {
  return openStore(configuredStoreOptions(command));
}
