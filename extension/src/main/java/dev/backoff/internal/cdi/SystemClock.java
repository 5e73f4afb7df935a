package dev.backoff.internal.cdi;

import dev.backoff.spi.BackoffClock;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The default {@link BackoffClock}: {@link System#nanoTime()} and a real sleep of the calling thread. */
@Singleton
public class SystemClock implements BackoffClock {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration wait) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    }
}
