package vn.dxoutreach.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address of a news item or post: an absolute http or https URL with a host. Anything else
 * (a bare "tinhxyz.gov.vn", a path on the PC, a "javascript:" link) is refused, so that what the
 * table opens in the browser is always a web page.
 */
public final class WebLink {

    private WebLink() {
    }

    /** The address as a URI when the text is an http(s) URL with a host; empty otherwise (also for blank text). */
    public static Optional<URI> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the text is an address {@link #parse} accepts. */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
