package gov.budget.contracts;

import gov.budget.contracts.code.EconomicCode;
import gov.budget.contracts.code.FunctionalCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionalCodeTest {

    @Test
    void acceptsOnlyThreeFiveOrSevenDigits() {
        assertTrue(FunctionalCode.isWellFormed("208"));
        assertTrue(FunctionalCode.isWellFormed("20801"));
        assertTrue(FunctionalCode.isWellFormed("2080106"));
        assertFalse(FunctionalCode.isWellFormed("2080"));
        assertFalse(FunctionalCode.isWellFormed("20801O1"));
        assertFalse(FunctionalCode.isWellFormed("208010601"));
        assertFalse(FunctionalCode.isWellFormed(null));
        // full-width digits, as a copy from a printed table may carry, are not a code
        assertFalse(FunctionalCode.isWellFormed("２０８"));
    }

    @Test
    void anEconomicCodeHasThreeOrFiveDigits() {
        assertTrue(EconomicCode.isWellFormed("301"));
        assertTrue(EconomicCode.isWellFormed("30101"));
        assertFalse(EconomicCode.isWellFormed("3010101"));
        assertFalse(EconomicCode.isWellFormed("30l01"));
        assertEquals(Optional.of("301"), EconomicCode.parent("30101"));
    }

    @Test
    void aCodesParentIsItsPrefixOneLevelUp() {
        assertEquals(Optional.of("20801"), FunctionalCode.parent("2080106"));
        assertEquals(Optional.of("208"), FunctionalCode.parent("20801"));
        assertEquals(Optional.empty(), FunctionalCode.parent("208"));
        assertEquals(3, FunctionalCode.level("2080106"));
    }
}
