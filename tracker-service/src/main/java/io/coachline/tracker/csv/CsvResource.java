package io.coachline.tracker.csv;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The seeker's whole application log as CSV, both ways (docs/csv-format.md). */
@Path("/api")
public class CsvResource {

    @Inject
    ApplicationLog log;

    @Inject
    Caller caller;

    @Inject
    io.coachline.tracker.people.People people;

    @GET
    @Path("/applications/export.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.SEEKER)
    public Response export() {
        List<ImportedApplication> applications = log.export(caller.id());
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF'); // spreadsheets recognise UTF-8 by it
            CsvExport.write(writer, applications);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"application-log.csv\"").build();
    }

    /** All or nothing: every bad row and field is listed, and nothing is written unless all is well. */
    @POST
    @Path("/applications/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SEEKER)
    @Transactional
    public Response importLog(InputStream body) throws IOException {
        ImportResult result;
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            result = CsvImport.read(reader, caller.timeZone());
        } catch (CsvFormatException e) {
            throw ProblemException.invalid("The file is not valid CSV.",
                    List.of(new FieldError("file", e.getMessage(), e.row())));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ProblemException.invalid("file", "Is not UTF-8 text.");
        }
        if (!result.isValid()) {
            List<FieldError> errors = result.errors().stream()
                    .map(e -> new FieldError(e.field() == null ? "file" : e.field(), e.message(), e.row())).toList();
            throw new ProblemException(Problem.of(400, "validation", "Invalid file",
                    result.errors().size() + " problem(s) in the file; nothing was imported.").withErrors(errors));
        }
        if (result.applications().isEmpty()) {
            throw ProblemException.invalid("file", "Holds no applications.");
        }
        people.ensure(caller);
        List<UUID> ids = log.importLog(caller.tenant(), caller.id(), result.applications());
        return Response.ok(Map.of("imported", ids.size(), "ignoredColumns", result.ignoredColumns())).build();
    }
}
