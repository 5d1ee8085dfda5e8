package io.coachline.gateway.route;

import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Streams a service's answer body to the caller as it arrives (back-pressured both ways), after status and headers
 * were set by {@link ApiProxy} through the JAX-RS response, so response filters and the security headers still apply.
 */
@Provider
@Produces(MediaType.WILDCARD)
public class RelayedBodyWriter implements ServerMessageBodyWriter<RelayedBody> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == RelayedBody.class;
    }

    @Override
    public void writeResponse(RelayedBody body, Type genericType, ServerRequestContext context) {
        HttpServerResponse out = ((ResteasyReactiveRequestContext) context).serverRequest().unwrap(HttpServerResponse.class);
        HttpClientResponse in = body.upstream();
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            out.setChunked(true);
        }
        // ends the caller's response with the last byte; a broken upstream resets the caller's response too
        in.pipeTo(out);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == RelayedBody.class;
    }

    @Override
    public void writeTo(RelayedBody body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) {
        // only reached with writer interceptors, which the gateway has none of: a relayed body is never buffered
        throw new IllegalStateException("A relayed body is streamed by writeResponse");
    }
}
