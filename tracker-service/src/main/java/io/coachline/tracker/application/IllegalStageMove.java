package io.coachline.tracker.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stage move refused by {@link StageMachine}. Carries the move, whether it was asked as a
 * re-open, and the moves that <em>are</em> allowed from {@link #from()}, so an HTTP layer can
 * answer 409 with a useful detail.
 */
public class IllegalStageMove extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Stage from;
    private final Stage to;
    private final boolean reopen;
    private final Set<Stage> allowed;
    private final Set<Stage> allowedWithReopen;

    public IllegalStageMove(Stage from, Stage to, boolean reopen, Set<Stage> allowed, Set<Stage> allowedWithReopen) {
        super(message(from, to, reopen, allowed, allowedWithReopen));
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.reopen = reopen;
        this.allowed = unmodifiable(allowed);
        this.allowedWithReopen = unmodifiable(allowedWithReopen);
    }

    public Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }

    /** Whether the refused move was asked as a re-open. */
    public boolean reopen() {
        return reopen;
    }

    /** The moves allowed from {@link #from()} without re-opening (empty for a terminal stage). */
    public Set<Stage> allowed() {
        return allowed;
    }

    /** The moves allowed from {@link #from()} with {@code reopen=true} (empty for an open stage). */
    public Set<Stage> allowedWithReopen() {
        return allowedWithReopen;
    }

    /** True when the very same move would have been accepted as an explicit re-open. */
    public boolean needsReopen() {
        return !reopen && allowedWithReopen.contains(to);
    }

    private static Set<Stage> unmodifiable(Set<Stage> s) {
        return s.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(s));
    }

    private static String message(Stage from, Stage to, boolean reopen, Set<Stage> allowed, Set<Stage> allowedWithReopen) {
        StringBuilder m = new StringBuilder("Cannot move an application from ")
                .append(from).append(" to ").append(to);
        if (from == to) {
            m.append(" (it is already ").append(from).append(')');
        }
        m.append(". ");
        if (from.isTerminal()) {
            m.append(from).append(" is closed");
            if (!reopen && allowedWithReopen.contains(to)) {
                m.append(" and must be re-opened explicitly (reopen=true) first");
            }
            m.append("; it can only be re-opened to: ").append(list(allowedWithReopen)).append('.');
        } else {
            m.append("Allowed from ").append(from).append(": ").append(list(allowed)).append('.');
        }
        return m.toString();
    }

    private static String list(Set<Stage> s) {
        if (s.isEmpty()) {
            return "none";
        }
        return s.stream().sorted().map(Stage::name).collect(Collectors.joining(", "));
    }
}
