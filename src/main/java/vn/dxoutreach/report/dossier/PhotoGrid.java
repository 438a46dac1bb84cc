package vn.dxoutreach.report.dossier;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.report.DocumentParts;
import vn.dxoutreach.report.page.Align;
import vn.dxoutreach.report.page.Block;
import vn.dxoutreach.report.page.Columns;
import vn.dxoutreach.report.page.Picture;
import vn.dxoutreach.report.page.Stack;
import vn.dxoutreach.report.page.Text;
import vn.dxoutreach.text.Messages;

/**
 * A unit's photos two to a row, each in a 4:3 box with its caption under it; a photo taken far from
 * its record's date has a red frame and a red line saying by how many days. Photos are numbered
 * through the whole dossier ("Ảnh 12"), so that a letter can refer to one.
 */
final class PhotoGrid {

    static final Color FLAG = new Color(0xB0, 0x10, 0x10);
    private static final Color FRAME = new Color(0x80, 0x80, 0x80);
    private static final float SPACING = 16;
    private static final float BOX_HEIGHT = 162;
    private static final float CAPTION = 10.5f;

    private final Messages messages;
    private final DossierText text;
    private final PhotoLoader loader = new PhotoLoader();
    private int number;

    PhotoGrid(Messages messages, DossierText text) {
        this.messages = messages;
        this.text = text;
    }

    /** The rows of photo cells of these records, in the records' order. */
    List<Block> rows(List<DossierContent.Entry> records) {
        List<Block> cells = new ArrayList<>();
        for (DossierContent.Entry entry : records) {
            for (DossierContent.Photo photo : entry.photos()) {
                cells.add(cell(entry, photo));
            }
        }
        List<Block> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 2) {
            Block right = i + 1 < cells.size() ? cells.get(i + 1) : Block.gap(0);
            rows.add(Stack.of(Columns.of(SPACING, List.of(cells.get(i), right), 1f, 1f), Block.gap(10)));
        }
        return rows;
    }

    private Block cell(DossierContent.Entry entry, DossierContent.Photo photo) {
        String flag = text.flag(entry, photo);
        boolean flagged = !flag.isEmpty();
        List<Block> parts = new ArrayList<>();
        parts.add(new Picture(loader.register(photo), BOX_HEIGHT,
                flagged ? FLAG : FRAME, flagged ? 2.5f : 0.6f, messages.get("dossier.photo.unreadable"),
                DocumentParts.italic(CAPTION)));
        parts.add(Text.of(messages.get("dossier.caption.title", ++number, text.activity(entry)),
                DocumentParts.bold(CAPTION), Align.LEFT).spaced(4, 0));
        for (String line : text.caption(entry, photo)) {
            parts.add(Text.of(line, DocumentParts.serif(CAPTION), Align.LEFT));
        }
        if (flagged) {
            parts.add(Text.of(flag, DocumentParts.bold(CAPTION), Align.LEFT).colored(FLAG));
        }
        return new Stack(parts);
    }
}
