package io.paymenthub.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RoutingDriverTest {

    @Test
    void postgresqlRewritesBatchedInsertsUnlessTheDatasourceSaysOtherwise() {
        Properties given = new Properties();
        given.setProperty("user", "hub");

        Properties defaulted = RoutingDriver.withDefaults("jdbc:postgresql://db/hub", given);
        assertThat(defaulted).containsEntry("user", "hub").containsEntry("reWriteBatchedInserts", "true");
        assertThat(given).doesNotContainKey("reWriteBatchedInserts");

        given.setProperty("reWriteBatchedInserts", "false");
        assertThat(RoutingDriver.withDefaults("jdbc:postgresql://db/hub", given))
                .containsEntry("reWriteBatchedInserts", "false");
    }

    @Test
    void h2GetsOnlyWhatItWasGiven() {
        Properties given = new Properties();
        given.setProperty("user", "sa");

        assertThat(RoutingDriver.withDefaults("jdbc:h2:mem:hub", given)).isEqualTo(given);
        assertThat(RoutingDriver.withDefaults("jdbc:h2:mem:hub", null)).isEmpty();
    }
}
