package gov.budget.web.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * Every text of every request body, refused when it holds a character that is not text: a control
 * character (NUL, BEL, ESC, …; tab and line breaks are text) or a bidirectional override that makes
 * a name read differently from what it holds (U+202A–U+202E, U+2066–U+2069). Such characters would
 * otherwise be stored and exported as sent. The refusal is a 400 naming the field and the value.
 */
public class PrintableText extends StdScalarDeserializer<String> {

    public PrintableText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        int bad = firstNonText(text);
        if (bad >= 0) {
            throw InvalidFormatException.from(parser, String.format("holds U+%04X at position %d, which is not text", (int) text.charAt(bad), bad),
                    text, String.class);
        }
        return text;
    }

    /** The index of the first character that is not text, or -1. */
    public static int firstNonText(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isText(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** False for a control character other than tab and line breaks, and for a bidirectional override or isolate. */
    public static boolean isText(char c) {
        boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
        boolean override = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
        return !control && !override;
    }
}
