package dev.backoff.internal.engine;

/**
 * The CDI observers of the three events, as the engine sees them: whether each event type has one (decided once,
 * at startup, so that nothing is built when nobody listens), and how to fire an event to them.
 */
public interface Observers {

    /** No observers: nothing is ever fired. */
    Observers NONE = new Observers() {
        @Override
        public boolean hear(Kind kind) {
            return false;
        }

        @Override
        public void fire(Kind kind, Object event) {
        }
    };

    /** The three events. */
    enum Kind { BACKOFF, GIVEUP, SUCCESS }

    /** Whether someone observes events of this kind. */
    boolean hear(Kind kind);

    /** Fires {@code event} synchronously; an observer's exception propagates. */
    void fire(Kind kind, Object event);
}
