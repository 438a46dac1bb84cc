package vn.dxoutreach.ui.report;

import java.util.Locale;
import vn.dxoutreach.report.compose.ReportBlock;
import vn.dxoutreach.report.compose.ReportContent;
import vn.dxoutreach.report.compose.ReportText;
import vn.dxoutreach.text.Messages;

/** A drafted report as plain text for the Bản nháp area: title, headings, paragraphs and table rows. */
final class DraftText {

    private final ReportText text;

    DraftText(Messages messages) {
        this.text = new ReportText(messages);
    }

    String of(ReportContent content) {
        StringBuilder out = new StringBuilder(text.title(content).toUpperCase(Locale.forLanguageTag("vi")))
                .append('\n').append(text.periodLine(content)).append("\n\n");
        for (ReportBlock block : text.body(content)) {
            if (block instanceof ReportBlock.Heading h) {
                out.append('\n').append(h.text()).append('\n');
            } else if (block instanceof ReportBlock.Text t) {
                out.append(t.text()).append('\n');
            } else if (block instanceof ReportBlock.Table t) {
                out.append("  ").append(String.join(" | ", t.headers())).append('\n');
                t.rows().forEach(row -> out.append("  ").append(String.join(" | ", row)).append('\n'));
            }
        }
        return out.toString();
    }
}
