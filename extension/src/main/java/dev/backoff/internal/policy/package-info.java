/**
 * The member table and the reading of policies at startup. The package carries {@code @Vetoed} so that:
 * Nothing here is ever a CDI bean, whatever finds this jar (an archive with bean-discovery-mode all, a deployer's own
 * list of bean-defining annotations): the whole package is vetoed.
 */
@Vetoed
package dev.backoff.internal.policy;

import jakarta.enterprise.inject.Vetoed;
