/**
 * The assessment a value would get, asked by the entry form's script as the officer types
 * (/assets/entry.js): JSON, worded in the page's language. The domain decides, not the page.
 */
import { z } from "zod";
import { previewAssessment } from "../../../app/entry.ts";
import { invalidField } from "../../../app/errors.ts";
import { formatPercent } from "../../../domain/numbers.ts";
import { OBSERVATION_STAGES, QUALIFIERS } from "../../../domain/types.ts";
import { messages } from "../../../i18n/messages.ts";
import { field } from "../forms.ts";
import type { SignedInContext, WorkspaceAnswer } from "../page.tsx";

const PreviewQuery = z.object({
  target: field.text(200),
  value: field.text(100),
  qualifier: field.choice(QUALIFIERS, "exact"),
  stage: field.choice(OBSERVATION_STAGES, "estimate"),
});

export async function previewJson({ c, db, who, locale }: SignedInContext): Promise<WorkspaceAnswer> {
  const query = PreviewQuery.safeParse(c.req.query());
  if (!query.success) {
    const name = String(query.error.issues[0]?.path[0] ?? "query");
    throw invalidField(name, query.error.issues[0]?.message ?? "invalid");
  }
  const { target, ...rest } = query.data;
  const result = await previewAssessment(db, who, { targetId: target, ...rest });
  if ("error" in result) return c.json({ text: result.error, status: "invalid" });
  const g = messages(locale);
  const percent =
    result.percent !== null && result.showPercent ? ` (${formatPercent(result.percent, locale, 1)})` : "";
  return c.json({ text: `${g.status[result.status]}${percent}`, status: result.status });
}
