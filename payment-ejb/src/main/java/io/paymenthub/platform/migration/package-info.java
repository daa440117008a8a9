/** Schema migrations Flyway cannot express in SQL shared by PostgreSQL and H2; {@code SchemaMigration} names them. */
package io.paymenthub.platform.migration;
