package gov.budget.performance.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import gov.budget.contracts.event.EventCodec;
import gov.budget.contracts.performance.IndicatorValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorValueParserTest {

    @Test
    void everyValueOfTheSeedsTwentyFourSheetsIsParsed() throws IOException {
        JsonNode sample = EventCodec.mapper().readTree(Files.readString(
                Path.of("..", "deploy", "samples", "323-2024", "performance.json"), StandardCharsets.UTF_8));
        List<String> values = new ArrayList<>();
        sample.get("sheets").forEach(sheet -> sheet.get("indicators").forEach(i -> values.add(i.get("value").asText())));
        assertEquals(24, sample.get("sheets").size());
        assertEquals(187, values.size());
        int qualitative = 0;
        for (String value : values) {
            IndicatorValue parsed = IndicatorValueParser.parse(value, "万元").orElseThrow(() -> new AssertionError("cannot parse " + value));
            assertEquals(value, parsed.text());
            if (parsed.qualitative()) {
                qualitative++;
                assertTrue(value.contains("上年"), value);
            } else {
                assertTrue(parsed.number().signum() >= 0, value);
            }
        }
        assertTrue(qualitative > 0 && qualitative < values.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "≥90%,          ≥, 90,        %,    90",
            "100%,           , 100,       %,    100",
            "≤2万元,         ≤, 2,         万元, 2",
            "≤403860.63元,   ≤, 403860.63, 元,   40.386063",
            "610套,           , 610,       套,   610",
            "24小时,          , 24,        小时, 24",
            "≥16000人,       ≥, 16000,     人,   16000",
            ">=95%,          ≥, 95,        %,    95",
            "＜3场,           <, 3,         场,   3",
            "＝1个,           =, 1,         个,   1",
    })
    void aNumericValueHasItsOperatorNumberAndUnitAndMoneyInTheSheetsUnit(String text, String operator, String number,
                                                                        String unit, String inSheetUnit) {
        IndicatorValue parsed = IndicatorValueParser.parse(text, "万元").orElseThrow();
        assertFalse(parsed.qualitative());
        assertEquals(operator, parsed.operator());
        assertEquals(new BigDecimal(number), parsed.number());
        assertEquals(unit, parsed.unit());
        assertEquals(0, new BigDecimal(inSheetUnit).compareTo(parsed.inSheetUnit()));
    }

    @Test
    void aTextWithoutANumberIsQualitativeAndAMistypedNumberIsRefused() {
        IndicatorValue qualitative = IndicatorValueParser.parse("较上年有所提高", "万元").orElseThrow();
        assertTrue(qualitative.qualitative());
        assertNull(qualitative.number());
        assertTrue(IndicatorValueParser.parse("≥9O%", "万元").isEmpty());
        assertTrue(IndicatorValueParser.parse("≥", "万元").isEmpty());
        assertTrue(IndicatorValueParser.parse("1.2.3万元", "万元").isEmpty());
    }
}
