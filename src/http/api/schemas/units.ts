/** The shapes of administrative units (đơn vị hành chính) and their changes. */
import { z } from "@hono/zod-openapi";
import { ADMIN_UNIT_KINDS, type AdminUnitKind } from "../../../domain/admin-units.ts";
import type { Tuple } from "./common.ts";

export const UnitSchema = z
  .object({
    id: z.string().openapi({ example: "80@2025-07-01" }),
    code: z.string().openapi({ example: "80" }),
    name: z.string().openapi({ example: "Tây Ninh" }),
    nameEn: z.string().optional(),
    level: z.enum(["province", "district", "commune"]),
    kind: z.enum(ADMIN_UNIT_KINDS as Tuple<AdminUnitKind>).openapi({ example: "tỉnh" }),
    parentId: z.string().nullable(),
    validFrom: z.string().nullable().openapi({ description: "first day; null when not known" }),
    validTo: z.string().nullable().openapi({ description: "last day; null while the unit exists" }),
  })
  .openapi("AdminUnit");

export const NeighbourSchema = UnitSchema.extend({
  whole: z.boolean().openapi({ description: "all of the predecessor went into the successor" }),
  derived: z.boolean().openapi({ description: "worked out from finer units (an abolished district)" }),
  change: z.object({ id: z.string(), date: z.string(), kind: z.string(), basis: z.string() }),
}).openapi("AdminUnitNeighbour");

export const UnitDetailSchema = UnitSchema.extend({
  parent: UnitSchema.nullable(),
  children: z.array(UnitSchema),
  predecessors: z.array(NeighbourSchema),
  successors: z.array(NeighbourSchema),
}).openapi("AdminUnitDetail");
