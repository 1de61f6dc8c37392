/**
 * The server's log: one JSON object per line for a pipe, a file or a service manager (journald,
 * a container's collector), and one readable line per event (time, level, message) on a person's
 * terminal, by pino-pretty. LOG_FORMAT=json or pretty overrides the guess made from the stream.
 */
import type { DestinationStream, Logger } from "pino";
import type { Config } from "../config.ts";

export async function createLogger(
  config: Pick<Config, "logLevel" | "logFormat">,
  stream: NodeJS.WriteStream = process.stdout,
): Promise<Logger> {
  const { default: pino } = await import("pino");
  const pretty = config.logFormat === "pretty" || (config.logFormat === "auto" && stream.isTTY === true);
  if (!pretty) return pino({ level: config.logLevel }, stream);
  // A stream in this thread rather than pino's transport (a worker thread): a terminal is not
  // a place where a log's cost matters, and the server stays one thread lighter.
  const { default: pinoPretty } = await import("pino-pretty");
  const destination: DestinationStream = pinoPretty({
    destination: stream,
    sync: true,
    colorize: stream.isTTY === true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname",
  });
  return pino({ level: config.logLevel }, destination);
}
