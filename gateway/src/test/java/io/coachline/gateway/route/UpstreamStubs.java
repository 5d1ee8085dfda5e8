package io.coachline.gateway.route;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Three tiny HTTP servers standing in for tracker, reminder and feedback: they record what the
 * gateway relayed (method, path, query, Authorization, body) and answer with who they are. A path ending in
 * {@code /stuck} answers only after 15 s.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    public record Seen(String service, String method, String pathAndQuery, String authorization, String body, int clientPort) {
    }

    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "coachline.tracker-url", stub("tracker"),
                "coachline.reminder-url", stub("reminder"),
                "coachline.feedback-url", stub("feedback"));
    }

    private String stub(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().endsWith("/stuck")) {
                    // a service that accepted the connection and never answers in time
                    try {
                        Thread.sleep(15_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String uri = exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() != null ? "?" + exchange.getRequestURI().getRawQuery() : "");
                SEEN.add(new Seen(service, exchange.getRequestMethod(), uri,
                        exchange.getRequestHeaders().getFirst("Authorization"), body,
                        exchange.getRemoteAddress().getPort()));
                byte[] answer = ("{\"servedBy\":\"" + service + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }
}
