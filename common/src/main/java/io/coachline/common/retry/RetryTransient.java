package io.coachline.common.retry;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated transaction again when it lost a race it can win on a second try: a
 * serialization failure or deadlock, a concurrent insert of the same key (first use), or a stale
 * optimistic version. Put it beside {@code @Transactional} on the outermost transactional method.
 * See {@link TransientRetryInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryTransient {
}
