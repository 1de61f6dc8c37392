/**
 * The workspace's form posts with generated fields: sign-in (with the login form's CSRF cookie),
 * the entry form and the workflow form (signed in as the district's officer, with the session's
 * CSRF token), and sign-out. Fields repeat, go missing, name unknown targets, carry hostile text
 * and Vietnamese numbers at the edge ("88.800,5", "1e400"); bodies come urlencoded or multipart.
 * Each post answers a page or a redirect, never a 5xx; a refused one (4xx) leaves the store as it
 * was; nothing hangs.
 */
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { signedInAs } from "../support/api.ts";
import { describeStore } from "../support/engines.ts";
import { DISTRICT, PLAN, seedFuzzStore } from "./seed.ts";
import {
  countCase,
  fingerprint,
  fuzzParams,
  hostileString,
  MILLION,
  reportCases,
  runs,
  within,
} from "./support.ts";

const CASES = runs(25);
const OFFICER = { id: "can-bo-form", grants: [{ role: "officer" as const, unitId: DISTRICT }] };

const text = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "88.800",
      "88.800,5",
      "9,8",
      "1e400",
      "-0",
      "NaN",
      "",
      " ",
      "１２",
      "∞",
      "100%",
    ),
    weight: 4,
  },
  { arbitrary: hostileString.filter((s) => s !== MILLION), weight: 3 },
);
const targetId = fc.constantFrom("t-lua", "t-tt", "t-none", "", "t-lua\u0000");

/** Form fields as name/value pairs (names may repeat, as a browser sends them). */
const entryFields = fc
  .array(
    fc.oneof(
      targetId.map((id) => ["target", id] as const),
      fc.tuple(targetId, text).map(([id, v]) => [`value-${id}`, v] as const),
      fc
        .tuple(targetId, fc.constantFrom("exact", "about", "trên", "x"))
        .map(([id, v]) => [`qualifier-${id}`, v] as const),
      fc
        .tuple(targetId, fc.constantFrom("estimate", "official", "Ước", ""))
        .map(([id, v]) => [`stage-${id}`, v] as const),
      fc.tuple(targetId, text).map(([id, v]) => [`note-${id}`, v] as const),
      fc.tuple(fc.string({ maxLength: 10 }), text),
    ),
    { maxLength: 10 },
  )
  .map((pairs) => [["target", "t-lua"] as const, ...pairs]);
const workflowFields = fc.array(
  fc.oneof(
    fc
      .constantFrom("submit", "return", "approve", "publish", "", "delete")
      .map((a) => ["action", a] as const),
    text.map((t) => ["comment", t] as const),
  ),
  { maxLength: 4 },
);
const loginFields = fc.array(
  fc.oneof(
    fc.oneof(fc.constantFrom("can-bo-form", "tester"), text).map((a) => ["account", a] as const),
    text.map((p) => ["password", p] as const),
  ),
  { maxLength: 4 },
);

type Form = readonly (readonly [string, string])[];
const encodings = fc.constantFrom("urlencoded", "multipart");

function bodyOf(fields: Form, encoding: string): { body: BodyInit; type?: string } {
  if (encoding === "multipart") {
    const form = new FormData();
    for (const [k, v] of fields) form.append(k, v);
    return { body: form };
  }
  const params = new URLSearchParams();
  for (const [k, v] of fields) params.append(k, v);
  return { body: params.toString(), type: "application/x-www-form-urlencoded" };
}

describeStore(
  "fuzzed workspace forms",
  import.meta.filename,
  (ctx) => {
    let app: ReturnType<typeof createApp>;
    let cookie: string;
    let csrf: string;
    let before: Record<string, string>;
    beforeAll(async () => {
      app = createApp({ store: ctx.store });
      const session = await signedInAs(ctx.store, OFFICER.id, OFFICER.grants);
      cookie = `chitieu_session=${session.token}`;
      csrf = session.csrfToken;
      before = await fingerprint(ctx.store);
    });
    afterAll(() => reportCases("workspace forms"));

    async function post(
      label: string,
      url: string,
      fields: Form,
      encoding: string,
      headers: Record<string, string>,
    ) {
      const { body, type } = bodyOf(fields, encoding);
      const response = await within(
        15_000,
        `${label} ${url}`,
        Promise.resolve(
          app.request(url, {
            method: "POST",
            headers: { ...headers, ...(type ? { "content-type": type } : {}) },
            body,
          }),
        ),
      );
      const page = await response.text();
      countCase(`forms: ${label} answers ${response.status}`);
      expect(response.status, `${label}: ${page.slice(0, 300)}`).toBeLessThan(500);
      const after = await fingerprint(ctx.store);
      if (response.status >= 400)
        expect(after, `${label} refused with ${response.status} but wrote`).toEqual(before);
      before = after;
    }

    it(`the entry form (${CASES} generated posts)`, async () => {
      await fc.assert(
        fc.asyncProperty(
          entryFields,
          encodings,
          fc.constantFrom("2023", "2023-Q3", "x"),
          async (fields, enc, period) => {
            countCase("forms: entry");
            await post(
              "entry",
              `/workspace/entry/${PLAN}?period=${period}`,
              [["_csrf", csrf], ...fields],
              enc,
              { cookie },
            );
          },
        ),
        fuzzParams(CASES),
      );
    });

    it(`the workflow form (${CASES} generated posts)`, async () => {
      await fc.assert(
        fc.asyncProperty(workflowFields, encodings, async (fields, enc) => {
          countCase("forms: workflow");
          await post(
            "workflow",
            `/workspace/workflow/${PLAN}?period=2023`,
            [["_csrf", csrf], ...fields],
            enc,
            { cookie },
          );
        }),
        fuzzParams(CASES),
      );
    });

    it(`sign-in and sign-out (${CASES} generated posts each)`, async () => {
      await fc.assert(
        fc.asyncProperty(loginFields, encodings, fc.boolean(), async (fields, enc, withCsrf) => {
          countCase("forms: sign-in");
          const token = "login-token-0123456789";
          await post("sign-in", "/workspace/login", withCsrf ? [["_csrf", token], ...fields] : fields, enc, {
            cookie: `chitieu_login_csrf=${token}`,
          });
        }),
        fuzzParams(CASES),
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.constant(csrf), text), encodings, async (token, enc) => {
          countCase("forms: sign-out");
          // A wrong token is refused; the right one would end the session the other cases use.
          if (token === csrf) return;
          await post("sign-out", "/workspace/logout", [["_csrf", token]], enc, { cookie });
        }),
        fuzzParams(CASES),
      );
    });
  },
  { seed: seedFuzzStore, once: true },
);
