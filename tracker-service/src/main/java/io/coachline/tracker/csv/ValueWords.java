package io.coachline.tracker.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.coachline.tracker.application.Stage;

/**
 * The words of a file's enumerated cells and what they mean: the API's names (ignoring case,
 * spaces, hyphens and underscores), other trackers' status words, and the seeker's own choices
 * per column. See docs/csv-format.md, "Values".
 */
final class ValueWords {

    private ValueWords() {
    }

    /** The API form of a word: {@code On hold}, {@code on-hold} → {@code ON_HOLD}. */
    static String enumKey(String value) {
        StringBuilder b = new StringBuilder(value.length());
        boolean gap = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\u00A0') {
                gap = b.length() > 0;
            } else {
                if (gap) {
                    b.append('_');
                    gap = false;
                }
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Status words of Huntr, Teal, JibberJobber, LinkedIn and home-made sheets (keys as made by
     * {@link #enumKey}). Where a word could mean two stages the more cautious one is taken and
     * the preview shows it, so the seeker can choose otherwise.
     */
    static final Map<String, Stage> STAGE_WORDS = new HashMap<>();

    private static void words(Stage stage, String... words) {
        for (String w : words) {
            Stage previous = STAGE_WORDS.put(enumKey(w), stage);
            if (previous != null) {
                throw new IllegalStateException(w + " means both " + previous + " and " + stage);
            }
        }
    }

    static {
        words(Stage.WISHLIST, "saved", "bookmarked", "wish list", "interested", "prospective", "prospect", "draft",
                "researching", "to apply", "not applied", "not yet applied", "applying", "planned", "idea", "lead",
                "considering");
        words(Stage.APPLIED, "sent", "submitted", "application sent", "applied online", "awaiting response", "pending",
                "in review", "under review", "waiting");
        words(Stage.INTERVIEW, "interviewing", "interviewed", "interviews", "phone screen", "screening", "screen",
                "interview scheduled", "first interview", "second interview", "final interview", "assessment");
        words(Stage.REFERENCE_CHECK, "references", "reference checks", "reference check");
        words(Stage.OFFER, "offered", "offer received", "negotiating", "negotiation", "offer made");
        words(Stage.ACCEPTED, "hired", "offer accepted", "accepted offer", "job accepted");
        // "Closed" / "Not selected": what applicant tracking systems show a candidate they turned down.
        words(Stage.REJECTED, "closed", "not selected", "declined", "turned down", "unsuccessful", "no offer",
                "rejection", "position filled", "denied");
        words(Stage.WITHDRAWN, "withdrew", "i withdrew", "withdrawn by me", "not interested", "no longer interested",
                "cancelled", "canceled", "dropped", "archived");
        words(Stage.NO_RESPONSE, "ghosted", "no answer", "no response", "no reply", "never heard back", "expired");
        words(Stage.ON_HOLD, "paused", "standby", "onhold", "on hold", "hold", "waitlisted", "waitlist");
    }

    /** Sector words of home-made sheets; an industry ("Software") is no sector and is left to the seeker. */
    static final Map<String, io.coachline.tracker.application.Sector> SECTOR_WORDS = Map.of(
            "PUBLIC_SECTOR", io.coachline.tracker.application.Sector.PUBLIC,
            "PRIVATE_SECTOR", io.coachline.tracker.application.Sector.PRIVATE,
            "NONPROFIT", io.coachline.tracker.application.Sector.NON_PROFIT,
            "NOT_FOR_PROFIT", io.coachline.tracker.application.Sector.NON_PROFIT,
            "NGO", io.coachline.tracker.application.Sector.NON_PROFIT,
            "CHARITY", io.coachline.tracker.application.Sector.NON_PROFIT);

    /** The stage a word names, or {@code null}. */
    static Stage stage(String word) {
        String key = enumKey(word);
        Stage s = STAGE_WORDS.get(key);
        if (s != null) {
            return s;
        }
        return constant(Stage.class, key);
    }

    /** The constant of {@code type} a word names (API name, case and separators ignored), or {@code null}. */
    static <E extends Enum<E>> E constant(Class<E> type, String word) {
        String key = enumKey(word);
        if (type == io.coachline.tracker.application.Sector.class && SECTOR_WORDS.containsKey(key)) {
            return type.cast(SECTOR_WORDS.get(key));
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
