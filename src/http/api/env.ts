/** What every API handler finds on its context. */
import type { Logger } from "pino";
import type { Store } from "../../db/connect.ts";
import type { ResponseCache } from "../response-cache.ts";

export interface ApiEnv {
  Variables: {
    store: Store;
    logger: Logger | undefined;
    /** Responses kept between writes; absent: every request computes (tests, stores without 0003). */
    cache: ResponseCache | undefined;
  };
}
