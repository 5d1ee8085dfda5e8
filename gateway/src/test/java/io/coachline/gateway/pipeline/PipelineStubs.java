package io.coachline.gateway.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Tracker, reminder and feedback as the pipeline view sees them: a caseload of two clients (Ada with reminders and
 * feedback, Bo with none), each answer replaceable per path ({@link #ANSWERS}), a {@link #delayMillis} per call to
 * show the calls run in parallel, and every request recorded in {@link #SEEN}.
 */
public class PipelineStubs implements QuarkusTestResourceLifecycleManager {

    public static final String ADA = "00000000-0000-4000-8000-00000000a0da";
    public static final String BO = "00000000-0000-4000-8000-0000000000b0";
    public static final String COACH = "00000000-0000-4000-8000-0000000000c1";

    public record Seen(String service, String pathAndQuery, String authorization) {
    }

    public record Answer(int status, String body) {
    }

    public static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    /** "service path?query" → answer; absent: the default below. */
    public static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    public static volatile long delayMillis;

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    public static void reset() {
        SEEN.clear();
        ANSWERS.clear();
        delayMillis = 0;
        ANSWERS.put("tracker /api/clients", new Answer(200, """
                {"items":[
                 {"id":"%s","displayName":"Ada Lovelace","email":"ada@fjord.example","coachId":"%s",
                  "stageCounts":{"APPLIED":2,"INTERVIEW":1},"activeApplications":3,"lastActivityAt":"2025-01-10T10:00:00Z"},
                 {"id":"%s","displayName":"Bo Ek","email":"bo@fjord.example","coachId":"%s",
                  "stageCounts":{},"activeApplications":0,"lastActivityAt":null}]}
                """.formatted(ADA, COACH, BO, COACH)));
        ANSWERS.put("reminder /api/clients/" + ADA + "/reminders?limit=500", new Answer(200, """
                {"items":[
                 {"id":"r1","status":"DUE","overdue":true,"dueOn":"2025-01-05","rule":"F1"},
                 {"id":"r2","status":"DUE","overdue":false,"dueOn":"2025-01-13","rule":"F2"},
                 {"id":"r3","status":"SCHEDULED","overdue":false,"dueOn":"2025-02-01","rule":"F3"},
                 {"id":"r4","status":"DONE","overdue":false,"dueOn":"2024-12-01","rule":"F5"}],"nextCursor":null}
                """));
        ANSWERS.put("reminder /api/clients/" + BO + "/reminders?limit=500", new Answer(200, "{\"items\":[],\"nextCursor\":null}"));
        ANSWERS.put("feedback /api/feedback?seekerId=" + ADA, new Answer(200, """
                {"items":[
                 {"id":"00000000-0000-4000-8000-00000000f001","applicationId":"00000000-0000-4000-8000-00000000a001",
                  "outcome":"REJECTED","stageReached":"INTERVIEW","rejectionReason":"MORE_EXPERIENCE","createdAt":"2025-01-12T08:00:00Z"},
                 {"id":"00000000-0000-4000-8000-00000000f000","applicationId":"00000000-0000-4000-8000-00000000a000",
                  "outcome":"REJECTED","stageReached":"APPLIED","rejectionReason":null,"createdAt":"2024-11-02T08:00:00Z"}],"nextCursor":null}
                """));
        ANSWERS.put("feedback /api/feedback?seekerId=" + BO, new Answer(404, "{\"status\":404}"));
    }

    @Override
    public Map<String, String> start() {
        reset();
        return Map.of(
                "coachline.pipeline.tracker-url", stub("tracker"),
                "coachline.pipeline.reminder-url", stub("reminder"),
                "coachline.pipeline.feedback-url", stub("feedback"));
    }

    private String stub(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() != null ? "?" + exchange.getRequestURI().getRawQuery() : "");
        SEEN.add(new Seen(service, uri, exchange.getRequestHeaders().getFirst("Authorization")));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Answer answer = ANSWERS.getOrDefault(service + " " + uri, new Answer(404, "{\"status\":404}"));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }
}
