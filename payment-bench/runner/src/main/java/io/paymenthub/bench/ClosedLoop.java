package io.paymenthub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: {@code connections} workers, each sending its next request as soon as the last one is
 * answered, over requests numbered {@code 0 … warmup + measured - 1}. The first {@code warmup} are not measured;
 * of the others every latency is recorded (HdrHistogram, microseconds) and the throughput is their count over the
 * time from the first measured request's start to the last one's end.
 */
final class ClosedLoop {

    /** Sends request number {@code index}; true when it was answered as expected. */
    @FunctionalInterface
    interface Request {
        boolean send(int index) throws Exception;
    }

    private static final long MAX_LATENCY_MICROS = 120_000_000L;

    private ClosedLoop() {
    }

    static Figures run(String name, int connections, int warmup, int measured, Request request) {
        return run(name, connections, warmup, measured, Long.MAX_VALUE, request);
    }

    /**
     * Sends requests {@code 0, 1, …} for {@code duration}, measuring none (a warm-up); how many were sent and how
     * many were not answered as expected.
     */
    static Figures runFor(String name, int connections, Duration duration, Request request) {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(name, connections, Integer.MAX_VALUE, 0, deadline, request);
    }

    private static Figures run(String name, int connections, int warmup, int measured, long deadline,
                               Request request) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        int total = (int) Math.min(Integer.MAX_VALUE, (long) warmup + measured);
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(new Worker(next, total, warmup, deadline, request, firstFailure));
        }
        List<Thread> threads = workers.stream().map(w -> new Thread(w, name + "-" + workers.indexOf(w))).toList();
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
        for (Worker worker : workers) {
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
        final Request request;
        final AtomicReference<String> firstFailure;
        long sent;
        long failures;
        long warmupFailures;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;

        Worker(AtomicInteger next, int total, int warmup, long deadline, Request request,
               AtomicReference<String> firstFailure) {
            this.next = next;
            this.total = total;
            this.warmup = warmup;
            this.deadline = deadline;
            this.request = request;
            this.firstFailure = firstFailure;
        }

        @Override
        public void run() {
            for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
                long start = System.nanoTime();
                if (start > deadline) {
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
                    latency.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (end - start) / 1_000)));
                    firstStart = Math.min(firstStart, start);
                    lastEnd = Math.max(lastEnd, end);
                    if (!ok) {
                        failures++;
                    }
                } else if (!ok) {
                    warmupFailures++;
                }
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
