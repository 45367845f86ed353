package gov.budget.contracts.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure the budget's narrative states, for example 机关运行经费 131.92 万元.
 *
 * @param code   a dotted key; {@code running_cost.office} is one item of {@code running_cost}
 * @param label  the printed label, for example 办公费
 * @param amount the stated amount, exactly as printed
 * @param unit   the stated unit: 万元 or 元, % or 个
 * @param text   the sentence as printed when the figure is a statement, for example 与2023年相比持平; else null.
 *               A comparison phrase there makes the figure a change ({@link #change()}), and its amount the
 *               change's size
 */
public record NarrativeFigure(String code, String label, BigDecimal amount, String unit, @Schema(nullable = true) String text) {

    /** The change the printed phrase states, with its direction and base; null when the text states none. */
    @JsonProperty("change")
    @Schema(nullable = true, description = "The change the printed phrase states (比2024年预算增加: INCREASE against 2024年预算; "
            + "持平: UNCHANGED), read from text; the amount is its size")
    public StatedChange change() {
        return StatedChange.parse(text).orElse(null);
    }

    /** The code of the figure this one itemises, if any. */
    public Optional<String> parentCode() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(code.substring(0, dot));
    }
}
