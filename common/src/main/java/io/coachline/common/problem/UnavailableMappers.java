package io.coachline.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database is away (restarted, unreachable, no connection to be had in time): 503 problem+json with
 * {@code Retry-After}, so a client retries instead of reporting a bug. The transaction was rolled back, nothing is
 * half-written. Any other failure stays {@link ProblemMappers#unexpected}'s 500; more specific mappers (constraint
 * or data errors, web exceptions) win over these by their type. The cause chain is searched because Hibernate,
 * Narayana and Arc wrap the JDBC failure; no Hibernate type is named, since the gateway has no Hibernate.
 */
public class UnavailableMappers {

    private static final Logger LOG = Logger.getLogger(UnavailableMappers.class);
    /** Seconds: a restarted PostgreSQL and Agroal's reconnect take a few. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response runtime(RuntimeException e, UriInfo uri) {
        return databaseFailure(e, uri);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri) {
        return databaseFailure(e, uri);
    }

    private static Response databaseFailure(Exception e, UriInfo uri) {
        if (!isConnectionFailure(e)) {
            return new ProblemMappers().unexpected(e, uri);
        }
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
        return ProblemMappers.respond(Problem.of(503, "unavailable", "Service unavailable",
                        "The database cannot be reached right now; nothing was changed. Try again shortly."), uri)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /**
     * SQLState class 08 (connection exception), 57P01–57P03 (the server shuts down or is starting up), a transient
     * connection failure, or no pooled connection in time; anywhere among the causes and suppressed exceptions
     * (a commit the server refused on shutting down reaches us only as a suppressed exception of the rollback).
     */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t : Causes.of(e)) {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Acquisition timeout") || message.contains("Unable to acquire JDBC Connection"))) {
                return true;
            }
        }
        return false;
    }
}
