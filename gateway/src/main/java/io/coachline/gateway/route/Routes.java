package io.coachline.gateway.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which service serves which part of {@code /api}: the first matching rule wins. */
@ApplicationScoped
public class Routes {

    record Route(Pattern path, String service) {
    }

    static final List<Route> TABLE = List.of(
            new Route(Pattern.compile("^/api/clients/[^/]+/reminders(/.*)?$"), "reminder"),
            new Route(Pattern.compile("^/api/(reminders|calendar|policy|settings)(/.*)?$"), "reminder"),
            new Route(Pattern.compile("^/api/(feedback|taxonomy|reports)(/.*)?$"), "feedback"),
            new Route(Pattern.compile("^/api/(me|applications|clients|assignments|people)(/.*)?$"), "tracker"));

    @ConfigProperty(name = "coachline.tracker-url")
    URI tracker;

    @ConfigProperty(name = "coachline.reminder-url")
    URI reminder;

    @ConfigProperty(name = "coachline.feedback-url")
    URI feedback;

    public Optional<URI> baseFor(String path) {
        return TABLE.stream()
                .filter(r -> r.path().matcher(path).matches())
                .findFirst()
                .map(r -> switch (r.service()) {
                    case "reminder" -> reminder;
                    case "feedback" -> feedback;
                    default -> tracker;
                });
    }
}
