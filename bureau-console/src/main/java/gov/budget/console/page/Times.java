package gov.budget.console.page;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as a bureau officer reads them: Beijing time, to the minute. */
final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {
    }

    /** An ISO instant as date and minute; a dash when there is none. */
    static String minute(JsonNode instant) {
        String text = instant.asText("");
        if (text.isEmpty()) {
            return "—";
        }
        try {
            return MINUTE.format(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
