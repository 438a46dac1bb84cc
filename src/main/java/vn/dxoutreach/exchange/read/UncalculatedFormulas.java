package vn.dxoutreach.exchange.read;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits in front of POI's sheet handler and notices a formula cell saved without its calculated
 * value ({@code <c><f>…</f></c>} with no {@code <v>}), as files written by scripts rather than by
 * Excel or LibreOffice often are. Such a cell would otherwise read as empty and its row be judged
 * on a value nobody saw; the file is refused instead, naming the cell.
 */
final class UncalculatedFormulas extends XMLFilterImpl {

    /** Thrown from inside the SAX parse; carries the cell reference, e.g. "E5". */
    static final class Found extends SAXException {
        private final String cell;

        Found(String cell) {
            super("formula without a calculated value in " + cell);
            this.cell = cell;
        }

        String cell() {
            return cell;
        }
    }

    private String cell;
    private boolean formula;
    private boolean value;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "c" -> {
                cell = atts.getValue("r");
                formula = false;
                value = false;
            }
            case "f" -> formula = true;
            case "v", "is" -> value = true;
            default -> {
            }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("c".equals(localName) && formula && !value) {
            throw new Found(cell == null ? "?" : cell);
        }
        super.endElement(uri, localName, qName);
    }
}
