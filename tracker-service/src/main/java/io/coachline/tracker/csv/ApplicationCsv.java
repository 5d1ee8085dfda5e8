package io.coachline.tracker.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.coachline.tracker.application.Stage;

/**
 * The CSV format of the application log (documented in {@code docs/csv-format.md}): one file,
 * one row per record, a {@code record} column saying what the row is, {@code application_ref}
 * tying child rows to their application and {@code contact_ref} naming contacts. This class
 * holds the columns, which record uses which column, the header aliases of other trackers and
 * the enumerations of the API (plain Java mirrors of api.md, matched by name).
 */
public final class ApplicationCsv {

    private ApplicationCsv() {
    }

    /** Limits checked on import (and assumed by the database columns). */
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_URL = 2000;

    /** What a row is. */
    public enum RecordType {
        APPLICATION, CONTACT, INTERVIEW, INTERACTION, STAGE_CHANGE;

        /** The value written in the {@code record} column. */
        public String csvName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Columns in export order. {@link #header()} is the canonical (lower snake case) name. */
    public enum Column {
        RECORD,
        APPLICATION_REF,
        CONTACT_REF,
        EMPLOYER("company", "organization", "organisation", "employer name", "company name"),
        POSITION("job title", "title", "job", "job position", "position title"),
        AD_URL("url", "link", "job url", "job link", "posting url", "job posting", "ad link"),
        LOCATION("city"),
        SECTOR,
        SOURCE,
        PRIORITY,
        STAGE("status", "application status"),
        APPLIED_ON("date applied", "applied", "application date", "applied date"),
        DECISION_EXPECTED_BY,
        NEXT_CONTACT_ON,
        LAST_CONTACT_ON,
        NAME,
        ROLE,
        EMAIL,
        PHONE,
        PREFERRED_CONTACT_TIME,
        ROUND,
        FORMAT,
        SCHEDULED_AT,
        COMPLETED_AT,
        PANEL,
        AT,
        CHANNEL,
        DIRECTION,
        PURPOSE,
        OUTCOME,
        SUMMARY,
        NOTES("note", "comments", "comment");

        private final List<String> aliases;

        Column(String... aliases) {
            this.aliases = List.of(aliases);
        }

        /** The canonical header, e.g. {@code applied_on}. */
        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Other trackers' names for this column (normalised: lower case, single spaces). */
        public List<String> aliases() {
            return aliases;
        }
    }

    /** Columns each record type may fill; any other non-empty cell in such a row is an error. */
    private static final Map<RecordType, Set<Column>> USED = Map.of(
            RecordType.APPLICATION, EnumSet.of(Column.RECORD, Column.APPLICATION_REF, Column.EMPLOYER, Column.POSITION,
                    Column.AD_URL, Column.LOCATION, Column.SECTOR, Column.SOURCE, Column.PRIORITY, Column.STAGE,
                    Column.APPLIED_ON, Column.DECISION_EXPECTED_BY, Column.NEXT_CONTACT_ON, Column.LAST_CONTACT_ON,
                    Column.NOTES),
            RecordType.CONTACT, EnumSet.of(Column.RECORD, Column.APPLICATION_REF, Column.CONTACT_REF, Column.NAME,
                    Column.ROLE, Column.EMAIL, Column.PHONE, Column.PREFERRED_CONTACT_TIME),
            RecordType.INTERVIEW, EnumSet.of(Column.RECORD, Column.APPLICATION_REF, Column.ROUND, Column.FORMAT,
                    Column.SCHEDULED_AT, Column.COMPLETED_AT, Column.DECISION_EXPECTED_BY, Column.PANEL, Column.NOTES),
            RecordType.INTERACTION, EnumSet.of(Column.RECORD, Column.APPLICATION_REF, Column.CONTACT_REF, Column.AT,
                    Column.CHANNEL, Column.DIRECTION, Column.PURPOSE, Column.OUTCOME, Column.SUMMARY),
            RecordType.STAGE_CHANGE, EnumSet.of(Column.RECORD, Column.APPLICATION_REF, Column.STAGE, Column.AT,
                    Column.NOTES));

    /** The columns a row of this type may fill. Unmodifiable. */
    public static Set<Column> columnsOf(RecordType type) {
        return Collections.unmodifiableSet(USED.get(type));
    }

    /** The export header, in column order. */
    public static List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /**
     * Normalises a header cell: trimmed, lower case, runs of spaces, underscores and hyphens
     * become one space ({@code "Date_Applied"}, {@code " date-applied "} → {@code "date applied"}).
     */
    static String normaliseHeader(String h) {
        return normaliseWords(h).toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a header cell to a column, or {@code null} for an unknown one. Canonical names
     * always win; {@code flat} files (no {@code record} column, from another tracker) also
     * accept "Role" for the position, which in the native format is the contact's role.
     */
    static Column column(String header, boolean flat) {
        String h = normaliseHeader(header);
        Column c = BY_NAME.get(h);
        if (c == Column.ROLE && flat) {
            return Column.POSITION;
        }
        return c;
    }

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : Column.values()) {
            BY_NAME.put(normaliseHeader(c.header()), c);
        }
        for (Column c : Column.values()) {
            for (String a : c.aliases()) {
                Column previous = BY_NAME.putIfAbsent(normaliseHeader(a), c);
                if (previous != null) {
                    throw new IllegalStateException("alias " + a + " of " + c + " is taken by " + previous);
                }
            }
        }
    }

    static String normaliseWords(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\u00A0') {
                gap = b.length() > 0;
            } else {
                if (gap) {
                    b.append(' ');
                    gap = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** An enum value from a cell: case-insensitive, spaces, hyphens and underscores alike ("On hold", "in-person"). */
    static String enumKey(String value) {
        return normaliseWords(value).replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /** Status words of other trackers and their stage (keys as produced by {@link #enumKey}). */
    static final Map<String, Stage> STAGE_WORDS = Map.ofEntries(
            Map.entry("INTERVIEWING", Stage.INTERVIEW),
            Map.entry("INTERVIEWED", Stage.INTERVIEW),
            Map.entry("INTERVIEWS", Stage.INTERVIEW),
            Map.entry("PHONE_SCREEN", Stage.INTERVIEW),
            Map.entry("SCREENING", Stage.INTERVIEW),
            Map.entry("OFFERED", Stage.OFFER),
            Map.entry("OFFER_RECEIVED", Stage.OFFER),
            Map.entry("GHOSTED", Stage.NO_RESPONSE),
            Map.entry("NO_ANSWER", Stage.NO_RESPONSE),
            Map.entry("SAVED", Stage.WISHLIST),
            Map.entry("BOOKMARKED", Stage.WISHLIST),
            Map.entry("WISH_LIST", Stage.WISHLIST),
            Map.entry("INTERESTED", Stage.WISHLIST),
            Map.entry("WITHDREW", Stage.WITHDRAWN),
            Map.entry("HIRED", Stage.ACCEPTED),
            Map.entry("OFFER_ACCEPTED", Stage.ACCEPTED),
            Map.entry("REFERENCES", Stage.REFERENCE_CHECK),
            Map.entry("REFERENCE_CHECKS", Stage.REFERENCE_CHECK),
            Map.entry("PAUSED", Stage.ON_HOLD),
            Map.entry("STANDBY", Stage.ON_HOLD),
            Map.entry("ONHOLD", Stage.ON_HOLD));

    /** Employer sector (api.md). */
    public enum Sector { PUBLIC, PRIVATE, NON_PROFIT }

    /** Contact role (api.md). */
    public enum ContactRole { INTERVIEWER, HR, RECRUITER, HIRING_MANAGER, OTHER }

    /** Interview format (api.md). */
    public enum InterviewFormat { PHONE, VIDEO, ONSITE }

    /** Interaction channel (api.md). */
    public enum Channel { EMAIL, PHONE, MESSAGE, IN_PERSON, VIDEO }

    /** Interaction direction (api.md). */
    public enum Direction { OUTBOUND, INBOUND }

    /** Interaction purpose (api.md). */
    public enum Purpose { THANK_YOU, QUESTION, STATUS_CHECK, FEEDBACK_REQUEST, CLOSING, OTHER }

    /** Interaction outcome (api.md). */
    public enum Outcome { NO_ANSWER, ANSWERED, DECISION_PENDING, NEW_DATE_GIVEN, DECIDED }
}
