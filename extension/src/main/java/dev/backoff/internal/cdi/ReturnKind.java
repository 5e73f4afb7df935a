package dev.backoff.internal.cdi;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Which loop serves a method, by its declared return type (SPEC 3). */
enum ReturnKind {
    /** Anything else, {@code void} included: the loop runs on the calling thread. */
    SYNC,
    /** {@code CompletionStage} or {@code CompletableFuture}: the non-blocking loop. */
    STAGE,
    /** Mutiny {@code Uni}: the non-blocking loop, one attempt per subscription. */
    UNI;

    static final String UNI_TYPE = "io.smallrye.mutiny.Uni";

    static ReturnKind of(Method method) {
        Class<?> type = method.getReturnType();
        if (type == CompletionStage.class || type == CompletableFuture.class) {
            return STAGE;
        }
        return type.getName().equals(UNI_TYPE) ? UNI : SYNC;
    }
}
