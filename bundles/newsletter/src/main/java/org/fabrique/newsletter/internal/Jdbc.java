package org.fabrique.newsletter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Plain JDBC over the platform DataSource: the send queue needs row locks ({@code FOR UPDATE SKIP
 * LOCKED}) and the import needs batched inserts, which JPA would hide. Each call is its own
 * transaction unless run inside {@link #transaction(Work)}.
 */
public final class Jdbc {

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work over one connection in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final boolean postgres;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = transaction(c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }

    /** True on PostgreSQL, which has {@code SELECT ... FOR UPDATE SKIP LOCKED}; false on Derby. */
    public boolean postgres() {
        return postgres;
    }

    public <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageFailure(e);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return transaction(c -> list(c, sql, row, parameters));
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int update(String sql, Object... parameters) {
        return transaction(c -> update(c, sql, parameters));
    }

    public long insert(String sql, Object... parameters) {
        return transaction(c -> insert(c, sql, parameters));
    }

    public long count(String sql, Object... parameters) {
        return one(sql, r -> r.getLong(1), parameters).orElse(0L);
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(row.map(result));
                }
                return rows;
            }
        }
    }

    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Inserts one row and answers its generated id. */
    public static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** A typed SQL NULL, for a parameter whose column is not text (Derby and PostgreSQL check the type). */
    public record Null(int sqlType) {
    }

    public static final Null NULL_BIGINT = new Null(java.sql.Types.BIGINT);

    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Null typed) {
                statement.setNull(i + 1, typed.sqlType());
            } else if (value == null) {
                statement.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A database failure: the platform answers 500 without details, the log has them. */
    public static final class StorageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StorageFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
