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

    /**
     * A table with a header row.
     *
     * @param widths the columns' relative widths, one per header, so that long names get the room
     */
    record Table(List<String> headers, List<Float> widths, List<List<String>> rows) implements ReportBlock {

        public Table {
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }

        /** The widths as parts of {@code total}, the last column taking what rounding left. */
        public int[] widthsOf(int total) {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            int[] parts = new int[widths.size()];
            int used = 0;
            for (int i = 0; i < parts.length - 1; i++) {
                parts[i] = Math.round(total * widths.get(i) / sum);
                used += parts[i];
            }
            parts[parts.length - 1] = total - used;
            return parts;
        }
    }

    /**
     * A chart, drawn as an image in DOCX and as vectors in PDF, across the text's width.
     *
     * @param heightShare the chart's height as a share of its width
     * @param caption     the line under it ("Biểu đồ 1. …"), which names what the chart shows
     */
    record Chart(JFreeChart chart, float heightShare, String caption) implements ReportBlock {
    }
}
