package vn.dxoutreach.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import vn.dxoutreach.report.page.Align;
import vn.dxoutreach.report.page.Block;
import vn.dxoutreach.report.page.Columns;
import vn.dxoutreach.report.page.Footer;
import vn.dxoutreach.report.page.Measure;
import vn.dxoutreach.report.page.Rule;
import vn.dxoutreach.report.page.Stack;
import vn.dxoutreach.report.page.Text;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The parts of a Decree 30/2020 page drawn by the page layout: the heading (issuing body top left in
 * capitals, the national motto top right, underlined, the place-and-date line), the signature
 * block, the page number top centre from page 2 (Decree 30) and the print date at the foot. Liberation
 * Serif throughout.
 */
public final class DocumentParts {

    private final Messages messages;
    private final Letterhead letterhead;

    public DocumentParts(Messages messages, Letterhead letterhead) {
        this.messages = messages;
        this.letterhead = letterhead;
    }

    public static Font serif(float size) {
        return DocumentFonts.serif(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return DocumentFonts.serif(Font.BOLD, size);
    }

    public static Font italic(float size) {
        return DocumentFonts.serif(Font.ITALIC, size);
    }

    public Block heading() {
        Block left = letterhead.parentBody().isBlank()
                ? Stack.of(new BodyName(letterhead.issuingBody(), true), new Rule(0.3f))
                : Stack.of(new BodyName(letterhead.parentBody(), false), new BodyName(letterhead.issuingBody(), true),
                        new Rule(0.3f));
        Block right = Stack.of(Text.of(messages.get("document.motto.country"), bold(12.5f), Align.CENTER),
                Text.of(messages.get("document.motto.words"), bold(13), Align.CENTER).underlined(),
                Text.of(new LocalDateLine(messages).of(letterhead.place(), letterhead.printedOn()), italic(13),
                        Align.CENTER).spaced(6, 0));
        return Columns.of(12, List.of(left, right), 1f, 1.45f);
    }

    /** A body's name, centred on the lines {@link BodyLines} breaks it into at the column's width. */
    private record BodyName(String name, boolean issuing) implements Block {

        private Text at(float width) {
            BodyLines lines = BodyLines.fit(name, 13, width, BodyLines.serif(issuing));
            return Text.of(lines.text(), issuing ? bold(lines.size()) : serif(lines.size()), Align.CENTER);
        }

        @Override
        public float height(float width) {
            return at(width).height(width);
        }

        @Override
        public void draw(Graphics2D g, float x, float y, float width) {
            at(width).draw(g, x, y, width);
        }
    }

    /** The signatory's title (or "NGƯỜI LẬP BIỂU"), room to sign, the name. */
    public Block signature() {
        String title = letterhead.signatoryTitle().isBlank() ? messages.get("document.sign.preparer")
                : letterhead.signatoryTitle().toUpperCase(Locale.forLanguageTag("vi"));
        Block sign = Stack.of(Text.of(title, bold(13), Align.CENTER),
                Block.gap(72),
                Text.of(letterhead.signatoryName(), bold(13), Align.CENTER));
        return Stack.of(Block.gap(14), Columns.of(12, List.of(Block.gap(0), sign), 1f, 1f));
    }

    /**
     * The page number top centre in the top margin from page 2 on, none on page 1 (Decree 30), and the
     * print date left in the bottom margin of every page.
     */
    public Footer footer() {
        Font font = serif(10);
        Font numberFont = serif(13);
        String printed = messages.get("document.printed", Formats.date(letterhead.printedOn()));
        return (g, paper, page, pages) -> {
            g.setColor(Color.BLACK);
            if (page > 1) {
                String number = String.valueOf(page);
                g.setFont(numberFont);
                g.drawString(number, paper.left() + (paper.contentWidth() - Measure.width(number, numberFont)) / 2,
                        paper.top() - 16);
            }
            g.setFont(font);
            g.drawString(printed, paper.left(), paper.contentBottom() + 24);
        };
    }
}
