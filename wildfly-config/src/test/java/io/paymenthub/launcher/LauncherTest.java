package io.paymenthub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/payment-hub.sh, run against a stand-in standalone.sh that records the keystore password it was given: the
 * self-signed keystore's password is random per installation, kept across starts, and never the constant.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("src/main/server-content/bin/payment-hub.sh");
    private static final Path HTTPS_SCRIPT = Path.of("src/main/cli/configure-https.cli");

    @TempDir
    Path home;

    @Test
    void the_generated_keystore_gets_a_random_password_kept_for_the_next_start() throws Exception {
        Path server = install(home.resolve("one"));
        String first = start(server, Map.of());
        assertThat(first).matches("[0-9a-f]{48}");
        Path file = server.resolve("standalone/configuration/application.keystore.password");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(start(server, Map.of())).as("the next start").isEqualTo(first);

        assertThat(start(install(home.resolve("two")), Map.of())).as("another installation").isNotEqualTo(first);
    }

    @Test
    void a_keystore_generated_under_the_old_constant_password_is_moved_aside() throws Exception {
        Path server = install(home.resolve("old"));
        Path configuration = server.resolve("standalone/configuration");
        Files.writeString(configuration.resolve("application.keystore"), "made with 'password'");

        assertThat(start(server, Map.of())).matches("[0-9a-f]{48}");
        assertThat(configuration.resolve("application.keystore")).doesNotExist();
        assertThat(configuration.resolve("application.keystore.constant-password")).hasContent("made with 'password'");
    }

    @Test
    void a_configured_password_is_passed_on_and_nothing_is_generated() throws Exception {
        Path server = install(home.resolve("own"));
        assertThat(start(server, Map.of("PAYMENT_TLS_KEYSTORE_PASSWORD", "s3cret"))).isEqualTo("s3cret");
        assertThat(server.resolve("standalone/configuration/application.keystore.password")).doesNotExist();
    }

    @Test
    void a_base_directory_given_to_standalone_keeps_its_own_password() throws Exception {
        Path server = install(home.resolve("base"));
        Path node = home.resolve("node1");
        Files.createDirectories(node.resolve("configuration"));
        String password = start(server, Map.of(), "-Djboss.server.base.dir=" + node);
        assertThat(node.resolve("configuration/application.keystore.password")).hasContent(password);
    }

    @Test
    void the_server_takes_its_keystore_password_from_what_the_launcher_exports() throws IOException {
        assertThat(Files.readString(HTTPS_SCRIPT)).contains("clear-text=\"${env.PAYMENT_TLS_KEYSTORE_PASSWORD:");
    }

    @Test
    void an_empty_setting_reaches_the_server_as_unset() throws Exception {
        Path server = install(home.resolve("empty"));
        start(server, Map.of("PAYMENT_DB_URL", "", "BACKEND_URL", "", "BOG_LANGUAGE", "",
                "PAYMENT_DB_USER", "hub", "UNRELATED_EMPTY", ""));
        String environment = Files.readString(server.resolve("bin/environment"));
        assertThat(environment).doesNotContain("PAYMENT_DB_URL=").doesNotContain("BACKEND_URL=")
                .doesNotContain("BOG_LANGUAGE=")
                .contains("PAYMENT_DB_USER=hub").as("not the hub's: left alone").contains("UNRELATED_EMPTY=");
    }

    private static Path install(Path server) throws IOException {
        Files.createDirectories(server.resolve("bin"));
        Files.createDirectories(server.resolve("standalone/configuration"));
        Files.copy(LAUNCHER, server.resolve("bin/payment-hub.sh"));
        Path standalone = server.resolve("bin/standalone.sh");
        Files.writeString(standalone,
                "#!/bin/sh\nprintf '%s' \"$PAYMENT_TLS_KEYSTORE_PASSWORD\" > \"$(dirname \"$0\")/given\"\n"
                        + "env > \"$(dirname \"$0\")/environment\"\n");
        standalone.toFile().setExecutable(true);
        return server;
    }

    private static String start(Path server, Map<String, String> environment, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 2];
        command[0] = "sh";
        command[1] = server.resolve("bin/payment-hub.sh").toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PAYMENT_TLS") || name.startsWith("JBOSS_"));
        builder.environment().put("PAYMENT_SCHED_BATCH", "false");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readString(server.resolve("bin/given"));
    }
}
