package io.paymenthub.notification.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets an app's notifications are signed with: its own from {@code PAYMENT_NOTIFY_SECRETS}
 * ({@code appA:secretA,appB:new|old}, apps named as in {@code PAYMENT_API_KEYS}; {@code new|old} keeps both active
 * during a rotation, the new one first), else {@code PAYMENT_NOTIFY_SECRET}. One app cannot sign for another: a
 * receiver that checks with its own secret refuses another app's events. A secret cannot contain {@code ,} or
 * {@code |}. Secrets never appear in a message.
 */
public final class NotifySecrets {

    private final Map<String, List<String>> perApp;
    private final List<String> others;

    private NotifySecrets(Map<String, List<String>> perApp, List<String> others) {
        this.perApp = Map.copyOf(perApp);
        this.others = others;
    }

    /** @throws IllegalArgumentException for an entry that is not {@code app:secret[|secret]}, naming the entry's app */
    public static NotifySecrets parse(Optional<String> secrets, Optional<String> othersSecret) {
        Map<String, List<String>> perApp = new HashMap<>();
        for (String entry : secrets.orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String app = colon < 0 ? "" : entry.substring(0, colon).trim();
            List<String> active = colon < 0 ? List.of() : Arrays.stream(entry.substring(colon + 1).split("\\|", -1))
                    .map(String::trim).toList();
            if (app.isEmpty() || active.isEmpty() || active.size() > 2 || active.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("PAYMENT_NOTIFY_SECRETS: an entry is not appId:secret or"
                        + " appId:new|old" + (app.isEmpty() ? "" : " (app " + app + ")"));
            }
            if (perApp.put(app, active) != null) {
                throw new IllegalArgumentException("PAYMENT_NOTIFY_SECRETS names app " + app + " twice");
            }
        }
        return new NotifySecrets(perApp, othersSecret.filter(s -> !s.isBlank()).map(List::of).orElse(List.of()));
    }

    /** The app's active secrets, newest first; empty when neither key gives it one (sent unsigned). */
    public List<String> of(String appId) {
        return perApp.getOrDefault(appId, others);
    }

    /** Whether some app's notifications would go unsigned. */
    public boolean someUnsigned() {
        return others.isEmpty();
    }
}
