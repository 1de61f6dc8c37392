/** The real catalogue (data/admin-units.json) in the store, read over the API. */
import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { readCatalogueFile } from "../src/db/catalogue-file.ts";
import { countUnits } from "../src/db/units.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

const catalogue = readCatalogueFile();

describeStore(
  "the unit catalogue in the store",
  import.meta.filename,
  (ctx) => {
    it("holds every unit of the file", async () => {
      expect(await countUnits(ctx.store.db)).toBe(catalogue.units.size);
    });

    it("GET /units?parent=80&at=2026-01-01 lists the 96 communes and wards of Tây Ninh", async () => {
      const r = await client(ctx.store).get("/api/v1/units?parent=80&at=2026-01-01");
      expect(r.status).toBe(200);
      expect(r.body.units).toHaveLength(96);
      expect(new Set(r.body.units.map((u: { level: string }) => u.level))).toEqual(new Set(["commune"]));
    });

    it("GET /units lists today's 34 provinces", async () => {
      const r = await client(ctx.store).get("/api/v1/units?at=2026-01-01");
      expect(r.body.units).toHaveLength(34);
    });

    it("GET /units/80?at=2023-12-31 is Long An, and on 2026-01-01 Tây Ninh", async () => {
      const before = await client(ctx.store).get("/api/v1/units/80?at=2023-12-31");
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ name: "Long An", level: "province" });
      expect(before.body.successors.map((u: { id: string }) => u.id)).toEqual(["80@2025-07-01"]);
      const after = await client(ctx.store).get("/api/v1/units/80?at=2026-01-01");
      expect(after.body.name).toBe("Tây Ninh");
      expect(after.body.predecessors.map((u: { name: string }) => u.name).sort()).toEqual([
        "Long An",
        "Tây Ninh",
      ]);
    });

    it("Cần Đước district at 2023 lists the six communes that succeeded it", async () => {
      const r = await client(ctx.store).get("/api/v1/units/806?at=2023-12-31");
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ name: "Cần Đước", level: "district" });
      expect(r.body.successors.map((u: { code: string }) => u.code).sort()).toEqual([
        "28108",
        "28114",
        "28126",
        "28132",
        "28138",
        "28144",
      ]);
    });

    it("Kiến Tường town went into Kiến Tường ward and, in part, two communes", async () => {
      const r = await client(ctx.store).get("/api/v1/units/795?at=2023-12-31");
      const codes = r.body.successors.map((u: { code: string }) => u.code);
      expect(codes).toEqual(expect.arrayContaining(["27787", "27793", "27817"]));
    });
  },
  {
    once: true,
    seed: async (store) => {
      await loadCatalogue(store.db, catalogue, { actor: "test", source: "data/admin-units.json" });
    },
  },
);
