/**
 * The drafted report as an <article> with hono/jsx (text escaped by it): the public report page
 * and `chitieu report --format html` render the same component.
 */
import type { Report } from "./narrative.ts";

export function ReportArticle(props: { report: Report; publishedAt?: string | undefined; byline?: string }) {
  const { report } = props;
  const byline = report.byline ?? props.byline;
  return (
    <article lang={report.locale}>
      <h1>{report.title}</h1>
      {report.dateline ? (
        <p class="dateline">
          {props.publishedAt ? <time datetime={props.publishedAt}>{report.dateline}</time> : report.dateline}
        </p>
      ) : null}
      <p class="lead">
        <strong>{report.lead}</strong>
      </p>
      {report.sections.map((section) => (
        <section>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p>{p}</p>
          ))}
        </section>
      ))}
      {byline ? <p class="byline">{byline}</p> : null}
    </article>
  );
}
