package org.sysmobench.report;

import java.util.Locale;

/** The formats a report renders to. */
public enum ReportFormat {
  /** Markdown tables, for terminals, PRs and papers. */
  MD,
  /** The {@link ReportData} as JSON (schema {@code sysmobench-report} v1). */
  JSON,
  /** One self-contained HTML file: inline CSS, SVG charts, a little JS; no network. */
  HTML;

  public static ReportFormat fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  public String render(ReportData data) {
    return switch (this) {
      case MD -> MarkdownReport.render(data);
      case JSON -> JsonReport.render(data);
      case HTML -> HtmlReport.render(data);
    };
  }
}
