package vn.dxoutreach.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing text, from the bundles under {@code i18n/}. Vietnamese is the default bundle
 * (no suffix) and is complete; English ({@code _en}) is the second language. Each area of the
 * application keeps its own bundle family, listed in {@link #FAMILIES}.
 */
public final class Messages {

    /** The bundle families, one per area of the application. */
    public static final List<String> FAMILIES = List.of(
            "i18n/messages",
            "i18n/setup",
            "i18n/activities",
            "i18n/progress",
            "i18n/exchange",
            "i18n/report",
            "i18n/dossier",
            "i18n/deadlines",
            "i18n/data");

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale bundleLocale = isEnglish(locale) ? ENGLISH : Locale.ROOT;
        for (String family : FAMILIES) {
            loaded.add(ResourceBundle.getBundle(family, bundleLocale, Messages.class.getClassLoader(), noFallback));
        }
        this.bundles = Collections.unmodifiableList(loaded);
    }

    /** Texts in Vietnamese, the default. */
    public static Messages vietnamese() {
        return new Messages(VIETNAMESE);
    }

    /** Texts for a language tag ("vi" or "en"); anything else gives Vietnamese. */
    public static Messages forLanguage(String tag) {
        return "en".equalsIgnoreCase(tag) ? new Messages(ENGLISH) : vietnamese();
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag, "vi" or "en". */
    public String language() {
        return isEnglish(locale) ? "en" : "vi";
    }

    /** The text of a key with its placeholders filled in. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        throw new MissingResourceException("No text for " + key, Messages.class.getName(), key);
    }

    /** The label of an enum constant, key {@code enum.<Type>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
