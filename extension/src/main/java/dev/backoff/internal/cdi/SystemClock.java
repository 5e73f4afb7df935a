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

    /** Like {@code Thread.sleep}, but a zero wait does not hide an interrupt: {@code TimeUnit.sleep(0)} would. */
    @Override
    public void sleep(Duration wait) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a wait of " + wait);
        }
        TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    }
}
