package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the open connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
