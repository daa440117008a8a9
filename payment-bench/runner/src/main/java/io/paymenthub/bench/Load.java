package io.paymenthub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * A load: {@code workers} threads sending requests numbered {@code 0 … warmup + measured - 1}, each taking the next
 * number when its last request is answered. The first {@code warmup} are not measured; of the others every latency
 * is recorded (HdrHistogram, microseconds) and the throughput is their count over the time from the first measured
 * request's start to the last one's end.
 * <ul>
 * <li>{@link #closed}: a closed loop, each worker sending its next request at once — the most the server answers
 * with that many requests in flight, their latency mostly the wait behind each other;</li>
 * <li>{@link #atFixedRate}: an open loop, request {@code n} due {@code n / rate} seconds after the start whatever
 * the answers before it took, its latency counted from when it was due — so a request held up behind a slow one
 * (every worker busy) counts its wait too, as it would for a caller who does not wait for other callers
 * (no coordinated omission): the latency the server adds at that rate.</li>
 * </ul>
 */
final class Load {

    /** Sends request number {@code index}; true when it was answered as expected. */
    @FunctionalInterface
    interface Request {
        boolean send(int index) throws Exception;
    }

    /** When request number {@code index} is due, in {@link System#nanoTime()}; a closed loop's are due at once. */
    @FunctionalInterface
    private interface Schedule {
        long due(int index);
    }

    private static final long MAX_LATENCY_MICROS = 120_000_000L;
    private static final Schedule AT_ONCE = index -> System.nanoTime();

    private Load() {
    }

    static Figures closed(String name, int workers, int warmup, int measured, Request request) {
        return run(name, workers, warmup, measured, Long.MAX_VALUE, AT_ONCE, request);
    }

    /**
     * A closed loop that sends requests {@code 0, 1, …} for {@code duration}, measuring none (a warm-up); how many
     * were sent and how many were not answered as expected.
     */
    static Figures closedFor(String name, int workers, Duration duration, Request request) {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(name, workers, Integer.MAX_VALUE, 0, deadline, AT_ONCE, request);
    }

    /** An open loop: request {@code n} is due {@code n / perSecond} seconds after the start. */
    static Figures atFixedRate(String name, int workers, double perSecond, int warmup, int measured,
                               Request request) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("A fixed rate must be above zero, not " + perSecond);
        }
        double interval = 1e9 / perSecond;
        long start = System.nanoTime() + Duration.ofMillis(10).toNanos();
        return run(name, workers, warmup, measured, Long.MAX_VALUE,
                index -> start + Math.round(index * interval), request);
    }

    private static Figures run(String name, int workers, int warmup, int measured, long deadline, Schedule schedule,
                               Request request) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        int total = (int) Math.min(Integer.MAX_VALUE, (long) warmup + measured);
        List<Worker> all = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            all.add(new Worker(next, total, warmup, deadline, schedule, request, firstFailure));
        }
        List<Thread> threads = all.stream().map(w -> new Thread(w, name + "-" + all.indexOf(w))).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while " + name + " ran", e);
            }
        }
        Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        long failures = 0;
        long sent = 0;
        for (Worker worker : all) {
            latency.add(worker.latency);
            failures += worker.failures + (measured == 0 ? worker.warmupFailures : 0);
            sent += worker.sent;
            if (worker.latency.getTotalCount() > 0) {
                start = Math.min(start, worker.firstStart);
                end = Math.max(end, worker.lastEnd);
            }
        }
        double seconds = latency.getTotalCount() == 0 ? 0 : (end - start) / 1e9;
        return new Figures(name, latency.getTotalCount(), failures, firstFailure.get(), seconds, latency, sent);
    }

    private static final class Worker implements Runnable {

        final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        final AtomicInteger next;
        final int total;
        final int warmup;
        final long deadline;
        final Schedule schedule;
        final Request request;
        final AtomicReference<String> firstFailure;
        long sent;
        long failures;
        long warmupFailures;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;

        Worker(AtomicInteger next, int total, int warmup, long deadline, Schedule schedule, Request request,
               AtomicReference<String> firstFailure) {
            this.next = next;
            this.total = total;
            this.warmup = warmup;
            this.deadline = deadline;
            this.schedule = schedule;
            this.request = request;
            this.firstFailure = firstFailure;
        }

        @Override
        public void run() {
            for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
                long due = schedule.due(index);
                waitUntil(due);
                if (System.nanoTime() > deadline) {
                    return;
                }
                sent++;
                boolean ok;
                try {
                    ok = request.send(index);
                    if (!ok) {
                        firstFailure.compareAndSet(null, "request " + index + " was not answered as expected");
                    }
                } catch (Exception e) {
                    ok = false;
                    firstFailure.compareAndSet(null, "request " + index + ": " + e);
                }
                long end = System.nanoTime();
                if (index >= warmup) {
                    latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (end - due) / 1_000)));
                    firstStart = Math.min(firstStart, due);
                    lastEnd = Math.max(lastEnd, end);
                    if (!ok) {
                        failures++;
                    }
                } else if (!ok) {
                    warmupFailures++;
                }
            }
        }

        private static void waitUntil(long due) {
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /**
     * One load's figures: measured requests, those not answered as expected (of a warm-up: of all it sent), the
     * window, the latencies, and every request sent.
     */
    record Figures(String name, long requests, long failures, String firstFailure, double seconds,
                   Histogram latency, long sent) {

        double perSecond() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        double p50Millis() {
            return latency.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latency.getValueAtPercentile(99) / 1000.0;
        }

        double maxMillis() {
            return latency.getMaxValue() / 1000.0;
        }
    }
}
