import { expect, it } from "vitest";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { RICE } from "./fixtures/indicators.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";

describeStore(
  "GET /api/v1/series across the 2025 reform",
  import.meta.filename,
  (ctx) => {
    async function record(unit: string, period: string, value: number, stage = "official") {
      const r = await client(ctx.store).post("/api/v1/observations", {
        indicator: "rice_output",
        unit,
        period,
        stage,
        value,
      });
      expect(r.status).toBe(201);
    }

    it("sums the old communes wholly inside today's Cần Đước commune, then takes its own figures", async () => {
      const api = client(ctx.store);
      await api.post("/api/v1/indicators", RICE);
      await record("28108", "2023", 30000);
      await record("28111", "2023", 12000);
      await record("28108", "2026", 43000);
      const r = await api.get(
        "/api/v1/series?unit=28108&indicator=rice_output&from=2023&to=2026&at=2026-01-01",
      );
      expect(r.status).toBe(200);
      const [y2023, y2024, y2025, y2026] = r.body.points;
      expect(y2023).toMatchObject({ method: "sum", value: 42000, comparable: true });
      expect(y2023.sources.map((s: { unit: { id: string } }) => s.unit.id)).toEqual([
        "28108@-2025-06-30",
        "28111@-2025-06-30",
      ]);
      expect(y2024).toMatchObject({ value: null, comparable: true });
      expect(y2024.reason).toContain("no figure");
      expect(y2025.method).toBe("self");
      expect(y2026).toMatchObject({ method: "self", value: 43000 });
      expect(
        r.body.points.map((p: { changeOnPreviousYear: number | null }) => p.changeOnPreviousYear),
      ).toEqual([null, null, null, null]);
    });

    it("gives the change on the year before (so cùng kỳ) across the reform", async () => {
      const api = client(ctx.store);
      await api.post("/api/v1/indicators", RICE);
      await record("28108", "2023", 30000);
      await record("28111", "2023", 10000);
      await record("28108", "2024", 32000);
      await record("28111", "2024", 12000);
      const r = await api.get(
        "/api/v1/series?unit=28108&indicator=rice_output&from=2023&to=2024&at=2026-01-01",
      );
      expect(r.status).toBe(200);
      expect(r.body.points[0].changeOnPreviousYear).toBeNull();
      expect(r.body.points[1].changeOnPreviousYear).toBeCloseTo(10, 9);
    });

    it("marks the years not comparable where a predecessor was split (Kiến Tường ward)", async () => {
      const api = client(ctx.store);
      await api.post("/api/v1/indicators", RICE);
      await record("27787", "2023", 5000);
      const r = await api.get(
        "/api/v1/series?unit=27787&indicator=rice_output&from=2023&to=2023&at=2026-01-01",
      );
      expect(r.body.points[0]).toMatchObject({ method: "not_comparable", value: null, comparable: false });
      expect(r.body.points[0].sources[0].value).toBe(5000);
    });

    it("refuses an unknown indicator and a reversed range, naming the field", async () => {
      const api = client(ctx.store);
      const unknown = await api.get(
        "/api/v1/series?unit=28108&indicator=nope&from=2023&to=2024&at=2026-01-01",
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details.field).toBe("indicator");
      await api.post("/api/v1/indicators", RICE);
      const reversed = await api.get("/api/v1/series?unit=28108&indicator=rice_output&from=2024&to=2023");
      expect(reversed.status).toBe(422);
      expect(reversed.body.error.details.field).toBe("to");
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
    },
  },
);
