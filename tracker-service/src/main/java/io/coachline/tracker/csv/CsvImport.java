package io.coachline.tracker.csv;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.coachline.common.problem.DateRange;
import io.coachline.common.problem.StrictJson;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.application.StageMachine;
import io.coachline.tracker.csv.ApplicationCsv.Channel;
import io.coachline.tracker.csv.ApplicationCsv.Column;
import io.coachline.tracker.csv.ApplicationCsv.ContactRole;
import io.coachline.tracker.csv.ApplicationCsv.Direction;
import io.coachline.tracker.csv.ApplicationCsv.InterviewFormat;
import io.coachline.tracker.csv.ApplicationCsv.Outcome;
import io.coachline.tracker.csv.ApplicationCsv.Purpose;
import io.coachline.tracker.csv.ApplicationCsv.RecordType;
import io.coachline.tracker.csv.ApplicationCsv.Sector;

/**
 * Reads an application log from CSV, all or nothing: the whole file is validated and either
 * every application comes back or every problem does, each with its spreadsheet row and
 * column (see {@link ImportResult}). Accepts the native format written by {@link CsvExport}
 * (with a {@code record} column) and flat files of other trackers (one application per row,
 * common header names); see {@code docs/csv-format.md}.
 *
 * <p>The caller decodes the bytes as UTF-8 (a byte-order mark is dropped by {@link CsvCodec}).
 * Timestamps without an offset, and dates given where a timestamp is expected, are taken in
 * the zone passed to {@link #read(Reader, ZoneId)} (the seeker's zone; UTC by default).
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** Reads with UTC for offset-less timestamps. */
    public static ImportResult read(Reader in) throws IOException {
        return read(in, ZoneOffset.UTC);
    }

    /** Reads with {@code zone} for offset-less timestamps (normally the seeker's time zone). */
    public static ImportResult read(Reader in, ZoneId zone) throws IOException {
        return new Run(Objects.requireNonNull(zone, "zone")).read(Objects.requireNonNull(in, "in"));
    }

    // ------------------------------------------------------------------ one import

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Column[] COLUMNS = Column.values();

    private static final class AppDraft {
        final int row;
        final String ref;
        ImportedApplication fields;   // children empty; null if the row had errors
        final List<ContactDraft> contacts = new ArrayList<>();
        final List<InterviewDraft> interviews = new ArrayList<>();
        final List<InteractionDraft> interactions = new ArrayList<>();
        final List<StageDraft> stages = new ArrayList<>();

        AppDraft(int row, String ref) {
            this.row = row;
            this.ref = ref;
        }
    }

    private record ContactDraft(int row, String appRef, ImportedContact contact) {
    }

    private record InterviewDraft(int row, String appRef, ImportedInterview interview) {
    }

    private record InteractionDraft(int row, String appRef, ImportedInteraction interaction) {
    }

    private record StageDraft(int row, String appRef, ImportedStageChange change) {
    }

    private static final class Run {
        final ZoneId zone;
        final List<RowError> errors = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final int[] index = new int[COLUMNS.length];
        final String[] headerText = new String[COLUMNS.length];
        final Map<String, Integer> positions = new HashMap<>();   // header text -> index in the file
        boolean flat;
        int headerSize;

        final Map<String, AppDraft> apps = new LinkedHashMap<>();
        final List<ContactDraft> contacts = new ArrayList<>();
        final List<InterviewDraft> interviews = new ArrayList<>();
        final List<InteractionDraft> interactions = new ArrayList<>();
        final List<StageDraft> stages = new ArrayList<>();

        // per row
        List<String> cells;
        int row;
        int errorsBeforeRow;

        Run(ZoneId zone) {
            this.zone = zone;
        }

        ImportResult read(Reader in) throws IOException {
            CsvCodec.RowReader reader = CsvCodec.reader(in);
            try {
                List<String> header = reader.next();
                if (header == null || header.stream().allMatch(String::isBlank)) {
                    errors.add(new RowError(1, null, "the file is empty: expected a header row"));
                    return failed();
                }
                if (!readHeader(header)) {
                    return failed();
                }
                for (List<String> r; (r = reader.next()) != null; ) {
                    readRow(reader.row(), r);
                }
            } catch (CsvFormatException e) {
                errors.add(new RowError(e.row(), null, e.getMessage()));
                return failed();   // references past a broken row cannot be checked
            }
            link();
            if (!errors.isEmpty()) {
                return failed();
            }
            List<ImportedApplication> result = new ArrayList<>(apps.size());
            for (AppDraft a : apps.values()) {
                ImportedApplication f = a.fields;
                result.add(new ImportedApplication(f.employer(), f.position(), f.adUrl(), f.location(), f.sector(),
                        f.source(), f.priority(), f.stage(), f.appliedOn(), f.decisionExpectedBy(), f.nextContactOn(),
                        f.lastContactOn(), f.notes(),
                        a.contacts.stream().map(ContactDraft::contact).toList(),
                        a.interviews.stream().map(InterviewDraft::interview).toList(),
                        a.interactions.stream().map(InteractionDraft::interaction).toList(),
                        a.stages.stream().map(StageDraft::change).toList()));
            }
            return new ImportResult(result, List.of(), ignored);
        }

        ImportResult failed() {
            List<RowError> sorted = new ArrayList<>(errors);
            // by row, then by the column's place in the file; row-level errors last in their row
            sorted.sort(Comparator.comparingInt(RowError::row)
                    .thenComparingInt(e -> e.field() == null ? Integer.MAX_VALUE : positions.getOrDefault(e.field(), -1)));
            return new ImportResult(List.of(), sorted, ignored);
        }

        // -------------------------------------------------------------- header

        boolean readHeader(List<String> header) {
            headerSize = header.size();
            Arrays.fill(index, -1);
            flat = header.stream().noneMatch(h -> ApplicationCsv.column(h, false) == Column.RECORD);
            for (int i = 0; i < header.size(); i++) {
                String text = header.get(i).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Column c = ApplicationCsv.column(text, flat);
                if (flat && c != null && !ApplicationCsv.columnsOf(RecordType.APPLICATION).contains(c)) {
                    c = null;   // a flat file holds applications only: "Name", "Email", … are not ours
                }
                if (c == null) {
                    ignored.add(text);
                    continue;
                }
                if (index[c.ordinal()] >= 0) {
                    errors.add(new RowError(1, text, "column " + c.header() + " appears twice (also as \""
                            + headerText[c.ordinal()] + "\")"));
                    continue;
                }
                index[c.ordinal()] = i;
                headerText[c.ordinal()] = text;
                positions.put(text, i);
            }
            List<Column> required = flat
                    ? List.of(Column.EMPLOYER, Column.POSITION)
                    : List.of(Column.RECORD, Column.APPLICATION_REF, Column.EMPLOYER, Column.POSITION);
            for (Column c : required) {
                if (index[c.ordinal()] < 0) {
                    String also = c.aliases().isEmpty() ? "" : " (or one of: " + String.join(", ", c.aliases()) + ")";
                    errors.add(new RowError(1, c.header(), "missing column " + c.header() + also));
                }
            }
            return errors.isEmpty();
        }

        // -------------------------------------------------------------- rows

        String raw(Column c) {
            int i = index[c.ordinal()];
            return i < 0 || i >= cells.size() ? "" : cells.get(i);
        }

        /** Trimmed value or null when blank. */
        String value(Column c) {
            String s = raw(c).strip();
            return s.isEmpty() ? null : s;
        }

        void error(Column c, String message) {
            errors.add(new RowError(row, headerText[c.ordinal()] != null ? headerText[c.ordinal()] : c.header(), message));
        }

        boolean rowHasErrors() {
            return errors.size() > errorsBeforeRow;
        }

        void readRow(int rowNumber, List<String> rowCells) {
            row = rowNumber;
            cells = rowCells;
            errorsBeforeRow = errors.size();
            if (allBlank(rowCells)) {
                return;   // empty line
            }
            if (rowCells.size() > headerSize) {
                for (int i = headerSize; i < rowCells.size(); i++) {
                    if (!rowCells.get(i).isBlank()) {
                        errors.add(new RowError(row, null, "the row has " + rowCells.size()
                                + " cells but the header has " + headerSize + " (cell " + (i + 1) + " is \""
                                + abbreviate(rowCells.get(i)) + "\"); a comma inside a value needs quotes"));
                        break;
                    }
                }
            }
            for (Column c : COLUMNS) {
                String unstorable = index[c.ordinal()] >= 0 ? StrictJson.unstorable(raw(c)) : null;
                if (unstorable != null) {
                    error(c, unstorable);
                }
            }
            RecordType type;
            if (flat) {
                type = RecordType.APPLICATION;
            } else {
                String r = value(Column.RECORD);
                type = r == null ? null : recordType(r);
                if (type == null) {
                    error(Column.RECORD, r == null ? "required" : "unknown record type \"" + r + "\"; expected one of "
                            + Arrays.stream(RecordType.values()).map(RecordType::csvName).collect(Collectors.joining(", ")));
                    return;
                }
                Set<Column> used = ApplicationCsv.columnsOf(type);
                for (Column c : COLUMNS) {
                    if (!used.contains(c) && index[c.ordinal()] >= 0 && !raw(c).isBlank()) {
                        error(c, "not used by a " + type.csvName() + " row");
                    }
                }
            }
            switch (type) {
                case APPLICATION -> readApplication();
                case CONTACT -> readContact();
                case INTERVIEW -> readInterview();
                case INTERACTION -> readInteraction();
                case STAGE_CHANGE -> readStageChange();
            }
        }

        static boolean allBlank(List<String> cells) {
            for (int i = 0, n = cells.size(); i < n; i++) {
                if (!cells.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        RecordType recordType(String r) {
            try {
                return RecordType.valueOf(ApplicationCsv.enumKey(r));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        String appRef() {
            String ref = value(Column.APPLICATION_REF);
            if (ref == null) {
                error(Column.APPLICATION_REF, "required");
            }
            return ref;
        }

        void readApplication() {
            String ref;
            if (flat) {
                ref = Integer.toString(row);
            } else {
                ref = appRef();
                if (ref != null && apps.containsKey(ref)) {
                    error(Column.APPLICATION_REF, "application " + ref + " is defined twice (first on row "
                            + apps.get(ref).row + ")");
                    ref = null;
                }
            }
            String employer = name(Column.EMPLOYER, true);
            String position = name(Column.POSITION, true);
            String adUrl = url(Column.AD_URL);
            String location = name(Column.LOCATION, false);
            Sector sector = enumValue(Column.SECTOR, Sector.class, false);
            String source = name(Column.SOURCE, false);
            Integer priority = priority();
            Stage stage = stage(Column.STAGE, false);
            LocalDate appliedOn = date(Column.APPLIED_ON);
            LocalDate decision = date(Column.DECISION_EXPECTED_BY);
            LocalDate next = date(Column.NEXT_CONTACT_ON);
            LocalDate last = date(Column.LAST_CONTACT_ON);
            String notes = text(Column.NOTES);
            if (ref == null) {
                return;
            }
            AppDraft draft = new AppDraft(row, ref);
            apps.put(ref, draft);
            if (!rowHasErrors()) {
                draft.fields = new ImportedApplication(employer, position, adUrl, location, sector, source, priority,
                        stage == null ? Stage.APPLIED : stage, appliedOn, decision, next, last, notes,
                        null, null, null, null);
            }
        }

        void readContact() {
            String appRef = appRef();
            String ref = value(Column.CONTACT_REF);
            if (ref == null) {
                error(Column.CONTACT_REF, "required: the contact's reference within its application");
            } else if (ref.indexOf(';') >= 0) {
                error(Column.CONTACT_REF, "must not contain ';' (it separates the members of an interview panel)");
            }
            String name = name(Column.NAME, true);
            ContactRole role = enumValue(Column.ROLE, ContactRole.class, true);
            String email = value(Column.EMAIL);
            if (email != null && (email.length() > ApplicationCsv.MAX_NAME || !EMAIL.matcher(email).matches())) {
                error(Column.EMAIL, "not an e-mail address: \"" + abbreviate(email) + "\"");
            }
            String phone = name(Column.PHONE, false);
            String preferred = name(Column.PREFERRED_CONTACT_TIME, false);
            if (!rowHasErrors()) {
                contacts.add(new ContactDraft(row, appRef, new ImportedContact(ref, name, role, email, phone, preferred)));
            }
        }

        void readInterview() {
            String appRef = appRef();
            Integer round = integer(Column.ROUND, true, 1, 99);
            InterviewFormat format = enumValue(Column.FORMAT, InterviewFormat.class, true);
            OffsetDateTime scheduledAt = timestamp(Column.SCHEDULED_AT, true);
            OffsetDateTime completedAt = timestamp(Column.COMPLETED_AT, false);
            LocalDate decision = date(Column.DECISION_EXPECTED_BY);
            List<String> panel = new ArrayList<>();
            String p = value(Column.PANEL);
            if (p != null) {
                for (String member : p.split(";")) {
                    String m = member.strip();
                    if (m.isEmpty()) {
                        continue;
                    }
                    if (panel.contains(m)) {
                        error(Column.PANEL, "contact " + m + " is listed twice");
                    } else {
                        panel.add(m);
                    }
                }
            }
            String notes = text(Column.NOTES);
            if (!rowHasErrors()) {
                interviews.add(new InterviewDraft(row, appRef,
                        new ImportedInterview(round, format, scheduledAt, completedAt, decision, panel, notes)));
            }
        }

        void readInteraction() {
            String appRef = appRef();
            String contactRef = value(Column.CONTACT_REF);
            OffsetDateTime at = timestamp(Column.AT, true);
            Channel channel = enumValue(Column.CHANNEL, Channel.class, true);
            Direction direction = enumValue(Column.DIRECTION, Direction.class, true);
            Purpose purpose = enumValue(Column.PURPOSE, Purpose.class, true);
            Outcome outcome = enumValue(Column.OUTCOME, Outcome.class, false);
            String summary = text(Column.SUMMARY);
            if (!rowHasErrors()) {
                interactions.add(new InteractionDraft(row, appRef,
                        new ImportedInteraction(at, channel, direction, contactRef, purpose, summary, outcome)));
            }
        }

        void readStageChange() {
            String appRef = appRef();
            Stage stage = stage(Column.STAGE, true);
            OffsetDateTime at = timestamp(Column.AT, true);
            String note = text(Column.NOTES);
            if (!rowHasErrors()) {
                stages.add(new StageDraft(row, appRef, new ImportedStageChange(stage, at, note)));
            }
        }

        // -------------------------------------------------------------- references

        void link() {
            Map<AppDraft, Map<String, Integer>> contactRefs = new HashMap<>();
            for (ContactDraft c : contacts) {
                AppDraft a = owner(c.row(), c.appRef());
                if (a == null) {
                    continue;
                }
                Integer first = contactRefs.computeIfAbsent(a, k -> new HashMap<>()).putIfAbsent(c.contact().ref(), c.row());
                if (first != null) {
                    errors.add(new RowError(c.row(), headerText[Column.CONTACT_REF.ordinal()], "contact "
                            + c.contact().ref() + " of application " + a.ref + " is defined twice (first on row " + first + ")"));
                } else {
                    a.contacts.add(c);
                }
            }
            for (InterviewDraft i : interviews) {
                AppDraft a = owner(i.row(), i.appRef());
                if (a == null) {
                    continue;
                }
                for (String member : i.interview().panel()) {
                    checkContact(i.row(), Column.PANEL, a, member, contactRefs);
                }
                a.interviews.add(i);
            }
            for (InteractionDraft i : interactions) {
                AppDraft a = owner(i.row(), i.appRef());
                if (a == null) {
                    continue;
                }
                if (i.interaction().contactRef() != null) {
                    checkContact(i.row(), Column.CONTACT_REF, a, i.interaction().contactRef(), contactRefs);
                }
                a.interactions.add(i);
            }
            for (StageDraft s : stages) {
                AppDraft a = owner(s.row(), s.appRef());
                if (a != null) {
                    a.stages.add(s);
                }
            }
            for (AppDraft a : apps.values()) {
                checkHistory(a);
            }
        }

        AppDraft owner(int childRow, String appRef) {
            if (appRef == null) {
                return null;   // already reported
            }
            AppDraft a = apps.get(appRef);
            if (a == null) {
                errors.add(new RowError(childRow, headerText[Column.APPLICATION_REF.ordinal()],
                        "no application row with application_ref " + appRef));
            }
            return a;
        }

        void checkContact(int childRow, Column column, AppDraft a, String ref, Map<AppDraft, Map<String, Integer>> refs) {
            if (!refs.getOrDefault(a, Map.of()).containsKey(ref)) {
                errors.add(new RowError(childRow, headerText[column.ordinal()],
                        "no contact " + ref + " in application " + a.ref));
            }
        }

        void checkHistory(AppDraft a) {
            List<StageDraft> h = a.stages;
            if (h.isEmpty()) {
                return;
            }
            for (int i = 1; i < h.size(); i++) {
                Stage from = h.get(i - 1).change().stage();
                Stage to = h.get(i).change().stage();
                if (!StageMachine.isAllowed(from, to, from.isTerminal())) {
                    Set<Stage> allowed = StageMachine.allowedMoves(from, from.isTerminal());
                    errors.add(new RowError(h.get(i).row(), headerText[Column.STAGE.ordinal()],
                            "illegal stage move " + from + " → " + to + " (previous stage change on row "
                                    + h.get(i - 1).row() + "); allowed from " + from
                                    + (from.isTerminal() ? " when re-opening" : "") + ": "
                                    + (allowed.isEmpty() ? "none" : allowed.stream().map(Stage::name).collect(Collectors.joining(", ")))));
                }
            }
            StageDraft last = h.get(h.size() - 1);
            if (a.fields != null && a.fields.stage() != last.change().stage()) {
                errors.add(new RowError(a.row, headerText[Column.STAGE.ordinal()], "stage " + a.fields.stage()
                        + " differs from the last stage change (" + last.change().stage() + " on row " + last.row() + ")"));
            }
        }

        // -------------------------------------------------------------- values

        String name(Column c, boolean required) {
            String s = value(c);
            if (s == null) {
                if (required) {
                    error(c, "required");
                }
                return null;
            }
            return length(c, s, ApplicationCsv.MAX_NAME);
        }

        /** Free text: kept as written (not trimmed); blank is absent. */
        String text(Column c) {
            String s = raw(c);
            return s.isBlank() ? null : length(c, s, ApplicationCsv.MAX_TEXT);
        }

        String length(Column c, String s, int max) {
            if (s.length() > max) {
                int n = s.codePointCount(0, s.length());
                if (n > max) {
                    error(c, "too long: at most " + max + " characters, this has " + n);
                    return null;
                }
            }
            return s;
        }

        String url(Column c) {
            String s = value(c);
            if (s == null) {
                return null;
            }
            if (length(c, s, ApplicationCsv.MAX_URL) == null) {
                return null;
            }
            try {
                URI u = new URI(s);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                    return s;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            error(c, "not an http or https address: \"" + abbreviate(s) + "\"");
            return null;
        }

        Integer integer(Column c, boolean required, int min, int max) {
            String s = value(c);
            if (s == null) {
                if (required) {
                    error(c, "required");
                }
                return null;
            }
            try {
                int v = Integer.parseInt(s);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(c, "expected a whole number from " + min + " to " + max + ", not \"" + abbreviate(s) + "\"");
            return null;
        }

        Integer priority() {
            String s = value(Column.PRIORITY);
            if (s != null) {
                switch (ApplicationCsv.enumKey(s)) {
                    case "HIGH": return 1;
                    case "MEDIUM": return 2;
                    case "LOW": return 3;
                    default: break;
                }
            }
            return integer(Column.PRIORITY, false, 1, 999);
        }

        <E extends Enum<E>> E enumValue(Column c, Class<E> type, boolean required) {
            String s = value(c);
            if (s == null) {
                if (required) {
                    error(c, "required; one of " + names(type.getEnumConstants()));
                }
                return null;
            }
            try {
                return Enum.valueOf(type, ApplicationCsv.enumKey(s));
            } catch (IllegalArgumentException e) {
                error(c, "unknown value \"" + abbreviate(s) + "\"; expected one of " + names(type.getEnumConstants()));
                return null;
            }
        }

        Stage stage(Column c, boolean required) {
            String s = value(c);
            if (s == null) {
                if (required) {
                    error(c, "required; one of " + names(Stage.values()));
                }
                return null;
            }
            String key = ApplicationCsv.enumKey(s);
            Stage stage = ApplicationCsv.STAGE_WORDS.get(key);
            if (stage != null) {
                return stage;
            }
            try {
                return Stage.valueOf(key);
            } catch (IllegalArgumentException e) {
                error(c, "unknown stage \"" + abbreviate(s) + "\"; expected one of " + names(Stage.values()));
                return null;
            }
        }

        LocalDate date(Column c) {
            String s = value(c);
            if (s == null) {
                return null;
            }
            try {
                return inRange(c, Dates.parseDate(s));
            } catch (DateTimeException e) {
                error(c, e.getMessage());
                return null;
            }
        }

        OffsetDateTime timestamp(Column c, boolean required) {
            String s = value(c);
            if (s == null) {
                if (required) {
                    error(c, "required");
                }
                return null;
            }
            try {
                OffsetDateTime at = Dates.parseTimestamp(s, zone);
                return inRange(c, at.toLocalDate()) == null ? null : at;
            } catch (DateTimeException e) {
                error(c, e.getMessage());
                return null;
            }
        }

        /** The day, or null with an error when it is outside the dates Coachline keeps. */
        LocalDate inRange(Column c, LocalDate day) {
            if (DateRange.contains(day)) {
                return day;
            }
            error(c, DateRange.MESSAGE);
            return null;
        }
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Date and timestamp parsing of the import; see docs/csv-format.md. */
    static final class Dates {
        private Dates() {
        }

        /**
         * {@code yyyy-MM-dd} (ISO; one-digit month and day tolerated), {@code yyyy/MM/dd},
         * {@code dd.MM.yyyy}, and {@code d/M/yyyy} or {@code M/d/yyyy} when only one reading is
         * a date or both readings are the same day; {@code 03/04/2024} is ambiguous and refused.
         */
        static LocalDate parseDate(String s) {
            char sep = 0;
            int first = -1;
            int second = -1;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '-' || ch == '.' || ch == '/') {
                    if (sep == 0) {
                        sep = ch;
                        first = i;
                    } else if (ch != sep || second >= 0) {
                        throw notADate(s);
                    } else {
                        second = i;
                    }
                } else if (ch < '0' || ch > '9') {
                    throw notADate(s);
                }
            }
            if (second < 0) {
                throw notADate(s);
            }
            String[] p = {s.substring(0, first), s.substring(first + 1, second), s.substring(second + 1)};
            if (!digits(p[0]) || !digits(p[1]) || !digits(p[2])) {
                throw notADate(s);
            }
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            int c = Integer.parseInt(p[2]);
            boolean yearFirst = p[0].length() == 4 && p[1].length() <= 2 && p[2].length() <= 2;
            boolean yearLast = p[2].length() == 4 && p[0].length() <= 2 && p[1].length() <= 2;
            if (yearFirst && sep != '.') {
                return of(s, a, b, c);
            }
            if (yearLast && sep == '.') {
                return of(s, c, b, a);
            }
            if (yearLast && sep == '/') {
                boolean dayFirst = valid(c, b, a);
                boolean monthFirst = valid(c, a, b);
                if (dayFirst && monthFirst && a != b) {
                    throw new DateTimeException("ambiguous date \"" + s + "\": " + a + " " + month(b) + " or " + b + " "
                            + month(a) + "? write it as yyyy-MM-dd");
                }
                if (dayFirst) {
                    return LocalDate.of(c, b, a);
                }
                if (monthFirst) {
                    return LocalDate.of(c, a, b);
                }
                throw noSuchDate(s);
            }
            throw notADate(s);
        }

        /**
         * ISO-8601 with offset ({@code 2024-03-05T14:30:00+01:00}, {@code ...Z}); without offset
         * ({@code 2024-03-05T14:30}, {@code 2024-03-05 14:30}) in {@code zone}; a date alone
         * (any form of {@link #parseDate}) is the start of that day in {@code zone}.
         */
        static OffsetDateTime parseTimestamp(String s, ZoneId zone) {
            OffsetDateTime fast = fastIso(s, zone);
            if (fast != null) {
                return fast;
            }
            int t = Math.max(s.indexOf('T'), s.indexOf(' '));
            if (t < 0) {
                return parseDate(s).atStartOfDay(zone).toOffsetDateTime();
            }
            String iso = s.indexOf(' ') >= 0 ? s.replaceFirst(" +", "T") : s;
            try {
                if (hasOffset(iso, iso.indexOf('T'))) {
                    return OffsetDateTime.parse(iso);
                }
                return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new DateTimeException("not a date and time: \"" + abbreviate(s)
                        + "\"; expected ISO-8601 such as 2024-03-05T14:30:00+01:00");
            }
        }

        /**
         * The shape every export writes, {@code yyyy-MM-ddTHH:mm[:ss[.f…]][Z|±HH:mm]}, without
         * the cost of a {@code DateTimeFormatter}; {@code null} for anything else (including
         * impossible values), which then takes the general path and its error message.
         */
        static OffsetDateTime fastIso(String s, ZoneId zone) {
            int n = s.length();
            if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
                    || s.charAt(13) != ':') {
                return null;
            }
            int year = num(s, 0, 4);
            int month = num(s, 5, 7);
            int day = num(s, 8, 10);
            int hour = num(s, 11, 13);
            int minute = num(s, 14, 16);
            int second = 0;
            int nano = 0;
            int i = 16;
            if (i < n && s.charAt(i) == ':') {
                second = num(s, i + 1, i + 3);
                i += 3;
                if (i < n && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                        i++;
                    }
                    int digits = i - start;
                    if (digits == 0 || digits > 9) {
                        return null;
                    }
                    nano = num(s, start, i);
                    for (int k = digits; k < 9; k++) {
                        nano *= 10;
                    }
                }
            }
            if ((year | month | day | hour | minute | second | nano) < 0 || hour > 23 || minute > 59 || second > 59
                    || !valid(year, month, day)) {
                return null;
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
            if (i == n) {
                return local.atZone(zone).toOffsetDateTime();
            }
            if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
                return OffsetDateTime.of(local, ZoneOffset.UTC);
            }
            char sign = s.charAt(i);
            if (i + 6 == n && (sign == '+' || sign == '-') && s.charAt(i + 3) == ':') {
                int oh = num(s, i + 1, i + 3);
                int om = num(s, i + 4, i + 6);
                if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                    return null;
                }
                int seconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
                try {
                    return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(seconds));
                } catch (DateTimeException e) {
                    return null;
                }
            }
            return null;
        }

        /** The non-negative number in s[from, to), or -1 if any character is not a digit. */
        private static int num(String s, int from, int to) {
            if (to > s.length()) {
                return -1;
            }
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }

        private static boolean hasOffset(String s, int t) {
            if (s.endsWith("Z") || s.endsWith("z")) {
                return true;
            }
            for (int i = t + 1; i < s.length(); i++) {
                if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                    return true;
                }
            }
            return false;
        }

        private static LocalDate of(String s, int y, int m, int d) {
            if (!valid(y, m, d)) {
                throw noSuchDate(s);
            }
            return LocalDate.of(y, m, d);
        }

        private static boolean valid(int y, int m, int d) {
            if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) {
                return false;
            }
            return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
        }

        private static boolean digits(String s) {
            if (s.isEmpty() || s.length() > 4) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static String month(int m) {
            return java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        }

        private static DateTimeException noSuchDate(String s) {
            return new DateTimeException("no such date: \"" + s + "\" (day, month, or a year outside 1900-2999)");
        }

        private static DateTimeException notADate(String s) {
            return new DateTimeException("not a date: \"" + abbreviate(s)
                    + "\"; expected yyyy-MM-dd (also dd.MM.yyyy, or d/M/yyyy and M/d/yyyy when unambiguous)");
        }
    }
}
