import { PassThrough } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

/** A stream that says whether it is a terminal, and what was written to it. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return {
    stream: Object.assign(stream, { isTTY }) as unknown as NodeJS.WriteStream,
    written: () => text,
  };
}

describe("createLogger", () => {
  it("writes one JSON object per line to a pipe", async () => {
    const out = fakeStream(false);
    const logger = await createLogger({ logLevel: "info", logFormat: "auto" }, out.stream);
    logger.info({ port: 3000 }, "chitieu serving");
    await new Promise((r) => setImmediate(r));
    const line = JSON.parse(out.written().trim());
    expect(line).toMatchObject({ level: 30, msg: "chitieu serving", port: 3000 });
  });

  it("writes one readable line with the time and the level on a terminal", async () => {
    const out = fakeStream(true);
    const logger = await createLogger({ logLevel: "info", logFormat: "auto" }, out.stream);
    logger.warn("lost the store's change notifications");
    await new Promise((r) => setImmediate(r));
    // Colours aside: "[08:30:00.123] WARN: lost the store's change notifications".
    const plain = stripVTControlCharacters(out.written());
    expect(plain).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: lost the store's change notifications\n$/);
  });

  it("follows LOG_FORMAT over the guess", async () => {
    const toTerminal = fakeStream(true);
    (await createLogger({ logLevel: "info", logFormat: "json" }, toTerminal.stream)).info("x");
    const toPipe = fakeStream(false);
    (await createLogger({ logLevel: "info", logFormat: "pretty" }, toPipe.stream)).info("y");
    await new Promise((r) => setImmediate(r));
    expect(JSON.parse(toTerminal.written()).msg).toBe("x");
    expect(toPipe.written()).toMatch(/^\[[\d:.]+\] INFO: y\n$/);
  });
});
