/**
 * The retry loops. No class here names a CDI type; the package carries {@code @Vetoed} only so that:
 * Nothing here is ever a CDI bean, whatever finds this jar (an archive with bean-discovery-mode all, a deployer's own
 * list of bean-defining annotations): the whole package is vetoed.
 */
@Vetoed
package dev.backoff.internal.engine;

import jakarta.enterprise.inject.Vetoed;
