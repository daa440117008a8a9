package io.paymenthub.bench;

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
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        int total = warmup + measured;
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(new Worker(next, total, warmup, request, firstFailure));
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
        for (Worker worker : workers) {
            latency.add(worker.latency);
            failures += worker.failures;
            if (worker.latency.getTotalCount() > 0) {
                start = Math.min(start, worker.firstStart);
                end = Math.max(end, worker.lastEnd);
            }
        }
        double seconds = latency.getTotalCount() == 0 ? 0 : (end - start) / 1e9;
        return new Figures(name, latency.getTotalCount(), failures, firstFailure.get(), seconds, latency);
    }

    private static final class Worker implements Runnable {

        final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        final AtomicInteger next;
        final int total;
        final int warmup;
        final Request request;
        final AtomicReference<String> firstFailure;
        long failures;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;

        Worker(AtomicInteger next, int total, int warmup, Request request, AtomicReference<String> firstFailure) {
            this.next = next;
            this.total = total;
            this.warmup = warmup;
            this.request = request;
            this.firstFailure = firstFailure;
        }

        @Override
        public void run() {
            for (int index = next.getAndIncrement(); index < total; index = next.getAndIncrement()) {
                long start = System.nanoTime();
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
                }
            }
        }
    }

    /** One load's figures: measured requests, those not answered as expected, the window and the latencies. */
    record Figures(String name, long requests, long failures, String firstFailure, double seconds,
                   Histogram latency) {

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
