package io.paymenthub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.paymenthub.gateway.spi.GatewayAdapter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class MeteredGatewayTest {

    @Test
    void every_method_of_the_spi_is_passed_on_to_the_adapter_defaults_included() throws Exception {
        for (Method method : GatewayAdapter.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Method own = MeteredGateway.class.getMethod(method.getName(), method.getParameterTypes());
            assertThat(own.getDeclaringClass()).as(method.getName()).isEqualTo(MeteredGateway.class);
        }
    }
}
