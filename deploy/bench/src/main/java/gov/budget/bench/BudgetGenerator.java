package gov.budget.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates department-year budgets for all four services from the seed, deterministically from a
 * seed number. Every amount is multiplied by a whole factor (1 to 5), so every sum, subtotal and
 * cross-table equality of the seed still holds exactly; counts, percentages and the spending plan
 * stay as they are. The seed's one real warning (a cost cap above its sheet's 预算数) is lowered to
 * the sheet's budget, so a clean budget satisfies every relation R01–R29.
 */
final class BudgetGenerator {

    /** Numbers that are not money: they are kept, never scaled. */
    private static final Set<String> NOT_MONEY = Set.of("fiscalYear", "tableNo", "quantity", "march", "june", "october", "december");
    private static final Pattern MONEY_INDICATOR = Pattern.compile("^([<>≤≥=]*)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元)$");
    private static final BigDecimal MAX_ASSET_VALUE = new BigDecimal("6");

    private final SampleDisclosure sample;
    private final long seed;
    private final double inconsistentShare;

    BudgetGenerator(SampleDisclosure sample, long seed, double inconsistentShare) {
        this.sample = sample;
        this.seed = seed;
        this.inconsistentShare = inconsistentShare;
    }

    /** Budget number {@code index} of the set {@code tag}; the same arguments always give the same budget. */
    /** A generated department's code is its tag and its index in this many digits. */
    static final int INDEX_DIGITS = 6;

    GeneratedBudget generate(String tag, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int factor = 1 + random.nextInt(5);
        String dept = tag + String.format("%0" + INDEX_DIGITS + "d", index);
        int year = sample.ledger().path("fiscalYear").asInt();

        ObjectNode department = sample.department().deepCopy();
        department.put("code", dept);
        department.put("name", sample.department().path("name").asText() + "（生成" + index + "）");

        ObjectNode ledger = scaled(sample.ledger(), factor);
        ledger.put("deptCode", dept);
        ObjectNode performance = scaled(sample.performance(), factor);
        performance.put("deptCode", dept);
        scaleMoneyIndicators(performance, factor);
        ObjectNode procurement = scaled(sample.procurement(), factor);
        procurement.put("deptCode", dept);
        ObjectNode holdings = scaled(sample.holdings(), factor);
        holdings.put("deptCode", dept);
        ObjectNode register = register(dept, factor, holdings, random);

        GeneratedBudget budget = new GeneratedBudget(dept, year, factor, department, ledger, performance, procurement,
                holdings, register, null);
        // the broken budgets are spread evenly, and the n-th of them takes the n-th way of the catalogue,
        // so that every relation is injected once there are as many broken budgets as ways
        long brokenBefore = (long) Math.floor(index * inconsistentShare);
        long brokenUpTo = (long) Math.floor((index + 1) * inconsistentShare);
        if (brokenUpTo > brokenBefore) {
            List<Inconsistency> catalogue = Inconsistency.CATALOGUE;
            return catalogue.get((int) (brokenBefore % catalogue.size())).applyTo(budget, sample);
        }
        return budget;
    }

    private static ObjectNode scaled(JsonNode source, int factor) {
        ObjectNode copy = source.deepCopy();
        scale(copy, factor, null);
        return copy;
    }

    private static void scale(JsonNode node, int factor, String key) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> field : entries) {
                if (field.getValue().isNumber() && !NOT_MONEY.contains(field.getKey())) {
                    BigDecimal value = field.getValue().decimalValue().multiply(BigDecimal.valueOf(factor));
                    object.set(field.getKey(), DecimalNode.valueOf(value.setScale(2, RoundingMode.HALF_UP)));
                } else {
                    scale(field.getValue(), factor, field.getKey());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                scale(element, factor, key);
            }
        }
    }

    /** 成本指标 in 万元 or 元 are money too; a cap above the sheet's 预算数 is lowered to it (the seed's one warning). */
    private static void scaleMoneyIndicators(ObjectNode performance, int factor) {
        for (JsonNode sheet : performance.path("sheets")) {
            BigDecimal budget = sheet.path("budget").decimalValue();
            for (JsonNode indicator : sheet.path("indicators")) {
                Matcher money = MONEY_INDICATOR.matcher(indicator.path("value").asText());
                if (!money.matches()) {
                    continue;
                }
                BigDecimal value = new BigDecimal(money.group(2)).multiply(BigDecimal.valueOf(factor));
                BigDecimal wan = money.group(3).equals("元") ? value.movePointLeft(4) : value;
                if (money.group(1).contains("≤") && wan.compareTo(budget) > 0) {
                    ((ObjectNode) indicator).put("value", money.group(1) + budget.toPlainString() + "万元");
                } else {
                    ((ObjectNode) indicator).put("value", money.group(1) + value.stripTrailingZeros().toPlainString() + money.group(3));
                }
            }
        }
    }

    /**
     * A register that aggregates exactly to the holdings table: the seed's vehicles (scaled), and
     * the other assets' value split into small items; the table's item count follows the register.
     */
    private ObjectNode register(String dept, int factor, ObjectNode holdings, Random random) {
        ArrayNode assets = Json.MAPPER.createArrayNode();
        List<JsonNode> seedAssets = new ArrayList<>();
        sample.register().path("assets").forEach(seedAssets::add);
        int vehicleNumber = 0;
        for (JsonNode asset : seedAssets) {
            if (asset.path("categoryCode").asText().startsWith("203")) {
                ObjectNode vehicle = asset.deepCopy();
                vehicle.put("assetNumber", dept + "-V" + (++vehicleNumber));
                vehicle.set("originalValue", DecimalNode.valueOf(asset.path("originalValue").decimalValue().multiply(BigDecimal.valueOf(factor))));
                assets.add(vehicle);
            }
        }
        ObjectNode other = null;
        for (JsonNode row : holdings.path("rows")) {
            if (row.path("category").asText().equals("OTHER")) {
                other = (ObjectNode) row;
            }
        }
        BigDecimal otherValue = other.path("value").decimalValue();
        long cents = otherValue.movePointRight(2).longValueExact();
        int count = Math.max(1, otherValue.divide(MAX_ASSET_VALUE, 0, RoundingMode.UP).intValue());
        List<JsonNode> templates = seedAssets.stream().filter(a -> !a.path("categoryCode").asText().startsWith("203")).toList();
        // an even split, then value moved within pairs: every item stays within 30% of the mean
        long[] shares = new long[count];
        for (int i = 0; i < count; i++) {
            shares[i] = cents / count + (i < cents % count ? 1 : 0);
        }
        for (int i = 0; i + 1 < count; i += 2) {
            long moved = random.nextLong(shares[i] * 3 / 10 + 1);
            shares[i] += moved;
            shares[i + 1] -= moved;
        }
        for (int i = 0; i < count; i++) {
            ObjectNode asset = templates.get(random.nextInt(templates.size())).deepCopy();
            asset.put("assetNumber", dept + "-G" + String.format("%04d", i + 1));
            asset.set("originalValue", DecimalNode.valueOf(BigDecimal.valueOf(shares[i], 2)));
            assets.add(asset);
        }
        other.put("quantity", count);
        ObjectNode register = Json.MAPPER.createObjectNode();
        register.put("deptCode", dept);
        register.set("assets", assets);
        return register;
    }
}
