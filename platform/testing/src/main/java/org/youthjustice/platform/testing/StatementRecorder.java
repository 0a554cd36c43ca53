package org.youthjustice.platform.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hands every statement Hibernate prepares to {@link SqlStatements} and changes none. A service's tests name it in
 * their configuration ({@code %test.quarkus.hibernate-orm.unsupported-properties."hibernate.session_factory.statement_inspector"});
 * Hibernate makes it from its name, so it is no bean and this jar need not be a bean archive.
 */
public class StatementRecorder implements StatementInspector {

    @Override
    public String inspect(String sql) {
        SqlStatements.seen(sql);
        return sql;
    }
}
