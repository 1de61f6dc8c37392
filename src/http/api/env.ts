/** What every API handler finds on its context. */
import type { Logger } from "pino";
import type { Store } from "../../db/connect.ts";

export interface ApiEnv {
  Variables: {
    store: Store;
    logger: Logger | undefined;
  };
}
