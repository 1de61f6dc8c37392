/**
 * The one place that reads the environment (ARCHITECTURE.md "Contracts"). Validated once, frozen;
 * a bad value fails by name. Every variable is listed in .env.example.
 */
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  CHITIEU_DATA: z.string().min(1).default("./.chitieu"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z
    .enum(["", "auto", "json", "pretty"], { message: "must be json, pretty or auto" })
    .default("auto"),
  CHITIEU_TRUST_PROXY: z
    .enum(["", "0", "1", "false", "true"], { message: "must be 1, true, 0 or false" })
    .default("")
    .transform((v) => v === "1" || v === "true"),
  CHITIEU_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) address, such as https://chitieu.example.vn" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CHITIEU_SEPARATE_DUTIES: z
    .enum(["", "0", "1", "false", "true"], { message: "must be 1, true, 0 or false" })
    .default("")
    .transform((v) => v !== "0" && v !== "false"),
});

export interface Config {
  readonly port: number;
  /** Folder of the embedded store (its PostgreSQL cluster, embedded-cluster.ts), absolute. */
  readonly dataDir: string;
  /** PostgreSQL server to use instead of the embedded store. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /** json, pretty (one readable line per event), or auto: pretty on a terminal, json otherwise. */
  readonly logFormat: "auto" | "json" | "pretty";
  /**
   * The server sits behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto and
   * X-Forwarded-For: only then are those headers believed (anyone can send them otherwise).
   */
  readonly trustProxy: boolean;
  /**
   * The address the public reaches the site at (links in pages: share links, og:url). Never
   * taken from a request's Host, which anyone can forge. Undefined: the listening address.
   */
  readonly publicUrl: string | undefined;
  /** The account that submitted a period may not approve it (on unless set to 0). */
  readonly separateDuties: boolean;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads and checks the environment; throws a ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    dataDir: path.resolve(e.CHITIEU_DATA),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT === "" ? "auto" : e.LOG_FORMAT,
    trustProxy: e.CHITIEU_TRUST_PROXY,
    publicUrl: e.CHITIEU_PUBLIC_URL?.replace(/\/+$/, ""),
    separateDuties: e.CHITIEU_SEPARATE_DUTIES,
  });
}
