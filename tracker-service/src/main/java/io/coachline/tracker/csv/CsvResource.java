package io.coachline.tracker.csv;

import io.coachline.common.problem.FieldError;
import io.coachline.common.problem.Problem;
import io.coachline.common.problem.ProblemException;
import io.coachline.common.security.Caller;
import io.coachline.common.security.Role;
import io.coachline.tracker.application.Applications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The seeker's whole application log as CSV, both ways (docs/csv-format.md). The import takes the
 * file as it is ({@code text/csv}) or, with the seeker's mapping choices, as JSON
 * ({@link ImportRequest}); the preview reads a file the same way and stores nothing.
 */
@Path("/api")
public class CsvResource {

    /** A file with the seeker's choices (see {@link ImportOptions}); every part but {@code csv} optional. */
    public record ImportRequest(String csv, String dateOrder, Map<String, String> columns,
                                Map<String, Map<String, String>> values) {
    }

    @Inject
    ApplicationLog log;

    @Inject
    ImportMappings mappings;

    @Inject
    Applications applications;

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
    public Response importLog(InputStream body, @QueryParam("dateOrder") String dateOrder) throws IOException {
        return importFile(new ImportRequest(utf8(body), dateOrder, null, null));
    }

    @POST
    @Path("/applications/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SEEKER)
    @Transactional
    public Response importWithChoices(ImportRequest request) {
        return importFile(request);
    }

    /** How the file would be imported, with what is unmapped; stores nothing. */
    @POST
    @Path("/applications/import/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SEEKER)
    public ImportPreview preview(InputStream body, @QueryParam("dateOrder") String dateOrder) throws IOException {
        return previewFile(new ImportRequest(utf8(body), dateOrder, null, null));
    }

    @POST
    @Path("/applications/import/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SEEKER)
    public ImportPreview previewWithChoices(ImportRequest request) {
        return previewFile(request);
    }

    private ImportPreview previewFile(ImportRequest request) {
        Reading r = options(request);
        ImportPreview p = CsvImport.preview(new StringReader(r.csv), r.options);
        return p.withRemembered(r.remembered);
    }

    private Response importFile(ImportRequest request) {
        Reading r = options(request);
        ImportResult result = CsvImport.read(new StringReader(r.csv), r.options);
        if (!result.isValid()) {
            List<FieldError> errors = result.errors().stream()
                    .map(e -> new FieldError(e.field() == null ? "file" : e.field(), e.message(), e.row())).toList();
            throw new ProblemException(Problem.of(400, "validation", "Invalid file",
                    result.errors().size() + " problem(s) in the file; nothing was imported. Columns and words the"
                            + " import does not know can be mapped: POST /api/applications/import/preview.")
                    .withErrors(errors));
        }
        if (result.applications().isEmpty()) {
            throw ProblemException.invalid("file", "Holds no applications.");
        }
        people.ensure(caller);
        List<UUID> ids = log.importLog(caller.tenant(), caller.id(), result.applications());
        if (r.fingerprint != null && (r.options.dateOrder() != null || !r.options.columns().isEmpty()
                || !r.options.values().isEmpty())) {
            mappings.remember(caller.tenant(), caller.id(), r.fingerprint, r.options);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", ids.size());
        answer.put("ignoredColumns", result.ignoredColumns());
        answer.put("warnings", applications.openApplicationsWarnings(caller.id()));
        return Response.ok(answer).build();
    }

    private record Reading(String csv, ImportOptions options, String fingerprint, boolean remembered) {
    }

    /** The request's choices over those remembered for the file's layout. */
    private Reading options(ImportRequest request) {
        if (request == null || request.csv() == null) {
            throw ProblemException.invalid("csv", "Required: the file's text.");
        }
        DateOrder order = null;
        if (request.dateOrder() != null && !request.dateOrder().isBlank()) {
            try {
                order = DateOrder.valueOf(request.dateOrder().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("dateOrder", "Must be DMY, MDY or YMD.");
            }
        }
        ImportOptions given = new ImportOptions(caller.timeZone(), order, request.columns(), request.values());
        String fingerprint = null;
        try (CsvCodec.RowReader reader = CsvCodec.reader(new StringReader(request.csv()))) {
            List<String> header = reader.next();
            if (header != null) {
                fingerprint = HeaderMapping.fingerprint(header);
            }
        } catch (CsvFormatException | IOException e) {
            // the reading proper reports it with its row
        }
        ImportOptions remembered = fingerprint == null ? null
                : mappings.remembered(caller.tenant(), caller.id(), fingerprint, caller.timeZone());
        return new Reading(request.csv(), given.over(remembered), fingerprint, remembered != null);
    }

    private static String utf8(InputStream body) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "Is not UTF-8 text.");
        }
    }
}
