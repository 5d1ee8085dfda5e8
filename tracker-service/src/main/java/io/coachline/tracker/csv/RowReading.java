package io.coachline.tracker.csv;

import io.coachline.common.problem.DateRange;
import io.coachline.common.problem.StrictJson;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.coachline.tracker.application.Sector;
import io.coachline.tracker.application.Stage;
import io.coachline.tracker.contact.ContactRole;
import io.coachline.tracker.csv.ApplicationCsv.Column;
import io.coachline.tracker.csv.ApplicationCsv.RecordType;
import io.coachline.tracker.csv.HeaderMapping.FlatDate;
import io.coachline.tracker.csv.Linking.AppDraft;
import io.coachline.tracker.csv.Linking.ContactDraft;
import io.coachline.tracker.csv.Linking.InteractionDraft;
import io.coachline.tracker.csv.Linking.InterviewDraft;
import io.coachline.tracker.csv.Linking.StageDraft;
import io.coachline.tracker.interaction.Channel;
import io.coachline.tracker.interaction.Direction;
import io.coachline.tracker.interaction.Outcome;
import io.coachline.tracker.interaction.Purpose;
import io.coachline.tracker.interview.InterviewFormat;

/**
 * Reads and validates one row at a time into the drafts {@link Linking} ties together: which
 * record a row is, and every cell's value (required, lengths, URLs, e-mail, numbers, dates,
 * words). Each problem is a {@link RowError} naming the row and the column as the file writes it.
 */
final class RowReading {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Column[] COLUMNS = Column.values();

    /** A word of an enumerated column, what it was read as and how often it occurs (for the preview). */
    static final class Word {
        final Column column;
        final String value;
        String target;   // constant name, "notes", or null when nothing fits
        String by;       // default, seeker, none
        int count;

        Word(Column column, String value) {
            this.column = column;
            this.value = value;
        }
    }

    private final HeaderMapping header;
    private final ImportOptions options;
    private final DateOrder order;
    private final List<RowError> errors;
    private final Linking drafts;
    /** column key → word key → choice */
    private final Map<String, Map<String, String>> choices = new HashMap<>();
    /** Words of stage, sector and of any unknown value, in first-seen order. */
    final Map<String, Word> words = new LinkedHashMap<>();

    // per row
    private List<String> cells;
    private int row;
    private int errorsBeforeRow;
    private StringBuilder extraNotes;

    RowReading(HeaderMapping header, ImportOptions options, DateOrder order, List<RowError> errors, Linking drafts) {
        this.header = header;
        this.options = options;
        this.order = order;
        this.errors = errors;
        this.drafts = drafts;
        options.values().forEach((column, m) -> {
            Map<String, String> byWord = choices.computeIfAbsent(HeaderMapping.key(column), k -> new HashMap<>());
            m.forEach((word, target) -> byWord.put(ValueWords.enumKey(word.strip()), target));
        });
    }

    // ------------------------------------------------------------------ cells

    private String raw(Column c) {
        int i = header.index[c.ordinal()];
        return i < 0 || i >= cells.size() ? "" : cells.get(i);
    }

    private String rawAt(int i) {
        return i < 0 || i >= cells.size() ? "" : cells.get(i);
    }

    /** Trimmed value or null when blank. */
    private String value(Column c) {
        String s = raw(c).strip();
        return s.isEmpty() ? null : s;
    }

    private void error(Column c, String message) {
        errors.add(new RowError(row, header.text(c), message));
    }

    private boolean rowHasErrors() {
        return errors.size() > errorsBeforeRow;
    }

    void read(int rowNumber, List<String> rowCells) {
        row = rowNumber;
        cells = rowCells;
        errorsBeforeRow = errors.size();
        extraNotes = null;
        if (allBlank(rowCells)) {
            return;   // empty line
        }
        if (rowCells.size() > header.size) {
            for (int i = header.size; i < rowCells.size(); i++) {
                if (!rowCells.get(i).isBlank()) {
                    errors.add(new RowError(row, null, "the row has " + rowCells.size()
                            + " cells but the header has " + header.size + " (cell " + (i + 1) + " is \""
                            + CsvImport.abbreviate(rowCells.get(i)) + "\"); a comma inside a value needs quotes"));
                    break;
                }
            }
        }
        boolean unstorableCell = false;   // PostgreSQL cannot keep NUL or a lone surrogate: name the cell, read no further
        for (int i = 0, n = Math.min(rowCells.size(), header.size); i < n; i++) {
            String unstorable = StrictJson.unstorable(rowCells.get(i));
            if (unstorable != null) {
                errors.add(new RowError(row, header.header.get(i).strip(), unstorable));
                unstorableCell = true;
            }
        }
        if (unstorableCell) {
            return;
        }
        RecordType type;
        if (header.flat) {
            type = RecordType.APPLICATION;
        } else {
            String r = value(Column.RECORD);
            type = r == null ? null : ValueWords.constant(RecordType.class, r);
            if (type == null) {
                error(Column.RECORD, r == null ? "required" : "unknown record type \"" + r + "\"; expected one of "
                        + Arrays.stream(RecordType.values()).map(RecordType::csvName).collect(Collectors.joining(", ")));
                return;
            }
            Set<Column> used = ApplicationCsv.columnsOf(type);
            for (Column c : COLUMNS) {
                if (!used.contains(c) && header.index[c.ordinal()] >= 0 && !raw(c).isBlank()) {
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

    private static boolean allBlank(List<String> cells) {
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String appRef() {
        String ref = value(Column.APPLICATION_REF);
        if (ref == null) {
            error(Column.APPLICATION_REF, "required");
        }
        return ref;
    }

    // ------------------------------------------------------------------ records

    private void readApplication() {
        String ref;
        if (header.flat) {
            ref = Integer.toString(row);
        } else {
            ref = appRef();
            if (ref != null && drafts.apps.containsKey(ref)) {
                error(Column.APPLICATION_REF, "application " + ref + " is defined twice (first on row "
                        + drafts.apps.get(ref).row + ")");
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
        Stage stage = enumValue(Column.STAGE, Stage.class, false);
        LocalDate appliedOn = date(Column.APPLIED_ON);
        LocalDate decision = date(Column.DECISION_EXPECTED_BY);
        LocalDate next = date(Column.NEXT_CONTACT_ON);
        LocalDate last = date(Column.LAST_CONTACT_ON);
        List<ImportedStageChange> history = null;
        if (header.flat) {
            for (int i : header.notes) {
                String s = rawAt(i).strip();
                if (!s.isEmpty()) {
                    note(header.header.get(i).strip(), s);
                }
            }
            LocalDate saved = flatDate(FlatDate.SAVED_ON);
            LocalDate interview = flatDate(FlatDate.INTERVIEW_ON);
            LocalDate status = flatDate(FlatDate.STATUS_ON);
            history = Linking.flatHistory(stage == null ? Stage.APPLIED : stage, saved, appliedOn, interview, status,
                    options.zone());
        }
        String notes = notes();
        if (ref == null) {
            return;
        }
        AppDraft draft = new AppDraft(row, ref);
        drafts.apps.put(ref, draft);
        if (!rowHasErrors()) {
            draft.fields = new ImportedApplication(employer, position, adUrl, location, sector, source, priority,
                    stage == null ? Stage.APPLIED : stage, appliedOn, decision, next, last, notes,
                    null, null, null, null);
            if (history != null) {
                for (ImportedStageChange change : history) {
                    drafts.stages.add(new StageDraft(row, ref, change));
                }
            }
        }
    }

    private void readContact() {
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
            error(Column.EMAIL, "not an e-mail address: \"" + CsvImport.abbreviate(email) + "\"");
        }
        String phone = name(Column.PHONE, false);
        String preferred = name(Column.PREFERRED_CONTACT_TIME, false);
        if (!rowHasErrors()) {
            drafts.contacts.add(new ContactDraft(row, appRef, new ImportedContact(ref, name, role, email, phone, preferred)));
        }
    }

    private void readInterview() {
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
            drafts.interviews.add(new InterviewDraft(row, appRef,
                    new ImportedInterview(round, format, scheduledAt, completedAt, decision, panel, notes)));
        }
    }

    private void readInteraction() {
        String appRef = appRef();
        String contactRef = value(Column.CONTACT_REF);
        OffsetDateTime at = timestamp(Column.AT, true);
        Channel channel = enumValue(Column.CHANNEL, Channel.class, true);
        Direction direction = enumValue(Column.DIRECTION, Direction.class, true);
        Purpose purpose = enumValue(Column.PURPOSE, Purpose.class, true);
        Outcome outcome = enumValue(Column.OUTCOME, Outcome.class, false);
        String summary = text(Column.SUMMARY);
        if (!rowHasErrors()) {
            drafts.interactions.add(new InteractionDraft(row, appRef,
                    new ImportedInteraction(at, channel, direction, contactRef, purpose, summary, outcome)));
        }
    }

    private void readStageChange() {
        String appRef = appRef();
        Stage stage = enumValue(Column.STAGE, Stage.class, true);
        OffsetDateTime at = timestamp(Column.AT, true);
        String note = text(Column.NOTES);
        if (!rowHasErrors()) {
            drafts.stages.add(new StageDraft(row, appRef, new ImportedStageChange(stage, at, note)));
        }
    }

    // ------------------------------------------------------------------ values

    private String name(Column c, boolean required) {
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
    private String text(Column c) {
        String s = raw(c);
        return s.isBlank() ? null : length(c, s, ApplicationCsv.MAX_TEXT);
    }

    /** A value with no field of its own, kept in the application's notes as "Label: value". */
    private void note(String label, String value) {
        if (extraNotes == null) {
            extraNotes = new StringBuilder();
        } else {
            extraNotes.append('\n');
        }
        extraNotes.append(label).append(": ").append(value);
    }

    /** The notes cell, followed by what the row has that no field takes. */
    private String notes() {
        String notes = raw(Column.NOTES);
        if (extraNotes == null) {
            return notes.isBlank() ? null : length(Column.NOTES, notes, ApplicationCsv.MAX_TEXT);
        }
        String all = notes.isBlank() ? extraNotes.toString() : notes + "\n\n" + extraNotes;
        return length(Column.NOTES, all, ApplicationCsv.MAX_TEXT);
    }

    private String length(Column c, String s, int max) {
        if (s.length() > max) {
            int n = s.codePointCount(0, s.length());
            if (n > max) {
                error(c, "too long: at most " + max + " characters, this has " + n);
                return null;
            }
        }
        return s;
    }

    private String url(Column c) {
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
        error(c, "not an http or https address: \"" + CsvImport.abbreviate(s) + "\"");
        return null;
    }

    private Integer integer(Column c, boolean required, int min, int max) {
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
        error(c, "expected a whole number from " + min + " to " + max + ", not \"" + CsvImport.abbreviate(s) + "\"");
        return null;
    }

    private Integer priority() {
        String s = value(Column.PRIORITY);
        if (s != null) {
            switch (ValueWords.enumKey(s)) {
                case "HIGH": return 1;
                case "MEDIUM": return 2;
                case "LOW": return 3;
                default: break;
            }
        }
        return integer(Column.PRIORITY, false, 1, 999);
    }

    /**
     * A word of an enumerated column: the seeker's choice for it first, then the API name and
     * (for stages and sectors) other trackers' words. A word mapped to {@code notes} leaves the
     * field empty and goes to the notes.
     */
    private <E extends Enum<E>> E enumValue(Column c, Class<E> type, boolean required) {
        String s = value(c);
        if (s == null) {
            if (required) {
                error(c, "required; one of " + CsvImport.names(type.getEnumConstants()));
            }
            return null;
        }
        Map<String, String> chosen = choices.get(HeaderMapping.key(c.header()));
        String choice = chosen == null ? null : chosen.get(ValueWords.enumKey(s));
        E e;
        if (choice != null) {
            if (HeaderMapping.key(choice).equals(HeaderMapping.NOTES) && ApplicationCsv.columnsOf(RecordType.APPLICATION).contains(c)) {
                note(header.text(c), s);
                word(c, s, HeaderMapping.NOTES, "seeker");
                return null;
            }
            e = ValueWords.constant(type, choice);
            if (e == null) {
                error(c, "cannot map \"" + CsvImport.abbreviate(s) + "\" to \"" + CsvImport.abbreviate(choice)
                        + "\"; choose one of " + CsvImport.names(type.getEnumConstants()));
                return null;
            }
            word(c, s, e.name(), "seeker");
            return e;
        }
        e = type == Stage.class ? type.cast(ValueWords.stage(s)) : ValueWords.constant(type, s);
        if (e == null) {
            word(c, s, null, "none");
            error(c, "unknown " + (type == Stage.class ? "stage" : "value") + " \"" + CsvImport.abbreviate(s)
                    + "\"; expected one of " + CsvImport.names(type.getEnumConstants()));
            return null;
        }
        if (c == Column.STAGE || c == Column.SECTOR) {
            word(c, s, e.name(), "default");
        }
        return e;
    }

    private void word(Column c, String value, String target, String by) {
        String k = c.name() + '\u0000' + value;
        Word w = words.get(k);
        if (w == null) {
            if (words.size() >= 1000) {
                return;   // enough for a preview
            }
            w = new Word(c, value);
            w.target = target;
            w.by = by;
            words.put(k, w);
        }
        w.count++;
    }

    private LocalDate date(Column c) {
        String s = value(c);
        if (s == null) {
            return null;
        }
        try {
            LocalDate day = header.flat ? ImportDates.parseAnyDate(s, order, options.zone()) : ImportDates.parseDate(s, order);
            if (!DateRange.contains(day)) {
                error(c, DateRange.MESSAGE);
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            error(c, e.getMessage());
            return null;
        }
    }

    private LocalDate flatDate(FlatDate d) {
        int i = header.dateIndex[d.ordinal()];
        String s = rawAt(i).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = ImportDates.parseAnyDate(s, order, options.zone());
            if (!DateRange.contains(day)) {
                errors.add(new RowError(row, header.header.get(i).strip(), DateRange.MESSAGE));
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            errors.add(new RowError(row, header.header.get(i).strip(), e.getMessage()));
            return null;
        }
    }

    private OffsetDateTime timestamp(Column c, boolean required) {
        String s = value(c);
        if (s == null) {
            if (required) {
                error(c, "required");
            }
            return null;
        }
        try {
            OffsetDateTime at = ImportDates.parseTimestamp(s, options.zone(), order);
            if (!DateRange.contains(at.toLocalDate())) {
                error(c, DateRange.MESSAGE);
                return null;
            }
            return at;
        } catch (DateTimeException e) {
            error(c, e.getMessage());
            return null;
        }
    }
}
