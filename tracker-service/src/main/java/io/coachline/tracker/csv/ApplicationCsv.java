package io.coachline.tracker.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CSV format of the application log (documented in {@code docs/csv-format.md}): one file,
 * one row per record, a {@code record} column saying what the row is, {@code application_ref}
 * tying child rows to their application and {@code contact_ref} naming contacts. This class
 * holds the columns and which record uses which column; {@link HeaderMapping} matches a file's
 * header to them, {@link ValueWords} its words to the API's enumerations.
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
        EMPLOYER,
        POSITION,
        AD_URL,
        LOCATION,
        SECTOR,
        SOURCE,
        PRIORITY,
        STAGE,
        APPLIED_ON,
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
        NOTES;

        /** The canonical header, e.g. {@code applied_on}. */
        public String header() {
            return name().toLowerCase(Locale.ROOT);
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

}
