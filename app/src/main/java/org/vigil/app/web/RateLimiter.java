package org.vigil.app.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (an API key's name, a user, a client address): {@code ratePerSecond} tokens refill each
 * second up to {@code burst}. In memory and per process; keys idle for a minute are dropped, so memory stays bounded.
 */
public final class RateLimiter {
    private static final long IDLE_NANOS = 60_000_000_000L;
    private static final int MAX_KEYS = 100_000;

    private final double ratePerNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double ratePerSecond, int burst) {
        this(ratePerSecond, burst, System::nanoTime);
    }

    RateLimiter(double ratePerSecond, int burst, LongSupplier nanoTime) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate limit: rate and burst must be positive");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** Takes one token for {@code key}; false when the bucket is empty (the caller answers 429). */
    public boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_KEYS) {
            buckets.entrySet().removeIf(e -> now - e.getValue().at > IDLE_NANOS);
        }
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * ratePerNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Whether {@code key} has a token left, without taking it (to count only failures, say). */
    public boolean available(String key) {
        Bucket b = buckets.get(key);
        if (b == null) {
            return true;
        }
        synchronized (b) {
            return Math.min(burst, b.tokens + (nanoTime.getAsLong() - b.at) * ratePerNano) >= 1;
        }
    }

    /** Seconds until one token is available again, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / (ratePerNano * 1e9)));
    }
}
