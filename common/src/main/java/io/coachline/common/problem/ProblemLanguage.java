package io.coachline.common.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems in the caller's language: the token's {@code locale} claim, else the request's
 * Accept-Language, else English. English is written where the problem is made; this is the
 * Norwegian Bokmål bundle (titles, details, field messages and Hibernate Validator's default
 * messages, written by hand, since the validator ships no Norwegian), applied as the last step
 * before a problem is answered. Text it does not know stays English.
 */
public final class ProblemLanguage {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("Invalid request", "Ugyldig forespørsel"),
            Map.entry("Not found", "Finnes ikke"),
            Map.entry("Unauthorized", "Ikke logget inn"),
            Map.entry("Forbidden", "Ikke tillatt"),
            Map.entry("Internal error", "Intern feil"),
            Map.entry("Illegal stage move", "Ugyldig flytting av steg"),
            Map.entry("Service unavailable", "Tjenesten er utilgjengelig"));

    /** English sentence → Norwegian, in order; {@code $n} are the English groups. */
    private static final Map<Pattern, String> SENTENCES = new LinkedHashMap<>();

    static {
        sentence("The request has (\\d+) invalid field\\(s\\)\\.", "Forespørselen har $1 ugyldige felt.");
        sentence("The request has an invalid field\\.", "Forespørselen har et ugyldig felt.");
        sentence("The request body could not be read\\.", "Innholdet i forespørselen kunne ikke leses.");
        sentence("The request could not be read\\.", "Forespørselen kunne ikke leses.");
        sentence("Could not be read\\.", "Kunne ikke leses.");
        sentence("No such resource\\.", "Ressursen finnes ikke.");
        sentence("(.+) does not exist\\.", "Finnes ikke: $1.");
        sentence("A (valid )?bearer token is required\\.", "Du må være logget inn (et gyldig tilgangstoken mangler).");
        sentence("Your role may not do this\\.", "Rollen din har ikke lov til dette.");
        sentence("The request could not be served\\. It was logged; nothing was changed\\.",
                "Forespørselen kunne ikke utføres. Feilen er logget, og ingenting ble endret.");
        sentence("The request could not be served\\.", "Forespørselen kunne ikke utføres.");
        sentence("The body is not valid JSON\\.", "Innholdet er ikke gyldig JSON.");
        sentence("(?i)must be one of \\[?(.+?)]?\\.?", "Må være en av $1.");
        sentence("Is not a valid date \\(yyyy-MM-dd\\)\\.", "Er ikke en gyldig dato (åååå-mm-dd).");
        sentence("Is not a valid id \\(UUID\\)\\.", "Er ikke en gyldig id (UUID).");
        sentence("Is not a valid instant \\(ISO-8601 with offset\\)\\.", "Er ikke et gyldig tidspunkt (ISO-8601 med tidssone).");
        sentence("Is not a valid whole number\\.", "Er ikke et gyldig heltall.");
        sentence("Is not a valid boolean\\.", "Er ikke en gyldig sannhetsverdi (true/false).");
        sentence("Is not a valid (.+)\\.", "Er ikke en gyldig $1.");
        sentence("Is not a known field\\.", "Er ikke et kjent felt.");
        sentence("Has the wrong type or shape\\.", "Har feil type eller form.");
        sentence("The application is already (\\w+)\\.", "Søknaden er allerede $1.");
        // Hibernate Validator's default messages (it ships no Norwegian bundle)
        sentence("must not be null", "må fylles ut");
        sentence("must not be blank", "må fylles ut");
        sentence("must not be empty", "kan ikke være tom");
        sentence("must be null", "må være tom");
        sentence("must be greater than or equal to (-?[\\d.]+)", "må være minst $1");
        sentence("must be less than or equal to (-?[\\d.]+)", "må være høyst $1");
        sentence("must be greater than (-?[\\d.]+)", "må være større enn $1");
        sentence("must be less than (-?[\\d.]+)", "må være mindre enn $1");
        sentence("size must be between (\\d+) and (\\d+)", "lengden må være mellom $1 og $2");
        sentence("length must be between (\\d+) and (\\d+)", "lengden må være mellom $1 og $2");
        sentence("must be a well-formed email address", "må være en gyldig e-postadresse");
        sentence("must be a future date", "må være fram i tid");
        sentence("must be a date in the present or in the future", "må være i dag eller fram i tid");
        sentence("must be a past date", "må være tilbake i tid");
        sentence("must be a date in the past or in the present", "må være i dag eller tilbake i tid");
        sentence("must match \"(.*)\"", "må passe med «$1»");
        sentence("must be true", "må være sann");
        sentence("must be false", "må være usann");
        sentence("must be a valid URL", "må være en gyldig URL");
    }

    private ProblemLanguage() {
    }

    private static void sentence(String english, String norwegian) {
        SENTENCES.put(Pattern.compile(english), norwegian);
    }

    /** The caller's locale: the token's {@code locale} claim, else Accept-Language, else English. */
    public static Locale of(HttpHeaders headers) {
        return fromToken().or(() -> fromHeaders(headers)).orElse(Locale.ENGLISH);
    }

    private static Optional<Locale> fromToken() {
        try (InstanceHandle<CurrentIdentityAssociation> handle = Arc.container().instance(CurrentIdentityAssociation.class)) {
            if (!handle.isAvailable()) {
                return Optional.empty();
            }
            SecurityIdentity identity = handle.get().getIdentity();
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
                Object claim = jwt.getClaim("locale");
                if (claim != null && !claim.toString().isBlank()) {
                    return Optional.of(Locale.forLanguageTag(claim.toString().replace("\"", "")));
                }
            }
        } catch (RuntimeException e) {
            // identity not resolved on this thread (e.g. an error before authentication): use the header
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromHeaders(HttpHeaders headers) {
        if (headers == null) {
            return Optional.empty();
        }
        try {
            return headers.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** nb for Norwegian (nb, no, nn), en for everything else. */
    public static boolean norwegian(Locale locale) {
        return locale != null && List.of("nb", "no", "nn").contains(locale.getLanguage());
    }

    /** The problem in {@code locale}'s language (unchanged for English). */
    public static Problem translate(Problem p, Locale locale) {
        if (!norwegian(locale)) {
            return p;
        }
        String detail = p.detail();
        if (p.extensions().containsKey("from") && p.extensions().containsKey("allowedMoves")) {
            detail = illegalMove(p.extensions());
        } else {
            detail = text(detail);
        }
        List<FieldError> errors = null;
        if (p.errors() != null) {
            errors = new ArrayList<>();
            for (FieldError e : p.errors()) {
                errors.add(new FieldError(e.field(), text(e.message()), e.row()));
            }
        }
        return new Problem(p.type(), TITLES.getOrDefault(p.title(), p.title()), p.status(), detail, p.instance(), errors,
                p.extensions());
    }

    /** One English sentence of the bundle in Norwegian; unknown text is returned as it is. */
    public static String text(String english) {
        if (english == null) {
            return null;
        }
        for (Map.Entry<Pattern, String> e : SENTENCES.entrySet()) {
            Matcher m = e.getKey().matcher(english);
            if (m.matches()) {
                String out = e.getValue();
                for (int i = m.groupCount(); i >= 1; i--) {
                    out = out.replace("$" + i, m.group(i) == null ? "" : m.group(i));
                }
                return out;
            }
        }
        return english;
    }

    private static String illegalMove(Map<String, Object> ext) {
        String from = String.valueOf(ext.get("from"));
        String to = String.valueOf(ext.get("to"));
        Object allowed = ext.get("allowedMoves");
        Object reopen = ext.get("allowedWithReopen");
        boolean none = allowed instanceof java.util.Collection<?> c && c.isEmpty();
        String out = "Søknaden kan ikke flyttes fra " + from + " til " + to + ".";
        if (!none) {
            out += " Tillatt herfra: " + join(allowed) + ".";
        }
        if (reopen instanceof java.util.Collection<?> r && !r.isEmpty()) {
            out += " Søknaden er avsluttet; gjenåpne den (reopen) for å flytte den til " + join(reopen) + ".";
        }
        return out;
    }

    private static String join(Object values) {
        if (values instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(values);
    }

    /** A bean-validation message in {@code locale}: Hibernate Validator's English text through the bundle. */
    public static String message(ConstraintViolation<?> v, Locale locale) {
        return norwegian(locale) ? text(v.getMessage()) : v.getMessage();
    }
}
