package org.youthjustice.notification;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.youthjustice.platform.testing.SqlStatements;

/** Hands every statement Hibernate prepares to {@link SqlStatements}, for the tests that count them; changes none. */
@PersistenceUnitExtension
@ApplicationScoped
public class CountedStatements implements StatementInspector {

    @Override
    public String inspect(String sql) {
        SqlStatements.seen(sql);
        return sql;
    }
}
