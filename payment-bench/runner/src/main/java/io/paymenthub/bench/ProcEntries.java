package io.paymenthub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The processes, or a process's threads, that a Linux {@code /proc} directory lists, and figures read off them. */
final class ProcEntries {

    /** One entry ({@code /proc/<pid>} or {@code /proc/<pid>/task/<tid>}), given with its {@code stat} line. */
    @FunctionalInterface
    interface Visit {
        void visit(Path entry, String stat) throws IOException;
    }

    /** A figure of one entry, read off its files. */
    @FunctionalInterface
    interface Figure {
        long of(Path entry, String stat) throws IOException;
    }

    private ProcEntries() {
    }

    /** PostgreSQL's processes, by the command name in their {@code stat} line. */
    static boolean isDatabase(String stat) {
        return stat.contains("(postgres)");
    }

    /** Visits the entries of {@code directory} whose {@code stat} line {@code matches}, but those that end meanwhile. */
    static void each(Path directory, Predicate<String> matches, Visit visit) {
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> visitIf(entry, matches, visit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum of {@code figure} over the entries {@link #each} visits. */
    static long sum(Path directory, Predicate<String> matches, Figure figure) {
        long[] sum = {0};
        each(directory, matches, (entry, stat) -> sum[0] += figure.of(entry, stat));
        return sum[0];
    }

    private static void visitIf(Path entry, Predicate<String> matches, Visit visit) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            if (matches.test(stat)) {
                visit.visit(entry, stat);
            }
        } catch (IOException e) {
            // ended meanwhile
        }
    }
}
