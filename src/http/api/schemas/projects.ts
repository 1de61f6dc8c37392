/** The shapes of key projects and programmes (công trình, dự án trọng điểm). */
import { z } from "@hono/zod-openapi";
import { Code, DateSchema, Finite, IdSchema, PeriodSchema, Text, UnitRef } from "./common.ts";

const MilestoneSchema = z.object({
  name: z.object({ vi: Text, en: Text.optional() }),
  plannedDate: DateSchema.optional(),
  actualDate: DateSchema.optional(),
  state: z.enum(["planned", "in_progress", "done", "delayed", "cancelled"]).default("planned"),
});

export const KeyProjectBodySchema = z
  .object({
    id: IdSchema.optional(),
    kind: z.enum(["project", "programme"]),
    name: z.object({ vi: Text, en: Text.optional() }),
    unit: UnitRef,
    term: PeriodSchema.optional(),
    state: z.string().max(200).optional(),
    money: z
      .object({
        planned: Finite.nonnegative().optional(),
        disbursed: Finite.nonnegative().optional(),
        unit: z.string(),
      })
      .optional(),
    indicatorCodes: z.array(Code).default([]),
    notes: z.array(z.object({ date: DateSchema, text: Text })).default([]),
    milestones: z.array(MilestoneSchema).default([]),
    sourceId: IdSchema.optional(),
    illustrative: z.boolean().optional(),
    reason: z.string().max(2000).optional(),
  })
  .openapi("KeyProjectBody");

export const KeyProjectSchema = KeyProjectBodySchema.omit({ reason: true, unit: true, id: true })
  .extend({ id: z.string(), unitId: z.string(), illustrative: z.boolean(), version: z.number().int() })
  .openapi("KeyProject");
