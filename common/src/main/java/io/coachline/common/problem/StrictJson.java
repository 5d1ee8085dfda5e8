package io.coachline.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * What every JSON body must hold before a service looks at it: text PostgreSQL can store (no NUL,
 * no half surrogate pair), dates and instants within {@link DateRange}, enums by name only (never
 * {@code "sector": 0}). A value that breaks a rule fails the read with a {@link Rejected} naming
 * its field, answered 400 by {@link ProblemMappers}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** For mappers made outside CDI (tests, tools): the same rules. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS).registerModule(module());
    }

    /** A value read well but refused by a rule; its message is meant for the client. */
    public static class Rejected extends JsonMappingException {
        Rejected(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** The reason text is refused, or null when PostgreSQL can store it as it is. */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "Must not contain the NUL character (\\u0000).";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Must not contain a lone UTF-16 surrogate (\\u" + Integer.toHexString(c) + ").";
            }
        }
        return null;
    }

    static Module module() {
        SimpleModule module = new SimpleModule("coachline-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, v -> unstorable((String) v));
                }
                if (type == LocalDate.class) {
                    return new Checked(deserializer, v -> DateRange.contains((LocalDate) v) ? null : DateRange.MESSAGE);
                }
                if (type == Instant.class) {
                    return new Checked(deserializer, v -> instant((Instant) v));
                }
                if (type == OffsetDateTime.class) {
                    return new Checked(deserializer, v -> instant(((OffsetDateTime) v).toInstant()));
                }
                if (type == ZonedDateTime.class) {
                    return new Checked(deserializer, v -> instant(((ZonedDateTime) v).toInstant()));
                }
                if (type == LocalDateTime.class) {
                    return new Checked(deserializer, v -> DateRange.contains(((LocalDateTime) v).toLocalDate()) ? null : DateRange.MESSAGE);
                }
                return deserializer;
            }
        });
        return module;
    }

    private static String instant(Instant at) {
        return DateRange.contains(at) ? null : "Must be an instant from " + DateRange.MIN + " to " + DateRange.MAX + ".";
    }

    /** Reads with the usual deserializer, then refuses what {@code rule} names a reason for. */
    static final class Checked extends DelegatingDeserializer {
        private final transient Function<Object, String> rule;

        Checked(JsonDeserializer<?> delegate, Function<Object, String> rule) {
            super(delegate);
            this.rule = rule;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, rule);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            String reason = value == null ? null : rule.apply(value);
            if (reason != null) {
                throw new Rejected(p, reason);
            }
            return value;
        }
    }
}
