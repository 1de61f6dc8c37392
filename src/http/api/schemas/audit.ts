/** The shape of an audit log entry. */
import { z } from "@hono/zod-openapi";

export const AuditSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    reason: z.string().optional(),
  })
  .openapi("AuditEntry");
