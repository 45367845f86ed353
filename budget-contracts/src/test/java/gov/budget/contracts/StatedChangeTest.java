package gov.budget.contracts;

import gov.budget.contracts.ledger.StatedChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The comparison phrases that real disclosures print, read into a direction and a base. */
class StatedChangeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "比2024年预算增加,              INCREASE,  2024年预算",
            "比2024年预算执行数增加,        INCREASE,  2024年预算执行数",
            "比2024年预算执行数减少,        DECREASE,  2024年预算执行数",
            "较上年下降,                    DECREASE,  上年",
            "与2024年预算持平,              UNCHANGED, 2024年预算",
            "与2023年相比持平,              UNCHANGED, 2023年",
            "与2023年相比，增长,            INCREASE,  2023年"})
    void aComparisonPhraseHasADirectionAndABase(String phrase, StatedChange.Direction direction, String base) {
        assertEquals(Optional.of(new StatedChange(direction, base)), StatedChange.parse(phrase));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"主要用于日常办公", "增加人员经费"})
    void aSentenceThatComparesNothingStatesNoChange(String sentence) {
        assertEquals(Optional.empty(), StatedChange.parse(sentence));
    }
}
