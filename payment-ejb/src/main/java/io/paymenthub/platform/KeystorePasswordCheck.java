package io.paymenthub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Warns at every start when the HTTPS keystore is under WildFly's constant fallback password: the server was started
 * without {@code bin/payment-hub.sh} (which makes a random one) and without {@code PAYMENT_TLS_KEYSTORE_PASSWORD}.
 * The server's configuration reads the environment variable only (configure-https.cli), so that is what is checked.
 */
@ApplicationScoped
public class KeystorePasswordCheck {

    static final String KEY = "PAYMENT_TLS_KEYSTORE_PASSWORD";
    private static final Logger LOG = Logger.getLogger(KeystorePasswordCheck.class);

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (usesFallback(System.getenv())) {
            LOG.warnf("%s is not set: the HTTPS keystore is under WildFly's constant default password. Start the"
                    + " server with bin/payment-hub.sh (a random password, kept per installation) or set %s", KEY, KEY);
        }
    }

    static boolean usesFallback(Map<String, String> environment) {
        String password = environment.get(KEY);
        return password == null || password.isEmpty();
    }
}
