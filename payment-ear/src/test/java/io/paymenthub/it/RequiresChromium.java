package io.paymenthub.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that drives a real Chromium. Without one on this machine it is skipped, with the reason shown — but
 * when the environment variable {@code CI} is set, a missing Chromium fails it: CI never passes by skipping.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    /** Debian's Chromium, or the one {@code -Dchromium.path} names. */
    Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
            }
            String reason = "No Chromium at " + CHROMIUM
                    + ": browser tests skipped (apt-get install chromium, or -Dchromium.path=...)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                throw new IllegalStateException(reason.replace("skipped", "cannot be skipped in CI"));
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
