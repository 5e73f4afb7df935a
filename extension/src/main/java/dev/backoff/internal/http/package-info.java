/**
 * Server-directed waits (issue 15): the delay a failed attempt carries, from a {@link dev.backoff.ServerDelay}, a
 * Jakarta REST exception or response, or a {@code java.net.http} response; and the release of a failed response before a
 * retry. The Jakarta REST API is optional: only {@code JaxRs} names it, loaded after a check that it is there. Nothing
 * here is ever a CDI bean, whatever finds this jar: the whole package is vetoed.
 */
@Vetoed
package dev.backoff.internal.http;

import jakarta.enterprise.inject.Vetoed;
