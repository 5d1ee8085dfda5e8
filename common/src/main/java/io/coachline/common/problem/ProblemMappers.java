package io.coachline.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json: validation errors name their fields, unknown
 * ids are 404, and nothing internal (stack traces, SQL) ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem p = e.problem();
        Response.ResponseBuilder r = respond(p, uri);
        if (p.status() == 401) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        Locale locale = ProblemLanguage.of(headers());
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), ProblemLanguage.message(v, locale)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(Problem.of(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s).").withErrors(errors), uri).build();
    }

    /** More specific than the JSON mappers quarkus-rest-jackson brings, so these win. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "validation", "Invalid request", "The request body could not be read.")
                .withErrors(List.of(fieldErrorOf(e))), uri).build();
    }

    /**
     * For service code that converts JSON itself (merge patches): the same 400 as a body Jackson
     * could not read, naming the field, never Jackson's own message.
     */
    public static ProblemException unreadable(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        FieldError error = cause instanceof JsonProcessingException j ? fieldErrorOf(j) : new FieldError("body", "Has the wrong type or shape.");
        return ProblemException.invalid("The request body could not be read.", List.of(error));
    }

    /** The field a client got wrong and why, in words that show nothing of Java or Jackson. */
    static FieldError fieldErrorOf(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        String message;
        if (e instanceof StrictJson.Rejected r) {
            message = r.getOriginalMessage();
        } else if (e instanceof JsonParseException) {
            message = "The body is not valid JSON.";
        } else if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            message = "Is out of range for this field.";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "Must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            message = "Is not a valid " + describe(f.getTargetType()) + ".";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "Is not a known field.";
        } else {
            message = "Has the wrong type or shape.";
        }
        if (field == null || field.isEmpty()) {
            field = "body";
        }
        return new FieldError(field, message);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required."), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role may not do this."), uri).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return respond(Problem.of(404, "not-found", "Not found", "No such resource."), uri).build();
        }
        if (status == 400) {
            // the JSON reader of some resources wraps Jackson's failure: name its field all the same
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonProcessingException j) {
                    return unreadableJson(j, uri);
                }
            }
            // e.g. a body the JSON reader could not even start on; its message may name Java types
            return respond(Problem.of(400, "validation", "Invalid request", "The request could not be read.")
                    .withErrors(List.of(new FieldError("body", "Could not be read."))), uri).build();
        }
        if (status == 413) {
            return respond(BodyLimit.tooLarge(BodyLimit.configured()), uri).build();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(Problem.of(status, slug, title, status >= 500 ? "The request could not be served." : e.getMessage()), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The request could not be served. It was logged; nothing was changed."), uri).build();
    }

    static Response.ResponseBuilder respond(Problem p, UriInfo uri) {
        p = ProblemLanguage.translate(p, ProblemLanguage.of(headers())); // localisation hook: the caller's language
        return Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .entity(uri != null && p.instance() == null ? p.withInstance(uri.getPath()) : p);
    }

    /** The current request's headers, when there is one. */
    private static HttpHeaders headers() {
        try (var handle = io.quarkus.arc.Arc.container().instance(HttpHeaders.class)) {
            return handle.isAvailable() ? handle.get() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code create.body.panel[1]} → {@code panel[1]}; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    public static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "id (UUID)";
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "instant (ISO-8601 with offset)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            case "Short", "short", "Double", "double", "Float", "float", "BigDecimal", "BigInteger" -> "number";
            default -> "value";
        };
    }
}
