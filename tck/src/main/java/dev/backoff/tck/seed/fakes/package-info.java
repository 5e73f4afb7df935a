/**
 * What the seed examples call, standing for the libraries of the Python examples: an HTTP client shaped like
 * Python's {@code requests} ({@link dev.backoff.tck.seed.fakes.HttpClient}, {@link dev.backoff.tck.seed.fakes.Response}
 * and its exceptions), AWS clients ({@link dev.backoff.tck.seed.fakes.Aws}), a JDBC driver
 * ({@link dev.backoff.tck.seed.fakes.FakeDriver}) and {@link dev.backoff.tck.seed.fakes.Work}, the body of the examples
 * whose Python body is only {@code pass}. Each plays a {@link dev.backoff.tck.seed.Script} written by the test. The
 * docs' guide examples use them too.
 */
package dev.backoff.tck.seed.fakes;
