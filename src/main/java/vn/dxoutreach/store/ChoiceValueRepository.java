package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;

/** The values offices added to their lists of channels and types. */
public final class ChoiceValueRepository extends RecordRepository<ChoiceValue> {

    public ChoiceValueRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "choice_value";
    }

    @Override
    protected List<String> columns() {
        return List.of("list", "value");
    }

    @Override
    protected List<Object> values(ChoiceValue v) {
        return Arrays.asList(v.list(), v.value());
    }

    @Override
    protected ChoiceValue map(ResultSet rs) throws SQLException {
        return new ChoiceValue(Columns.meta(rs), ChoiceList.valueOf(rs.getString("list")), rs.getString("value"));
    }

    /** The office's own live values of a list, in the order they were added. */
    public List<ChoiceValue> added(ChoiceList list) {
        return query("SELECT * FROM choice_value WHERE deleted = 0 AND list = ? ORDER BY created_at, value", list);
    }

    /**
     * What a picker offers: the shipped values, then the office's own ones not already among them
     * (compared ignoring case and spaces at the ends), each once.
     */
    public List<String> values(ChoiceList list) {
        List<String> values = new ArrayList<>(list.shipped());
        for (ChoiceValue own : added(list)) {
            String value = own.value().strip();
            if (!value.isEmpty() && values.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                values.add(value);
            }
        }
        return values;
    }
}
