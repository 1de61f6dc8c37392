/**
 * The drafted report: an article in the seeds' shape (title, date, lead, sections, byline), worded
 * by src/report/narrative.ts from the store's data, with share links and Open Graph tags.
 */

import { webMessages } from "../../../i18n/web-messages.ts";
import { draftReport } from "../../../report/narrative.ts";
import { ReportArticle } from "../../../report/report-article.tsx";
import { formatDay } from "../format.ts";
import type { Page, PageContext } from "../page.tsx";
import { loadUnitPeriod, UnitPeriodLinks, unitTitle } from "./scorecard.tsx";

export async function reportPage(ctx: PageContext): Promise<Page> {
  const { c, locale } = ctx;
  const m = webMessages(locale);
  const store = await loadUnitPeriod(ctx);
  const report = draftReport(store.input, locale);
  const names = unitTitle(store, locale);
  // The configured public address, never the request's Host: a forged Host reached the kept page.
  const url = new URL(c.req.url);
  const address = `${c.get("publicUrl")}${url.pathname}${url.search}`;
  const share = encodeURIComponent(address);
  const at = c.req.query("at");
  const body = (
    <>
      <UnitPeriodLinks
        locale={locale}
        code={store.unitAssessment.unit.code}
        period={store.input.period}
        at={at ?? store.unitAssessment.assessment.at}
      />
      <p class="note">{m.report.drafted(formatDay(store.unitAssessment.assessment.at, locale))}</p>
      <ReportArticle
        report={report}
        publishedAt={store.input.publishedAt}
        byline={`${m.report.bylineLabel}: ${m.report.bylinePlaceholder}`}
      />
      <p class="share">
        <a href={address} data-copy="true">
          {m.report.copyLink}
        </a>
        <a href={`https://www.facebook.com/sharer/sharer.php?u=${share}`} rel="noopener">
          Facebook
        </a>
        <a href={`https://zalo.me/share?url=${share}`} rel="noopener">
          Zalo
        </a>
      </p>
    </>
  );
  return {
    title: m.report.title(names.unit, names.period),
    body,
    illustrative: store.illustrative,
    og: { title: report.title, description: report.lead, url: address },
    scripts: ["shareJs"],
  };
}
