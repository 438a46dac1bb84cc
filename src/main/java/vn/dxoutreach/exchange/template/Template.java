package vn.dxoutreach.exchange.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.UnitType;

/**
 * The one definition of the import template: its sheets and their columns, from which the
 * shipped workbook, "Tải mẫu nhập liệu", the full export and the importer all work. The texts
 * live in {@code exchange/template-columns.properties}: they are a file format, Vietnamese always.
 */
public final class Template {

    public static final String UNITS = "DonVi";
    public static final String PLANS = "KeHoach";
    public static final String TARGETS = "ChiTieu";
    public static final String DEADLINES = "HanBaoCao";
    public static final String BROADCASTS = "PhatThanh";
    public static final String BANNERS = "BangRon";
    public static final String SESSIONS = "ToCNSCD";
    public static final String MEMBERS = "ToCNSCD_ThanhVien";
    public static final String NEWS = "TinBai";
    public static final String EVENTS = "SuKien";
    public static final String MATERIALS = "TaiLieu";

    /** The shipped template's place in the resources. */
    public static final String RESOURCE = "/templates/mau-nhap-lieu.xlsx";

    private static final Template INSTANCE = new Template(load());

    /** Distinct cell texts remembered per choice type; beyond this a cell is folded each time. */
    private static final int PARSED_KEPT = 1000;

    private final Properties texts;
    private final Map<Class<?>, Map<String, Enum<?>>> labels = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Optional<Enum<?>>>> parsed = new ConcurrentHashMap<>();
    private final List<SheetSpec> sheets;

    private Template(Properties texts) {
        this.texts = texts;
        this.sheets = List.of(
                sheet(UNITS, req("code"), req("name"), req("level"), opt("parent"), ext("validFrom"), ext("validTo"),
                        ext("predecessors"), choice("type", false, UnitType.class)),
                sheet(PLANS, req("symbol"), req("title"), opt("issuingBody"), opt("issuedOn"), req("from"), req("to")),
                sheet(TARGETS, req("code"), req("plan"), req("name"), choice("kind", true, ActivityKind.class),
                        choice("measure", true, Measure.class), choice("cadence", true, Cadence.class), req("value"),
                        choice("scope", true, Scope.class), opt("scopeLevel"), opt("from"), opt("to"),
                        yesNo("newOnly"), opt("unitLevel"), opt("choice"), choice("scopeUnitType", false, UnitType.class),
                        opt("minShare"), ext("topic"), extChoice("bannerKind", BannerKind.class),
                        ext("sessionTopic"), extYesNo("repeatsYearly")),
                sheet(DEADLINES, req("plan"), choice("type", true, ReportType.class), opt("name"), req("from"),
                        req("to"), req("due"), opt("sentOn")),
                sheet(BROADCASTS, req("date"), req("unit"), req("title"), choice("production", true, Production.class),
                        req("minutes"), choice("slot", true, Slot.class), opt("topic"), opt("note"), ext("recorder")),
                sheet(BANNERS, req("hungOn"), opt("removedOn"), req("unit"), choice("kind", true, BannerKind.class),
                        req("slogan"), req("quantity"), opt("location"), opt("note"), ext("recorder")),
                sheet(SESSIONS, req("date"), req("unit"), req("topic"), req("people"), req("apps"), opt("location"),
                        opt("note"), ext("recorder")),
                sheet(NEWS, req("date"), req("unit"), req("title"), listChoice("channel", ChoiceList.NEWS_CHANNEL),
                        opt("link"), opt("views"), opt("topic"), opt("note"), ext("recorder")),
                sheet(EVENTS, req("from"), opt("to"), req("unit"), req("name"),
                        listChoice("type", ChoiceList.EVENT_TYPE), opt("organiser"), req("participants"),
                        opt("location"), opt("note"), ext("recorder")),
                sheet(MATERIALS, req("date"), req("unit"), listChoice("type", ChoiceList.MATERIAL_TYPE), req("title"),
                        req("quantity"), opt("note"), ext("recorder")),
                sheet(MEMBERS, req("unit"), req("name"), opt("role"), opt("phone"), req("joinedOn"), opt("leftOn")));
    }

    /** The template definition. */
    public static Template get() {
        return INSTANCE;
    }

    /** The sheets in import order: units and plans before the records that name them. */
    public List<SheetSpec> sheets() {
        return sheets;
    }

    public SheetSpec sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The sheet a sheet or file name stands for. */
    public Optional<SheetSpec> sheetNamed(String candidate) {
        return sheets.stream().filter(s -> s.matchesName(candidate)).findFirst();
    }

    /** A text of the template, e.g. {@code guide.title}. */
    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("template text missing: " + key);
        }
        return value;
    }

    /** The template's word for an enum constant, e.g. Slot.MORNING → "Sáng". */
    public String label(Enum<?> value) {
        return value == null ? "" : text("choice." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** "Có" or "Không". */
    public String yesNo(boolean value) {
        return text(value ? "choice.yes" : "choice.no");
    }

    /** The constant a cell names, by its Vietnamese word or its code name, case and diacritics ignored. */
    public <E extends Enum<E>> Optional<E> parse(Class<E> type, String cell) {
        // a column of choices holds a handful of distinct texts: each is folded and looked up once
        Map<String, Optional<Enum<?>>> known = parsed.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Optional<Enum<?>> found = known.get(cell);
        if (found == null) {
            found = Optional.ofNullable(labels.computeIfAbsent(type, this::foldedLabels).get(Folding.fold(cell)));
            if (known.size() < PARSED_KEPT) {
                known.put(cell, found);
            }
        }
        return found.map(type::cast);
    }

    /** Each constant by its folded Vietnamese word and its folded code name. */
    private Map<String, Enum<?>> foldedLabels(Class<?> type) {
        Map<String, Enum<?>> byFolded = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byFolded.putIfAbsent(Folding.fold(label(value)), value);
            byFolded.putIfAbsent(Folding.fold(value.name()), value);
        }
        return byFolded;
    }

    /** True for "Có"/"x"/"1", false for "Không"/"0"/blank; empty when neither. */
    public Optional<Boolean> parseYesNo(String cell) {
        String folded = Folding.fold(cell);
        if (folded.isEmpty() || folded.equals(Folding.fold(text("choice.no"))) || folded.equals("0")) {
            return Optional.of(false);
        }
        if (folded.equals(Folding.fold(text("choice.yes"))) || folded.equals("x") || folded.equals("1")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private SheetSpec sheet(String name, ColumnDef... defs) {
        List<Column> columns = new ArrayList<>();
        for (ColumnDef def : defs) {
            columns.add(new Column(def.id, text("col." + name + "." + def.id), text("note." + name + "." + def.id),
                    def.required, def.extended, def.choices, def.open));
        }
        return new SheetSpec(name, text("sheet." + name), columns);
    }

    private record ColumnDef(String id, boolean required, boolean extended, List<String> choices, boolean open) {

        ColumnDef(String id, boolean required, boolean extended, List<String> choices) {
            this(id, required, extended, choices, false);
        }
    }

    private static ColumnDef req(String id) {
        return new ColumnDef(id, true, false, List.of());
    }

    private static ColumnDef opt(String id) {
        return new ColumnDef(id, false, false, List.of());
    }

    private static ColumnDef ext(String id) {
        return new ColumnDef(id, false, true, List.of());
    }

    private ColumnDef choice(String id, boolean required, Class<? extends Enum<?>> type) {
        return new ColumnDef(id, required, false, labels(type));
    }

    private ColumnDef extChoice(String id, Class<? extends Enum<?>> type) {
        return new ColumnDef(id, false, true, labels(type));
    }

    /** A required channel or type: the shipped values are offered, the office's own ones accepted too. */
    private static ColumnDef listChoice(String id, ChoiceList list) {
        return new ColumnDef(id, true, false, list.shipped(), true);
    }

    private ColumnDef yesNo(String id) {
        return new ColumnDef(id, false, false, List.of(text("choice.yes"), text("choice.no")));
    }

    /** A yes/no column older files may lack. */
    private ColumnDef extYesNo(String id) {
        return new ColumnDef(id, false, true, List.of(text("choice.yes"), text("choice.no")));
    }

    private List<String> labels(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(this::label).toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Template.class.getResourceAsStream("/exchange/template-columns.properties")) {
            if (in == null) {
                throw new IllegalStateException("exchange/template-columns.properties missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
