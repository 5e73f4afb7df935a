package dev.backoff.internal.engine;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Records, in one list, what listeners and observers heard, so that tests can check the order across them. */
final class Journal {

    /** Who heard what: {@code who} is a listener's label or {@code "observer"}. */
    record Entry(String who, Object event) {
        String line() {
            return who + ":" + kind(event);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A listener that records each event under {@code label}. */
    BackoffListener listener(String label) {
        return new BackoffListener() {
            @Override
            public void onBackoff(BackoffEvent event) {
                entries.add(new Entry(label, event));
            }

            @Override
            public void onGiveup(GiveupEvent event) {
                entries.add(new Entry(label, event));
            }

            @Override
            public void onSuccess(SuccessEvent event) {
                entries.add(new Entry(label, event));
            }
        };
    }

    /** Observers of the given kinds (all when none given) that record each event fired under {@code "observer"}. */
    Observers observers(Observers.Kind... kinds) {
        Set<Observers.Kind> heard = kinds.length == 0 ? EnumSet.allOf(Observers.Kind.class)
                : EnumSet.copyOf(List.of(kinds));
        return new Observers() {
            @Override
            public boolean hear(Kind kind) {
                return heard.contains(kind);
            }

            @Override
            public void fire(Kind kind, Object event) {
                if (!heard.contains(kind)) {
                    throw new AssertionError(kind + " fired though nobody hears it");
                }
                entries.add(new Entry("observer", event));
            }
        };
    }

    /** {@code "label:kind"} for every entry, in order, for example {@code "first:backoff"}. */
    List<String> lines() {
        return entries.stream().map(Entry::line).toList();
    }

    /** The events of {@code type} that {@code who} heard, in order. */
    <E> List<E> events(String who, Class<E> type) {
        return entries.stream().filter(e -> e.who().equals(who) && type.isInstance(e.event()))
                .map(e -> type.cast(e.event())).toList();
    }

    private static String kind(Object event) {
        if (event instanceof BackoffEvent) {
            return "backoff";
        }
        if (event instanceof GiveupEvent) {
            return "giveup";
        }
        if (event instanceof SuccessEvent) {
            return "success";
        }
        return String.valueOf(event);
    }
}
