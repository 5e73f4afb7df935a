package dev.backoff.docs.containers;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands for {@code jakarta.transaction.Transactional} in the containers page's example (Jakarta Transactions is not a
 * dependency of this project): its interceptor, {@link TransactionInterceptor}, has the priority the Jakarta
 * Transactions specification gives the real one, {@code PLATFORM_BEFORE + 200}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Transactional {
}
