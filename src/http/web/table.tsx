/**
 * A table as the page shows it — caption, header, rows of text — and its downloads: CSV, XLSX and
 * JSON of exactly those cells. A page builds its tables once; the same object is rendered to HTML
 * or written to a file, so a download can never differ from what the reader saw, except that a
 * spreadsheet cell which could pass for a formula starts with an apostrophe (spreadsheet-text.ts).
 */
import type { DisplayLocale } from "../../domain/numbers.ts";
import { webMessages } from "../../i18n/web-messages.ts";
import type { DataTable } from "../../report/data-table.ts";

export { type DataTable, tableToCsv, tableToJson, tableToXlsx } from "../../report/data-table.ts";

export const DOWNLOAD_FORMATS = ["csv", "xlsx", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export function TableView(props: { table: DataTable; locale: DisplayLocale; path: string }) {
  const { table, locale } = props;
  const m = webMessages(locale).download;
  const numeric = new Set(table.numeric ?? []);
  const rowHeader = table.rowHeader ?? 0;
  return (
    <figure class="table" id={`table-${table.id}`}>
      {/* A region a keyboard can reach, so a table wider than the screen can be scrolled without a mouse. */}
      <section class="scroll" aria-labelledby={`caption-${table.id}`} tabindex={0}>
        <table>
          <caption id={`caption-${table.id}`}>{table.caption}</caption>
          <thead>
            <tr>
              {table.header.map((h) => (
                <th scope="col">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr>
                {row.map((cell, c) =>
                  c === rowHeader ? (
                    <th scope="row">{table.render ? table.render(r, c, cell) : cell}</th>
                  ) : (
                    <td class={numeric.has(c) ? "num" : undefined}>
                      {table.render ? table.render(r, c, cell) : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="downloads">
        {m.label}:{" "}
        {DOWNLOAD_FORMATS.map((format, i) => (
          <>
            {i > 0 ? " · " : ""}
            <a
              href={`${props.path}${props.path.includes("?") ? "&" : "?"}table=${encodeURIComponent(table.id)}&format=${format}`}
              download={`${table.id}.${format}`}
              data-format={format}
            >
              {m[format]}
            </a>
          </>
        ))}
      </p>
    </figure>
  );
}

export const CONTENT_TYPE: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
