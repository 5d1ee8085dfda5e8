package io.coachline.common.concurrency;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Carries If-Match into {@link EntityTags} and the version a service answered out as ETag. */
public class EntityTagFilters {

    @Inject
    EntityTags tags;

    @ServerRequestFilter
    public void ifMatch(ContainerRequestContext request) {
        tags.ifMatch(request.getHeaderString(HttpHeaders.IF_MATCH));
    }

    @ServerResponseFilter
    public void etag(ContainerResponseContext response) {
        if (response.getStatus() >= 200 && response.getStatus() < 300 && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            String etag = tags.answered();
            if (etag != null) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            }
        }
    }
}
