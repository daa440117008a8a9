package io.paymenthub.platform;

import io.paymenthub.platform.migration.V10__Event_ids_in_blocks;
import io.paymenthub.platform.migration.V12__Idempotency_ids_in_blocks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Brings the database schema up to date when the EAR deploys (Flyway: the SQL of {@code db/migration} and the
 * Java migrations of {@code io.paymenthub.platform.migration}, named here), then has Hibernate validate its
 * mapping against it. A failure of either fails the deployment.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = "java:jboss/datasources/PaymentDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V10__Event_ids_in_blocks(), new V12__Idempotency_ids_in_blocks())
                .load()
                .migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
