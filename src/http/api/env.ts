/** What every API handler finds on its context. */
import type { Logger } from "pino";
import type { Principal } from "../../app/auth/principal.ts";
import type { Store } from "../../db/connect.ts";
import type { ResponseCache } from "../response-cache.ts";

export interface ApiEnv {
  Variables: {
    store: Store;
    logger: Logger | undefined;
    /** The signed-in user, if any (from the session cookie or an `Authorization: Bearer` token). */
    principal: Principal | undefined;
    /** The session's CSRF token, for forms and cookie-authenticated API writes. */
    csrfToken: string | undefined;
    /** How the session came: a cookie needs a CSRF token on every unsafe request, a bearer does not. */
    sessionVia: "cookie" | "bearer" | undefined;
    /** Responses kept between writes; absent: every request computes (tests, stores without 0003). */
    cache: ResponseCache | undefined;
    /** Whether X-Forwarded-Proto and X-Forwarded-For come from a proxy of ours (config.trustProxy). */
    trustProxy: boolean;
    /** The site's public address, for links: never the request's Host (config.publicUrl). */
    publicUrl: string;
    /** The account that submitted a period may not approve it (config.separateDuties). */
    separateDuties: boolean;
  };
}
