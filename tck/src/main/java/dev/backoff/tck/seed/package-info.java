/**
 * The seed examples: every example of the Python {@code backoff} documentation, in Java. The classes a reader of an
 * example sees (the bean with {@code @Backoff}, its predicates, wait functions, listeners and limits) are top-level
 * classes of a subpackage per example ({@code basic}, {@code retryafter}, ..., {@code customgiveup}), marked with
 * {@code // region example} where {@code docs/from-python.md} shows them; what they call is in
 * {@link dev.backoff.tck.seed.fakes}. Each example's scenario test is here, {@code @Spec("seed: <heading>")}, but those
 * of the three async examples, which {@code dev.backoff.tck.async.AsyncSeedExamplesTest} runs. ({@code
 * ConcurrentCallsTest}, also here, is no example: it checks SPEC 2.1 under concurrent calls.)
 */
package dev.backoff.tck.seed;
