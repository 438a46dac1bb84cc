package vn.dxoutreach.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;

/** The rows the progress command prints, as CSV or JSON. */
record ProgressTable(List<String> header, List<List<Object>> rows) {

    static ProgressTable byTarget(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetProgress t : progress.targets()) {
            rows.add(List.of(t.target().code(), t.target().name(), t.closedPairs(), t.metPairs(),
                    new Fraction(t.attainment()), t.fullyCompliantUnits(), t.scopedUnits()));
        }
        return new ProgressTable(List.of("target_code", "target_name", "closed_pairs", "met_pairs", "attainment",
                "fully_compliant_units", "scoped_units"), rows);
    }

    static ProgressTable byUnit(PlanProgress progress) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetProgress t : progress.targets()) {
            for (UnitProgress u : t.units()) {
                rows.add(List.of(t.target().code(), u.unit().code(), u.closedBuckets(), u.metBuckets(), u.total()));
            }
        }
        return new ProgressTable(List.of("target_code", "unit_code", "closed_buckets", "met_buckets", "total"), rows);
    }

    String csv() {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                cells.add(csvCell(cell.toString()));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    String json() {
        StringBuilder out = new StringBuilder("[\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append("  {");
            for (int c = 0; c < header.size(); c++) {
                Object cell = rows.get(r).get(c);
                out.append(c == 0 ? "" : ", ").append('"').append(header.get(c)).append("\": ");
                if (cell instanceof Number) {
                    out.append(cell);
                } else if (cell instanceof Fraction f) {
                    out.append(f.value.isPresent() ? f.toString() : "null");
                } else {
                    out.append('"').append(jsonEscape(cell.toString())).append('"');
                }
            }
            out.append(r == rows.size() - 1 ? "}\n" : "},\n");
        }
        return out.append("]\n").toString();
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.toString();
    }

    /** A ratio printed with four decimals and a dot, empty when undefined. */
    record Fraction(OptionalDouble value) {
        @Override
        public String toString() {
            return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "";
        }
    }
}
