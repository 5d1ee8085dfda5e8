package io.coachline.common.tenancy;

import java.util.function.Supplier;

/**
 * The tenant of work that runs outside an HTTP request (Kafka consumers, schedulers, seeding),
 * where it comes from the event or the job. Inside a request the token decides instead.
 */
public final class TenantScope {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("A tenant is required");
        }
        String outer = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** The explicitly scoped tenant of this thread, or null. */
    public static String current() {
        return CURRENT.get();
    }
}
