/** The audit log page: a reviewer of a district reads its units' entries, filtered by unit, user and date. */
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { moveWorkflow } from "../src/app/workflow.ts";
import type { Store } from "../src/db/connect.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const DISTRICT = "806@-2025-06-30";
const COMMUNE = "28108@-2025-06-30";
const OTHER = "795@-2025-06-30";
const REVIEWER = { userId: "duyet-806", grants: [{ role: "reviewer" as const, unitId: DISTRICT }] };
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: DISTRICT }] };

async function seed(store: Store) {
  await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
  await moveWorkflow(store.db, { unitId: COMMUNE, period: "2023", action: "submit" }, { actor: "can-bo-xa" });
  await moveWorkflow(store.db, { unitId: OTHER, period: "2023", action: "submit" }, { actor: "can-bo-795" });
}

describeStore(
  "the audit log page",
  import.meta.filename,
  (ctx) => {
    it("filters by unit (code or id, with the units under it), user and date", async () => {
      const reviewer = client(ctx.store, REVIEWER);
      const byCode = await reviewer.page("/workspace/audit?unit=806");
      expect(byCode.status).toBe(200);
      expect(byCode.text).toContain("can-bo-xa");
      expect(byCode.text).not.toContain("can-bo-795");
      const byUser = await reviewer.page(`/workspace/audit?unit=${encodeURIComponent(DISTRICT)}&user=nobody`);
      expect(byUser.text).not.toContain("can-bo-xa");
      const today = new Date().toISOString().slice(0, 10);
      expect((await reviewer.page(`/workspace/audit?unit=806&from=${today}&to=${today}`)).text).toContain(
        "can-bo-xa",
      );
      expect((await reviewer.page("/workspace/audit?unit=806&to=2020-01-01")).text).not.toContain(
        "can-bo-xa",
      );
    });

    it("refuses a unit outside the reviewer's scope, the whole log, and an officer", async () => {
      expect((await client(ctx.store, REVIEWER).page("/workspace/audit?unit=795")).status).toBe(403);
      expect((await client(ctx.store, REVIEWER).page("/workspace/audit")).status).toBe(403);
      expect((await client(ctx.store, OFFICER).page("/workspace/audit?unit=806")).status).toBe(403);
      expect((await client(ctx.store, null).page("/workspace/audit")).status).toBe(303);
    });
  },
  { seed, once: true },
);
