package io.coachline.tracker.csv;

import java.util.List;

/**
 * The outcome of {@link CsvImport#read}: all or nothing. Either {@link #errors()} is empty and
 * {@link #applications()} holds the whole log, or {@link #applications()} is empty and
 * {@link #errors()} lists every problem found (in row order). {@link #ignoredColumns()} names
 * header cells that matched no column (their data is not imported), so a caller can warn.
 */
public record ImportResult(List<ImportedApplication> applications, List<RowError> errors, List<String> ignoredColumns) {

    public ImportResult {
        applications = List.copyOf(applications);
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
        if (!errors.isEmpty() && !applications.isEmpty()) {
            throw new IllegalArgumentException("an import with errors carries no applications");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
