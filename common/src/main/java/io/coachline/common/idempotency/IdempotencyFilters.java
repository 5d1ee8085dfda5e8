package io.coachline.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Idempotency-Key on every POST of a service (IETF httpapi-idempotency-key draft). The first
 * request with a key claims it (a row in {@code idempotency_key}, scoped to the caller's tenant and
 * user, kept 24 hours) and its answer is stored when it leaves; a retry with the same key and the
 * same request gets that answer again (status, body, Location), with a different request 422, and
 * while the first is still being served 409. A 5xx answer is not kept, so the client can retry.
 * Services without a database (the gateway) relay the header and keep nothing.
 */
public class IdempotencyFilters {

    static final String CLAIM = "coachline.idempotency-key";
    static final String KEPT = "24 hours";
    /** A claim whose answer never came (the service died mid-request) is given up after this. */
    static final String ABANDONED = "5 minutes";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<Caller> caller;

    @Inject
    ObjectMapper json;

    record Owner(String tenant, String user) {
    }

    record Claim(Owner owner, IdempotencyKey key) {
    }

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod()) || dataSource.isUnsatisfied()) {
            return null;
        }
        IdempotencyKey key = IdempotencyKey.parse(request.getHeaderString(IdempotencyKey.HEADER));
        if (key == null || identity.isAnonymous()) {
            return null; // no key: an ordinary POST; anonymous: the endpoint refuses it itself
        }
        Owner owner;
        try {
            Caller c = caller.get();
            owner = new Owner(c.tenant(), c.id().toString());
        } catch (ProblemException e) {
            return null;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = IdempotencyKey.fingerprint("POST", request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery()),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        try (Connection db = dataSource.get().getConnection()) {
            try (PreparedStatement expire = db.prepareStatement("DELETE FROM idempotency_key WHERE tenant_id = ? AND user_id = ?"
                    + " AND (created_at < now() - interval '" + KEPT + "' OR (status IS NULL AND created_at < now() - interval '" + ABANDONED + "'))")) {
                expire.setString(1, owner.tenant());
                expire.setString(2, owner.user());
                expire.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO idempotency_key (tenant_id, user_id, idem_key, fingerprint)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, owner.tenant());
                insert.setString(2, owner.user());
                insert.setString(3, key.value());
                insert.setString(4, fingerprint);
                if (insert.executeUpdate() == 1) {
                    request.setProperty(CLAIM, new Claim(owner, key));
                    return null;
                }
            }
            try (PreparedStatement select = db.prepareStatement("SELECT fingerprint, status, location, content_type, body"
                    + " FROM idempotency_key WHERE tenant_id = ? AND user_id = ? AND idem_key = ?")) {
                select.setString(1, owner.tenant());
                select.setString(2, owner.user());
                select.setString(3, key.value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        // expired between our insert and this read: a rare race, the client may simply retry
                        return problem(409, "idempotency-key-in-use", "Idempotency key in use", "Retry the request.");
                    }
                    if (!fingerprint.equals(row.getString(1))) {
                        return problem(422, "idempotency-key-reused", "Idempotency key reused",
                                "This key was already used for a different request; use a new key for a new request.");
                    }
                    if (row.getObject(2) == null) {
                        return problem(409, "idempotency-key-in-use", "Idempotency key in use",
                                "The first request with this key is still being served; retry when it has answered.");
                    }
                    Response.ResponseBuilder replay = Response.status(row.getInt(2)).header("Idempotent-Replayed", "true");
                    if (row.getString(3) != null) {
                        replay.header(HttpHeaders.LOCATION, row.getString(3));
                    }
                    byte[] stored = row.getBytes(5);
                    if (stored != null && stored.length > 0) {
                        replay.entity(stored).type(row.getString(4));
                    }
                    return replay.build();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key store unavailable", e);
        }
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        try (Connection db = dataSource.get().getConnection()) {
            if (response.getStatus() >= 500) {
                try (PreparedStatement forget = db.prepareStatement(
                        "DELETE FROM idempotency_key WHERE tenant_id = ? AND user_id = ? AND idem_key = ?")) {
                    forget.setString(1, claim.owner().tenant());
                    forget.setString(2, claim.owner().user());
                    forget.setString(3, claim.key().value());
                    forget.executeUpdate();
                }
                return;
            }
            try (PreparedStatement keep = db.prepareStatement("UPDATE idempotency_key SET status = ?, location = ?, content_type = ?,"
                    + " body = ? WHERE tenant_id = ? AND user_id = ? AND idem_key = ?")) {
                keep.setInt(1, response.getStatus());
                keep.setString(2, response.getHeaderString(HttpHeaders.LOCATION));
                keep.setString(3, response.getMediaType() == null ? null : response.getMediaType().toString());
                keep.setBytes(4, bytes(response.getEntity()));
                keep.setString(5, claim.owner().tenant());
                keep.setString(6, claim.owner().user());
                keep.setString(7, claim.key().value());
                keep.executeUpdate();
            }
        } catch (SQLException | IOException e) {
            // the claim stays unanswered and is given up after ABANDONED; the answer itself still goes out
            LOG.warnf("Could not keep the answer of idempotency key %s: %s", claim.key().value(), e.toString());
        }
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    private static Response problem(int status, String slug, String title, String detail) {
        Problem p = Problem.of(status, slug, title, detail).withErrors(List.of(new FieldError(IdempotencyKey.HEADER, detail)));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
