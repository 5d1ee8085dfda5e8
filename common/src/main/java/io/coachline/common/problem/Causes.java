package io.coachline.common.problem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every throwable behind a failure: its causes and the exceptions suppressed by any of them, each once. The database's
 * own error is often only among the suppressed: Narayana throws a {@code RollbackException} without a cause and adds
 * the failed commit's {@code XAException} (caused by the driver's {@code SQLException}) as suppressed.
 */
public final class Causes {

    private Causes() {
    }

    public static List<Throwable> of(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return all;
    }
}
