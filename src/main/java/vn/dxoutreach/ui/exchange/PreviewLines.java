package vn.dxoutreach.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The preview of a package as the Trao đổi dữ liệu screen shows it: whose package it is, then one line
 * per kind of record it changes and the total. Kinds it leaves as they are stay out, so that the
 * activities a commune sent are not hidden below rows of zeros.
 */
final class PreviewLines {

    /** One line of the preview table: a kind of record (or the total) and its counts. */
    record Line(String kind, MergePreview.Counts counts) {
    }

    private PreviewLines() {
    }

    static List<Line> of(MergePreview preview, Messages messages) {
        List<Line> lines = new ArrayList<>();
        preview.changedCounts().forEach((kind, counts) ->
                lines.add(new Line(messages.get(MergePreview.kindLabelKey(kind)), counts)));
        lines.add(new Line(messages.get("exchange.preview.totalRow"), preview.total()));
        return lines;
    }

    /** "Gói dữ liệu từ X01 – Xã An, hoạt động từ 02/10/2024 đến 05/10/2024". */
    static String heading(MergePreview preview, Messages messages) {
        String from = messages.get("exchange.preview.from", preview.senderCode(), preview.senderName());
        if (preview.periodFrom() == null || preview.periodTo() == null) {
            return from;
        }
        return messages.get("exchange.preview.fromPeriod", from, Formats.date(preview.periodFrom()),
                Formats.date(preview.periodTo()));
    }
}
