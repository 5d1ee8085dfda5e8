package io.coachline.reminder.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderRendererTest {

    private static final Map<String, String> VALUES = new HashMap<>();

    static {
        VALUES.put("name", "Kari Nordmann");
        VALUES.put("position", "Senior Developer");
        VALUES.put("money", "$5 \\ 10");
        VALUES.put("missing", null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Dear {{name}},                    | Dear Kari Nordmann,",
            "{{ name }} / {{position}}         | Kari Nordmann / Senior Developer",
            "{{name}}{{name}}                  | Kari NordmannKari Nordmann",
            "Hi {{nmae}}                       | Hi {{nmae}}",
            "On {{missing}}                    | On ⟦missing⟧",
            "{{#name}}Dear {{name}},{{/name}}{{^name}}Hello,{{/name}} | Dear Kari Nordmann,",
            "{{#missing}}Dear {{missing}},{{/missing}}{{^missing}}Hello,{{/missing}} | Hello,",
            "met{{#missing}} on {{missing}}{{/missing}} at {{#name}}{{position}}{{/name}} | met at Senior Developer",
            "Costs {{money}}                   | Costs $5 \\ 10",
            "no placeholders {single} {{ }}    | no placeholders {single} {{ }}",
    })
    void knownPlaceholdersAreReplacedAndUnknownOnesStayVisible(String template, String expected) {
        assertEquals(expected, PlaceholderRenderer.render(template, VALUES));
    }
}
