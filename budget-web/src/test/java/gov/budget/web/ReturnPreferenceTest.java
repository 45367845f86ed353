package gov.budget.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPreferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "return=minimal|true",
            "Return=Minimal|true",
            "respond-async, return=minimal|true",
            "return = minimal; foo=bar|true",
            "return=\tminimal|true",
            "return=representation|false",
            "respond-async|false",
            "''|false",
            "return=minimalist|false"})
    void minimalIsOneOfTheHeadersPreferences(String prefer, boolean minimal) {
        assertEquals(minimal, ReturnPreference.minimal(prefer));
    }

    @ParameterizedTest
    @NullSource
    void noHeaderPrefersTheRecord(String prefer) {
        assertEquals(false, ReturnPreference.minimal(prefer));
    }
}
