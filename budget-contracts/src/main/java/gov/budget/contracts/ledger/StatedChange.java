package gov.budget.contracts.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change a narrative figure states against an earlier figure, read from its printed phrase:
 * 比2024年预算增加 (INCREASE against 2024年预算), 比2024年预算执行数减少 (DECREASE against
 * 2024年预算执行数), 与2023年相比持平 (UNCHANGED against 2023年). The figure's amount is the size of
 * the change, never negative: the direction is in the words, as the document prints it.
 *
 * @param direction which way the figure moved
 * @param base      what it is compared with, as printed
 */
public record StatedChange(Direction direction, String base) {

    /** Which way a stated figure moved. */
    public enum Direction {
        INCREASE, DECREASE, UNCHANGED
    }

    private static final Pattern COMPARED = Pattern.compile(
            "^(?:比|较)(?<base>.+?)(?<verb>增加|增长|减少|下降|持平)"
                    + "|^与(?<base2>.+?)(?:相比|相较)?[，,]?(?<verb2>增加|增长|减少|下降|持平)");

    /** The change the phrase states, or empty for a sentence that states none. */
    public static Optional<StatedChange> parse(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        Matcher matcher = COMPARED.matcher(phrase.strip());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String base = matcher.group("base") != null ? matcher.group("base") : matcher.group("base2");
        String verb = matcher.group("verb") != null ? matcher.group("verb") : matcher.group("verb2");
        Direction direction = switch (verb) {
            case "增加", "增长" -> Direction.INCREASE;
            case "减少", "下降" -> Direction.DECREASE;
            default -> Direction.UNCHANGED;
        };
        return Optional.of(new StatedChange(direction, base.strip()));
    }
}
