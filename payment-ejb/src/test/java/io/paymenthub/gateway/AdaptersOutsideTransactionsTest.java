package io.paymenthub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.begateway.BeGateway;
import io.paymenthub.gateway.bog.BogGateway;
import io.paymenthub.gateway.dummy.DummyGateway;
import io.paymenthub.gateway.epayment.EpaymentGateway;
import io.paymenthub.gateway.newebpay.NewebPayGateway;
import io.paymenthub.gateway.spi.GatewayAdapter;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An EJB's class-level transaction attribute covers the methods its class declares; a method it inherits from an
 * interface's default runs in the container's default, a transaction. Every method of the SPI an adapter exposes
 * must be declared by a class that runs it outside transactions.
 */
class AdaptersOutsideTransactionsTest {

    private static final List<Class<? extends GatewayAdapter>> ADAPTERS = List.of(BeGateway.class, BogGateway.class,
            DummyGateway.class, EpaymentGateway.class, NewebPayGateway.class);

    @Test
    void every_method_of_the_spi_runs_outside_transactions_in_every_adapter() throws Exception {
        for (Class<? extends GatewayAdapter> adapter : ADAPTERS) {
            assertThat(adapter.getInterfaces()).as(adapter.getSimpleName() + " names its business interface")
                    .contains(GatewayAdapter.class);
            for (Method method : GatewayAdapter.class.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Class<?> declaring = adapter.getMethod(method.getName(), method.getParameterTypes()).getDeclaringClass();
                TransactionAttribute attribute = declaring.getAnnotation(TransactionAttribute.class);
                assertThat(declaring.isInterface()).as(adapter.getSimpleName() + "." + method.getName()).isFalse();
                assertThat(attribute).as(declaring.getSimpleName() + "'s transaction attribute").isNotNull();
                assertThat(attribute.value()).as(declaring.getSimpleName() + "." + method.getName())
                        .isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
            }
        }
    }
}
