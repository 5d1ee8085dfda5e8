package io.coachline.reminder.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An employer's name as the cool-down compares it (002: "do not call them twice in one week" is about
 * the employer, not about one application): without case, accents, punctuation and legal suffixes, so
 * "Equinor ASA", "EQUINOR" and "Equinor, asa." are one employer.
 */
public final class EmployerName {

    /** Legal forms that say nothing about who the employer is (trailing words only). */
    static final Set<String> LEGAL_SUFFIXES = Set.of(
            "as", "asa", "ans", "da", "sa", "ba", "nuf", "ltd", "limited", "plc", "llc", "llp", "lp", "inc",
            "incorporated", "corp", "corporation", "co", "gmbh", "mbh", "ag", "kg", "ab", "publ", "oy", "oyj", "aps",
            "bv", "nv", "srl", "sarl", "spa", "sas", "pty", "kft", "sp", "zoo");

    private EmployerName() {
    }

    /** The comparable form; empty for a missing name (which then matches no other employer). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")               // é -> e, å -> a
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[.'’/]", "")               // A/S, Inc., O'Brien: joined, not split
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (s.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** Both name the same employer (never true when either name is missing). */
    public static boolean same(String a, String b) {
        String na = normalise(a);
        return !na.isEmpty() && na.equals(normalise(b));
    }
}
