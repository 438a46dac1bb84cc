package vn.dxoutreach.report.compose;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** A piece of a report's body, rendered the same way in DOCX and PDF. */
public sealed interface ReportBlock {

    /** A numbered section heading. */
    record Heading(String text) implements ReportBlock {
    }

    /** A paragraph of body text. */
    record Text(String text) implements ReportBlock {
    }

    /** A table with a header row. */
    record Table(List<String> headers, List<List<String>> rows) implements ReportBlock {
    }

    /** A chart, drawn as an image in DOCX and as vectors in PDF. */
    record Chart(JFreeChart chart) implements ReportBlock {
    }
}
