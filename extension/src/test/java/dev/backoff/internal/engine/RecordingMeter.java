package dev.backoff.internal.engine;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.PolicyMeter;

import java.util.ArrayList;
import java.util.List;

/** A meter that records, one line each, what a policy counts: "succeeded 2", "retried 1000000000", "gave up MAX_TRIES". */
final class RecordingMeter implements PolicyMeter {

    final List<String> lines = new ArrayList<>();

    @Override
    public void succeeded(int tries) {
        lines.add("succeeded " + tries);
    }

    @Override
    public void gaveUp(GiveupReason reason) {
        lines.add("gave up " + reason);
    }

    @Override
    public void retried(long waitNanos) {
        lines.add("retried " + waitNanos);
    }
}
