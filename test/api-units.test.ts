import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { CAN_DUOC_SUCCESSORS, FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

describeStore(
  "GET /api/v1/units",
  import.meta.filename,
  (ctx) => {
    it("lists the units under a parent valid at the date: code 80 in 2026 is Tây Ninh's communes", async () => {
      const r = await client(ctx.store).get("/api/v1/units?parent=80&at=2026-01-01");
      expect(r.status).toBe(200);
      expect(r.body.units).toHaveLength(9);
      expect(r.body.units.every((u: { parentId: string }) => u.parentId === "80@2025-07-01")).toBe(true);
    });

    it("reads a reused code at the date asked: 80 on 2023-12-31 is Long An", async () => {
      const r = await client(ctx.store).get("/api/v1/units/80?at=2023-12-31");
      expect(r.status).toBe(200);
      expect(r.body.name).toBe("Long An");
      expect(r.body.children.map((u: { code: string }) => u.code)).toEqual(["795", "806"]);
      expect(r.body.successors.map((u: { code: string }) => u.code)).toEqual(["80"]);
      const now = await client(ctx.store).get("/api/v1/units/80?at=2026-01-01");
      expect(now.body.name).toBe("Tây Ninh");
      expect(now.body.predecessors.map((u: { name: string }) => u.name).sort()).toEqual([
        "Long An",
        "Tây Ninh",
      ]);
    });

    it("lists the six communes that succeeded Cần Đước district", async () => {
      const r = await client(ctx.store).get("/api/v1/units/806?at=2023-06-30");
      expect(r.status).toBe(200);
      expect(r.body.level).toBe("district");
      expect(r.body.successors.map((u: { code: string }) => u.code)).toEqual(CAN_DUOC_SUCCESSORS);
    });

    it("finds names without accents", async () => {
      const r = await client(ctx.store).get("/api/v1/units?q=can%20duoc&at=2023-01-01");
      expect(r.body.units.map((u: { code: string }) => u.code)).toEqual(["28108", "806"]);
    });

    it("answers 404 for a code that names nothing at that date, naming the field", async () => {
      const r = await client(ctx.store).get("/api/v1/units/806?at=2026-01-01");
      expect(r.status).toBe(404);
      expect(r.body.error).toMatchObject({ code: "not_found", details: { field: "code" } });
    });

    it("answers 422 naming `at` for a malformed date", async () => {
      const r = await client(ctx.store).get("/api/v1/units?parent=80&at=2026-13-45");
      expect(r.status).toBe(422);
      expect(r.body.error.details.field).toBe("at");
    });

    it("answers 422 naming `parent` for an unknown parent", async () => {
      const r = await client(ctx.store).get("/api/v1/units?parent=9999&at=2026-01-01");
      expect(r.status).toBe(422);
      expect(r.body.error.details.field).toBe("parent");
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
