package io.coachline.tracker.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.coachline.tracker.csv.ApplicationCsv.Column;
import io.coachline.tracker.csv.ApplicationCsv.RecordType;

/**
 * Matches a file's header to the columns of the log: the canonical names of the export
 * ({@code applied_on}), the API's field names ({@code appliedOn}) and other trackers' names
 * ({@code Date Applied}), compared ignoring case, spaces, underscores and hyphens; then the
 * seeker's own choices for what is left. A flat file's column that has no field is kept in the
 * application's notes. See docs/csv-format.md, "Other trackers' files".
 */
final class HeaderMapping {

    /** What a seeker may map a column to besides a {@link Column}. */
    static final String NOTES = "notes";
    static final String IGNORE = "ignore";

    /** Dates only other trackers' flat files carry; they date the stage history of the application. */
    enum FlatDate {
        SAVED_ON("date saved", "saved on", "date added", "added on", "created", "created at", "date created",
                "date bookmarked"),
        INTERVIEW_ON("interview date", "first interview", "first interview date", "date interviewed", "interviewed on",
                "date of interview"),
        STATUS_ON("status date", "last status date", "date of status", "status changed", "status updated",
                "last updated", "updated", "updated at", "date updated", "last status change", "date closed",
                "closed on", "date rejected", "rejected on", "response date", "outcome date");

        final List<String> aliases;

        FlatDate(String... aliases) {
            this.aliases = List.of(aliases);
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Other trackers' names for the application's columns (Huntr, Teal, JibberJobber, LinkedIn, home-made sheets). */
    private static final Map<Column, List<String>> ALIASES = Map.ofEntries(
            Map.entry(Column.EMPLOYER, List.of("company", "organization", "organisation", "employer name", "company name",
                    "firm", "company / organization")),
            Map.entry(Column.POSITION, List.of("job title", "title", "job", "job position", "position title", "job name",
                    "position name", "vacancy", "opening")),
            Map.entry(Column.AD_URL, List.of("url", "link", "job url", "job link", "posting url", "job posting", "ad link",
                    "job post url", "posting link", "job listing", "listing url", "job ad")),
            Map.entry(Column.LOCATION, List.of("city", "job location", "place", "where")),
            Map.entry(Column.SOURCE, List.of("job board", "found on", "found via", "found through", "job portal", "portal",
                    "where found", "lead source")),
            Map.entry(Column.PRIORITY, List.of("rank")),
            Map.entry(Column.STAGE, List.of("status", "application status", "list", "pipeline stage", "current status",
                    "state", "job status")),
            Map.entry(Column.APPLIED_ON, List.of("date applied", "applied", "application date", "applied date", "applied at",
                    "date sent", "sent", "sent on", "submitted", "submitted on", "date submitted", "date")),
            Map.entry(Column.NEXT_CONTACT_ON, List.of("follow up", "follow up date", "next follow up", "followup",
                    "follow up on", "next action date", "next step date")),
            Map.entry(Column.LAST_CONTACT_ON, List.of("last contact", "last contacted", "last contact date")),
            Map.entry(Column.NOTES, List.of("note", "comments", "comment", "description", "remarks", "details")));

    private static final Map<String, Column> CANONICAL = new HashMap<>();
    private static final Map<String, Column> ALIAS = new HashMap<>();
    private static final Map<String, FlatDate> DATES = new HashMap<>();

    static {
        for (Column c : Column.values()) {
            CANONICAL.put(key(c.header()), c);
        }
        ALIASES.forEach((c, names) -> names.forEach(a -> put(ALIAS, key(a), c)));
        for (FlatDate d : FlatDate.values()) {
            put(DATES, key(d.header()), d);
            d.aliases.forEach(a -> put(DATES, key(a), d));
        }
        for (String k : DATES.keySet()) {
            if (ALIAS.containsKey(k) || CANONICAL.containsKey(k)) {
                throw new IllegalStateException("header " + k + " means two columns");
            }
        }
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
        T previous = map.putIfAbsent(key, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException("header " + key + " means both " + previous + " and " + value);
        }
    }

    /**
     * The comparison key of a header or a choice: lower case, without spaces, underscores,
     * hyphens, dots and slashes, so {@code Applied On}, {@code applied_on}, {@code appliedOn}
     * and {@code APPLIED-ON} are one name.
     */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** How one header cell was read, for the preview. */
    record Proposal(int position, String header, String target, String by) {
    }

    final boolean flat;
    final int size;
    final int[] index = new int[Column.values().length];
    final String[] headerText = new String[Column.values().length];
    final int[] dateIndex = new int[FlatDate.values().length];
    /** Positions whose cells go into the notes, labelled with their header. */
    final List<Integer> notes = new ArrayList<>();
    final List<String> header;
    final List<String> ignored = new ArrayList<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final Map<String, Integer> positions = new HashMap<>();

    /**
     * @param choices the seeker's mapping, header as written (or its {@link #key}) → a column name,
     *                a flat date name, {@link #NOTES} or {@link #IGNORE}
     */
    HeaderMapping(List<String> header, Map<String, String> choices) {
        this.header = header;
        this.size = header.size();
        Arrays.fill(index, -1);
        Arrays.fill(dateIndex, -1);
        Map<String, String> chosen = new HashMap<>();
        choices.forEach((h, target) -> chosen.put(key(h), target));
        flat = header.stream().noneMatch(h -> CANONICAL.get(key(h)) == Column.RECORD);
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String k = key(text);
            String choice = chosen.get(k);
            if (choice != null) {
                choose(i, text, choice);
                continue;
            }
            Column c = CANONICAL.get(k);
            String by = "name";
            if (c == Column.ROLE && flat) {
                c = Column.POSITION;   // "Role" in another tracker is the job; in ours the contact's role
                by = "alias";
            }
            if (c == null) {
                c = ALIAS.get(k);
                by = "alias";
            }
            if (flat && c != null && !ApplicationCsv.columnsOf(RecordType.APPLICATION).contains(c)) {
                c = null;   // a flat file holds applications only: "Name", "Email", … are not ours
            }
            if (c != null) {
                column(i, text, c, by);
                continue;
            }
            FlatDate d = flat ? DATES.get(k) : null;
            if (d != null) {
                date(i, text, d, "alias");
            } else if (flat) {
                notes.add(i);
                proposals.add(new Proposal(i, text, NOTES, "none"));
            } else {
                ignored.add(text);
                proposals.add(new Proposal(i, text, IGNORE, "none"));
            }
        }
        List<Column> required = flat
                ? List.of(Column.EMPLOYER, Column.POSITION)
                : List.of(Column.RECORD, Column.APPLICATION_REF, Column.EMPLOYER, Column.POSITION);
        for (Column c : required) {
            if (index[c.ordinal()] < 0) {
                List<String> also = ALIASES.getOrDefault(c, List.of());
                errors.add(new RowError(1, c.header(), "missing column " + c.header()
                        + (also.isEmpty() ? "" : " (or one of: " + String.join(", ", also) + ")")));
            }
        }
    }

    private void choose(int i, String text, String choice) {
        String k = key(choice);
        if (k.equals(NOTES)) {
            notes.add(i);
            proposals.add(new Proposal(i, text, NOTES, "seeker"));
        } else if (k.equals(IGNORE)) {
            ignored.add(text);
            proposals.add(new Proposal(i, text, IGNORE, "seeker"));
        } else if (CANONICAL.containsKey(k) && (!flat || ApplicationCsv.columnsOf(RecordType.APPLICATION).contains(CANONICAL.get(k)))) {
            column(i, text, CANONICAL.get(k), "seeker");
        } else if (flat && DATES.containsKey(k) && key(DATES.get(k).header()).equals(k)) {
            date(i, text, DATES.get(k), "seeker");
        } else {
            errors.add(new RowError(1, text, "cannot map column \"" + text + "\" to \"" + choice + "\"; choose one of "
                    + String.join(", ", targets(flat))));
        }
    }

    private void column(int i, String text, Column c, String by) {
        if (index[c.ordinal()] >= 0) {
            errors.add(new RowError(1, text, "column " + c.header() + " appears twice (also as \""
                    + headerText[c.ordinal()] + "\")"));
            return;
        }
        index[c.ordinal()] = i;
        headerText[c.ordinal()] = text;
        positions.put(text, i);
        proposals.add(new Proposal(i, text, c.header(), by));
    }

    private void date(int i, String text, FlatDate d, String by) {
        if (dateIndex[d.ordinal()] >= 0) {
            errors.add(new RowError(1, text, "column " + d.header() + " appears twice"));
            return;
        }
        dateIndex[d.ordinal()] = i;
        positions.put(text, i);
        proposals.add(new Proposal(i, text, d.header(), by));
    }

    /** What a column of a file of this layout may be mapped to. */
    static List<String> targets(boolean flat) {
        List<String> out = new ArrayList<>();
        for (Column c : Column.values()) {
            if (!flat || (ApplicationCsv.columnsOf(RecordType.APPLICATION).contains(c) && c != Column.RECORD
                    && c != Column.APPLICATION_REF)) {
                out.add(c.header());
            }
        }
        if (flat) {
            Arrays.stream(FlatDate.values()).map(FlatDate::header).forEach(out::add);
            out.add(NOTES);
        }
        out.add(IGNORE);
        return out;
    }

    /** The header text of a column as the file writes it, or its canonical name. */
    String text(Column c) {
        return headerText[c.ordinal()] != null ? headerText[c.ordinal()] : c.header();
    }

    /**
     * The layout of a file: the same columns in the same order give the same fingerprint, whatever
     * the rows, so a seeker's mapping can be remembered for the next export of the same tracker.
     */
    static String fingerprint(List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append(key(h)).append('\u001F');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
