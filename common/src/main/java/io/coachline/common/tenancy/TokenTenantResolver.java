package io.coachline.common.tenancy;

import io.coachline.common.security.CallerProducer;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Hibernate's discriminator tenancy asks this for the tenant whenever it opens a session. The
 * tenant is the one an explicit {@link TenantScope} names (events, jobs), else the caller's
 * token; with neither, a tenant that owns nothing, so a forgotten scope reads nothing.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

    /** Matches no row: tenant ids are organisation aliases, never this. */
    public static final String NO_TENANT = "-none-";

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        String scoped = TenantScope.current();
        if (scoped != null) {
            return scoped;
        }
        if (Arc.container().requestContext().isActive()) {
            CurrentIdentityAssociation association = Arc.container().instance(CurrentIdentityAssociation.class).get();
            SecurityIdentity identity = association != null ? association.getIdentity() : null;
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
                return CallerProducer.fromToken(jwt, identity.getRoles()).tenant();
            }
        }
        return NO_TENANT;
    }
}
