import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to port 3000 and the embedded store in ./.chitieu", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir.endsWith(".chitieu")).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it("reads PORT, CHITIEU_DATA and DATABASE_URL, and freezes the result", () => {
    const config = loadConfig({ PORT: "8080", CHITIEU_DATA: "/tmp/x", DATABASE_URL: "postgres://u@h/db" });
    expect(config).toMatchObject({ port: 8080, dataDir: "/tmp/x", databaseUrl: "postgres://u@h/db" });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("believes a proxy's X-Forwarded-* headers only when CHITIEU_TRUST_PROXY says so", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CHITIEU_TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(loadConfig({ CHITIEU_TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(() => loadConfig({ CHITIEU_TRUST_PROXY: "yes" })).toThrow(
      /^environment variable CHITIEU_TRUST_PROXY:/,
    );
  });

  it("guesses the log's format from the terminal unless LOG_FORMAT names one", () => {
    expect(loadConfig({}).logFormat).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/^environment variable LOG_FORMAT:/);
  });

  it("fails naming the variable at fault", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/^environment variable PORT:/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });
});
