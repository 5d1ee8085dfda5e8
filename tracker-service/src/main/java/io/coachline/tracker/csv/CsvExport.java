package io.coachline.tracker.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.coachline.common.csv.SpreadsheetCell;
import io.coachline.tracker.csv.ApplicationCsv.Column;
import io.coachline.tracker.csv.ApplicationCsv.RecordType;

/**
 * Writes the application log in the native format (see {@code docs/csv-format.md}): the
 * header, then for each application (numbered 1, 2, … in {@code application_ref}) its
 * application row followed by its contacts, interviews, interactions and stage changes, in
 * list order. Dates are {@code yyyy-MM-dd}, timestamps ISO-8601 with offset, enumerations their
 * API names, CRLF line endings; a cell that would run as a formula in a spreadsheet gets a
 * leading quote ({@link SpreadsheetCell}). What {@link CsvImport#read} makes of the output equals
 * the input. The caller encodes the writer as UTF-8 (a byte-order mark is optional; Excel wants
 * one to detect UTF-8) and flushes it.
 */
public final class CsvExport {

    private static final Column[] COLUMNS = Column.values();

    private CsvExport() {
    }

    /**
     * @throws IllegalArgumentException if a contact ref is missing, holds {@code ;} or is
     *         repeated within its application, or a panel or interaction names an unknown contact
     *         (the file would not import)
     */
    public static void write(Writer out, List<ImportedApplication> applications) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvCodec.write(out, ApplicationCsv.header());
        String[] row = new String[COLUMNS.length];
        List<String> rowView = Arrays.asList(row);
        int n = 0;
        for (ImportedApplication a : applications) {
            String ref = Integer.toString(++n);
            check(ref, a);

            start(row, RecordType.APPLICATION, ref);
            set(row, Column.EMPLOYER, a.employer());
            set(row, Column.POSITION, a.position());
            set(row, Column.AD_URL, a.adUrl());
            set(row, Column.LOCATION, a.location());
            set(row, Column.SECTOR, a.sector());
            set(row, Column.SOURCE, a.source());
            set(row, Column.PRIORITY, a.priority());
            set(row, Column.STAGE, a.stage());
            set(row, Column.APPLIED_ON, a.appliedOn());
            set(row, Column.DECISION_EXPECTED_BY, a.decisionExpectedBy());
            set(row, Column.NEXT_CONTACT_ON, a.nextContactOn());
            set(row, Column.LAST_CONTACT_ON, a.lastContactOn());
            set(row, Column.NOTES, a.notes());
            CsvCodec.write(out, rowView);

            for (ImportedContact c : a.contacts()) {
                start(row, RecordType.CONTACT, ref);
                set(row, Column.CONTACT_REF, c.ref());
                set(row, Column.NAME, c.name());
                set(row, Column.ROLE, c.role());
                set(row, Column.EMAIL, c.email());
                set(row, Column.PHONE, c.phone());
                set(row, Column.PREFERRED_CONTACT_TIME, c.preferredContactTime());
                CsvCodec.write(out, rowView);
            }
            for (ImportedInterview i : a.interviews()) {
                start(row, RecordType.INTERVIEW, ref);
                set(row, Column.ROUND, i.round());
                set(row, Column.FORMAT, i.format());
                set(row, Column.SCHEDULED_AT, i.scheduledAt());
                set(row, Column.COMPLETED_AT, i.completedAt());
                set(row, Column.DECISION_EXPECTED_BY, i.decisionExpectedBy());
                set(row, Column.PANEL, i.panel().isEmpty() ? null : String.join(";", i.panel()));
                set(row, Column.NOTES, i.notes());
                CsvCodec.write(out, rowView);
            }
            for (ImportedInteraction i : a.interactions()) {
                start(row, RecordType.INTERACTION, ref);
                set(row, Column.CONTACT_REF, i.contactRef());
                set(row, Column.AT, i.at());
                set(row, Column.CHANNEL, i.channel());
                set(row, Column.DIRECTION, i.direction());
                set(row, Column.PURPOSE, i.purpose());
                set(row, Column.OUTCOME, i.outcome());
                set(row, Column.SUMMARY, i.summary());
                CsvCodec.write(out, rowView);
            }
            for (ImportedStageChange s : a.stageHistory()) {
                start(row, RecordType.STAGE_CHANGE, ref);
                set(row, Column.STAGE, s.stage());
                set(row, Column.AT, s.at());
                set(row, Column.NOTES, s.note());
                CsvCodec.write(out, rowView);
            }
        }
    }

    private static void check(String ref, ImportedApplication a) {
        Set<String> contacts = new HashSet<>();
        for (ImportedContact c : a.contacts()) {
            if (c.ref().indexOf(';') >= 0 || !c.ref().equals(c.ref().strip())) {
                throw new IllegalArgumentException("application " + ref + ": contact ref \"" + c.ref()
                        + "\" must not contain ';' nor start or end with a space");
            }
            if (!contacts.add(c.ref())) {
                throw new IllegalArgumentException("application " + ref + ": contact ref " + c.ref() + " is repeated");
            }
        }
        for (ImportedInterview i : a.interviews()) {
            for (String m : i.panel()) {
                if (!contacts.contains(m)) {
                    throw new IllegalArgumentException("application " + ref + ": panel names unknown contact " + m);
                }
            }
        }
        for (ImportedInteraction i : a.interactions()) {
            if (i.contactRef() != null && !contacts.contains(i.contactRef())) {
                throw new IllegalArgumentException("application " + ref + ": interaction names unknown contact "
                        + i.contactRef());
            }
        }
    }

    private static void start(String[] row, RecordType type, String appRef) {
        Arrays.fill(row, null);
        row[Column.RECORD.ordinal()] = type.csvName();
        row[Column.APPLICATION_REF.ordinal()] = appRef;
    }

    private static void set(String[] row, Column c, Object value) {
        String text;
        if (value == null) {
            text = null;
        } else if (value instanceof OffsetDateTime t) {
            text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            text = value.toString();   // String, Integer, LocalDate (ISO)
        }
        // a cell a spreadsheet would run as a formula is written as text; the import takes the quote off again
        row[c.ordinal()] = text == null ? null : SpreadsheetCell.neutralise(text);
    }
}
