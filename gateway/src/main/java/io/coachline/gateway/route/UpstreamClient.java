package io.coachline.gateway.route;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The gateway's one non-blocking HTTP client to the services: keep-alive connections pooled per upstream
 * (host and port), on the same event loops as the incoming requests, so a relayed call blocks no thread.
 */
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient http;

    UpstreamClient(Vertx vertx,
                   @ConfigProperty(name = "coachline.gateway.upstream-connections", defaultValue = "64") int connections,
                   @ConfigProperty(name = "coachline.gateway.upstream-connect-timeout", defaultValue = "PT5S") Duration connectTimeout) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                // an idle pooled connection is dropped before the service's own idle timeout could close it under us
                .setKeepAliveTimeout(30)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) connectTimeout.toMillis());
        this.http = vertx.httpClientBuilder().with(options).with(new PoolOptions().setHttp1MaxSize(connections)).build();
    }

    public HttpClient http() {
        return http;
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
