/**
 * The roll-ups a scorecard keeps (migration 0007): read back instead of assessed again, and never
 * shown once a write has changed what they were computed from, whichever way the write came:
 * the form's use-cases, a CSV import (row triggers off where the role may), or plain SQL.
 */
import { Readable } from "node:stream";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { assessUnit } from "../src/app/assess-unit.ts";
import { importObservations } from "../src/app/import-observations.ts";
import { loadCatalogue } from "../src/app/load-catalogue.ts";
import { loadNationalDemo } from "../src/app/load-national-demo.ts";
import { recordObservation, reviseObservation } from "../src/app/observations.ts";
import { type Scorecard, scorecard } from "../src/app/scorecard.ts";
import { publicView } from "../src/app/visibility.ts";
import type { Store } from "../src/db/connect.ts";
import { listScopeRollups, storeAssessedRollups } from "../src/db/scorecard.ts";
import { shapeNational } from "../src/demo/national.ts";
import { FIXTURE_CATALOGUE } from "./fixtures/catalogue.ts";
import { describeStore } from "./support/engines.ts";

const YEAR = "2024";

async function firstProvince(store: Store) {
  return (await scorecard(store.db, publicView(store.db), { period: YEAR })).units[0]!.unit;
}

/** Every line of the scorecard as the unit's own assessment, computed now, has it. */
async function expectAsAssessedNow(store: Store, card: Scorecard): Promise<void> {
  for (const row of card.units) {
    const own = (await assessUnit(store.db, publicView(store.db), { unit: row.unit.id, period: YEAR }))
      .assessment.rollup;
    expect({ unit: row.unit.id, counts: row.counts, provisional: row.provisional }).toEqual({
      unit: row.unit.id,
      counts: own.counts,
      provisional: own.provisional.length,
    });
  }
}

async function currentRows(store: Store, period = YEAR): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from assessed_rollups
    where period = ${period} and computed_generation = generation`.execute(store.db);
  return Number(rows[0]?.n);
}

/** A commune's target of the year that is not met yet, with the figure that would exceed it. */
async function openTarget(store: Store, provinceId: string) {
  const card = await scorecard(store.db, publicView(store.db), { period: YEAR, unit: provinceId });
  for (const row of card.units) {
    const own = await assessUnit(store.db, publicView(store.db), { unit: row.unit.id, period: YEAR });
    for (const t of own.assessment.targets) {
      if (t.status === "met" || t.status === "exceeded") continue;
      const { spec } = await store.db
        .selectFrom("targets")
        .select("spec")
        .where("id", "=", t.targetId)
        .executeTakeFirstOrThrow();
      const s = spec as { kind: string; value?: number };
      if (s.kind === "gte" && typeof s.value === "number" && s.value > 0) {
        return {
          unitId: row.unit.id,
          targetId: t.targetId,
          indicator: t.indicatorCode,
          value: s.value,
          card,
        };
      }
    }
  }
  throw new Error("the demo has no open target in this province");
}

function lineOf(card: Scorecard, unitId: string) {
  return card.units.find((r) => r.unit.id === unitId)!;
}

describeStore(
  "roll-ups kept between scorecards",
  import.meta.filename,
  (ctx) => {
    it("keeps each unit's roll-up and reads it back rather than assessing again", async () => {
      const province = await firstProvince(ctx.store);
      const card = await scorecard(ctx.store.db, publicView(ctx.store.db), {
        period: YEAR,
        unit: province.id,
      });
      expect(card.units.length).toBeGreaterThan(1);
      await expectAsAssessedNow(ctx.store, card);
      expect(await currentRows(ctx.store)).toBeGreaterThanOrEqual(card.units.length);
      // Read back, the same answer to the byte (an ETag does not change for nothing).
      expect(
        JSON.stringify(
          await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id }),
        ),
      ).toBe(JSON.stringify(card));
      // What is read back is the kept row: altered by hand (generation untouched), it shows.
      const one = card.units[0]!;
      await sql`update assessed_rollups
        set rollup = jsonb_set(rollup, '{total}', to_jsonb(${one.total + 1000}::int))
        where unit_id = ${one.unit.id} and period = ${YEAR}`.execute(ctx.store.db);
      const again = await scorecard(ctx.store.db, publicView(ctx.store.db), {
        period: YEAR,
        unit: province.id,
      });
      expect(lineOf(again, one.unit.id).total).toBe(one.total + 1000);
      // Any write to the unit's targets makes it stale, and the next scorecard computes it anew.
      await sql`update targets set position = position where unit_id = ${one.unit.id} and period = ${YEAR}`.execute(
        ctx.store.db,
      );
      expect(
        lineOf(
          await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id }),
          one.unit.id,
        ).total,
      ).toBe(one.total);
    });

    it("shows a result recorded or corrected in the form at once", async () => {
      const province = await firstProvince(ctx.store);
      const open = await openTarget(ctx.store, province.id);
      const before = lineOf(open.card, open.unitId).metOrExceeded;
      const official = await ctx.store.db
        .selectFrom("observation_series")
        .select("id")
        .where("unit_id", "=", open.unitId)
        .where("period", "=", YEAR)
        .where("indicator_code", "=", open.indicator)
        .where("stage", "=", "official")
        .executeTakeFirst();
      const value = open.value * 10;
      if (official)
        await reviseObservation(ctx.store.db, official.id, { value }, { actor: "test", ifMatch: "*" });
      else {
        const input = {
          indicator: open.indicator,
          unit: open.unitId,
          period: YEAR,
          stage: "official",
          value,
        } as const;
        await recordObservation(ctx.store.db, input, { actor: "test" });
      }
      const after = await scorecard(ctx.store.db, publicView(ctx.store.db), {
        period: YEAR,
        unit: province.id,
      });
      expect(lineOf(after, open.unitId).metOrExceeded).toBe(before + 1);
      await expectAsAssessedNow(ctx.store, after);
    });

    it("shows an imported file's results, though the import writes with row triggers off", async () => {
      const province = await firstProvince(ctx.store);
      const open = await openTarget(ctx.store, province.id);
      const before = lineOf(open.card, open.unitId).metOrExceeded;
      await importObservations(
        ctx.store,
        Readable.from([
          `indicator,unit,period,stage,value\n${open.indicator},${open.unitId},${YEAR},official,${open.value * 10}\n`,
        ]),
        { name: "results.csv", actor: "test" },
      );
      const after = await scorecard(ctx.store.db, publicView(ctx.store.db), {
        period: YEAR,
        unit: province.id,
      });
      expect(lineOf(after, open.unitId).metOrExceeded).toBe(before + 1);
      await expectAsAssessedNow(ctx.store, after);
    });

    it("follows a changed target, a changed plan threshold, a changed indicator and a removed target", async () => {
      const province = await firstProvince(ctx.store);
      const open = await openTarget(ctx.store, province.id);
      const line = lineOf(open.card, open.unitId);
      // The target lowered to nothing: met at once.
      await sql`update targets set spec = jsonb_set(spec, '{value}', '0'::jsonb) where id = ${open.targetId}`.execute(
        ctx.store.db,
      );
      let card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id });
      expect(lineOf(card, open.unitId).metOrExceeded).toBe(line.metOrExceeded + 1);
      await expectAsAssessedNow(ctx.store, card);

      await sql`update plans set nearly_met_threshold = 0.5
        where id = (select plan_id from targets where id = ${open.targetId})`.execute(ctx.store.db);
      const [kept] = await listScopeRollups(ctx.store.db, { unitIds: [open.unitId] }, YEAR);
      expect(kept!.rollup).toBeNull();
      card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id });
      await expectAsAssessedNow(ctx.store, card);

      await sql`update indicators set decimals = decimals where code = ${open.indicator}`.execute(
        ctx.store.db,
      );
      expect(await currentRows(ctx.store)).toBe(0);
      card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id });
      await expectAsAssessedNow(ctx.store, card);

      await sql`delete from targets where id = ${open.targetId}`.execute(ctx.store.db);
      card = await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id });
      // Its last target gone, the unit has no line at all.
      expect(card.units.find((r) => r.unit.id === open.unitId)?.total ?? 0).toBe(line.total - 1);
      await expectAsAssessedNow(ctx.store, card);
    });

    it("never stores a roll-up computed from data a writer changed after it was read", async () => {
      const province = await firstProvince(ctx.store);
      await scorecard(ctx.store.db, publicView(ctx.store.db), { period: YEAR, unit: province.id });
      const [kept] = await listScopeRollups(ctx.store.db, { parentId: province.id }, YEAR).then((all) =>
        all.filter((k) => k.rollup !== null),
      );
      expect(kept).toBeDefined();
      // A writer bumps the unit-period between the reader's read and its store.
      await sql`update targets set position = position where unit_id = ${kept!.unit.id} and period = ${YEAR}`.execute(
        ctx.store.db,
      );
      const stale = { counts: {}, metOrExceeded: -1, withData: -1, total: 99, provisional: 0 };
      expect(
        await storeAssessedRollups(ctx.store.db, YEAR, [
          { unitId: kept!.unit.id, generation: kept!.generation, rollup: stale },
        ]),
      ).toBe(true);
      const [after] = await listScopeRollups(ctx.store.db, { unitIds: [kept!.unit.id] }, YEAR);
      expect(after!.rollup).toBeNull();
      // A unit-period nobody has written yet, computed before a writer's first write, likewise.
      const fresh = "2031";
      const [none] = await listScopeRollups(ctx.store.db, { unitIds: [kept!.unit.id] }, fresh);
      expect(none!.generation).toBeNull();
      await sql`insert into targets (id, plan_id, indicator_code, unit_id, period, spec)
        select 'rollup-race', plan_id, indicator_code, unit_id, ${fresh}, spec from targets
        where unit_id = ${kept!.unit.id} limit 1`.execute(ctx.store.db);
      await storeAssessedRollups(ctx.store.db, fresh, [
        { unitId: kept!.unit.id, generation: none!.generation, rollup: stale },
      ]);
      const [later] = await listScopeRollups(ctx.store.db, { unitIds: [kept!.unit.id] }, fresh);
      expect(later!.rollup).toBeNull();
    });
  },
  {
    seed: async (store) => {
      await loadCatalogue(store.db, FIXTURE_CATALOGUE, { actor: "test", source: "fixture" });
      await loadNationalDemo(store, shapeNational([...FIXTURE_CATALOGUE.units.values()], 0.001, 7), {});
    },
  },
);
