package org.fabrique.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code clients} threads each send GET, wait for the whole body, and send the
 * next one, for a fixed duration. Reports throughput and latency percentiles over the requests that finished.
 */
public final class Load {

    private Load() {
    }

    public record Result(long requests, long errors, double perSecond, double p50Millis, double p99Millis) {
    }

    public static Result run(String url, int clients, Duration duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        AtomicLong errors = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + duration.toNanos();
        long begin = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            mine.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Samples all = new Samples();
        latencies.forEach(list -> list.forEach(nanos -> all.add(nanos / 1e6)));
        if (all.isEmpty()) {
            return new Result(0, errors.get(), 0, Double.NaN, Double.NaN);
        }
        return new Result(all.count(), errors.get(), all.count() / seconds, all.percentile(50), all.percentile(99));
    }
}
