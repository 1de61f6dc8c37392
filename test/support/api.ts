/** Calling the API in process (`app.request()`, no port). */
import type { Store } from "../../src/db/connect.ts";
import { createApp } from "../../src/http/app.ts";

export interface Call {
  status: number;
  etag: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely.
  body: any;
}

export function client(store: Store) {
  const app = createApp({ store });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    const response = await app.request(path, {
      method,
      headers: { "content-type": "application/json", "x-chitieu-actor": "tester", ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get("etag"),
      body: text ? JSON.parse(text) : null,
    };
  };
  return {
    app,
    get: (path: string, headers?: Record<string, string>) => call("GET", path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call("POST", path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => call("PUT", path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => call("DELETE", path, undefined, headers),
  };
}
