package gov.budget.asset.register;

import gov.budget.asset.holdings.HoldingsCategory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Maps the national fixed-asset classification (固定资产分类与代码, 6 digits: 门类, 大类, 中类) to the
 * rows of a holdings table: 1 房屋及构筑物 with 101 房屋 (10101 办公用房), 2 通用设备 with 203 车辆,
 * equipment (2, 3) of a unit value of 20万元 or more, and everything else.
 */
public final class AssetClassification {

    public static final Pattern CODE = Pattern.compile("[1-6][0-9]{5}");
    static final BigDecimal HIGH_VALUE = new BigDecimal("20.00");

    private AssetClassification() {
    }

    public static HoldingsCategory categoryOf(String code, BigDecimal value, BigDecimal quantity) {
        if (code.startsWith("101")) {
            return HoldingsCategory.BUILDINGS;
        }
        if (code.startsWith("203")) {
            return HoldingsCategory.VEHICLES;
        }
        boolean equipment = code.startsWith("2") || code.startsWith("3");
        BigDecimal unitValue = quantity.signum() == 0 ? value : value.divide(quantity, 2, RoundingMode.HALF_UP);
        if (equipment && unitValue.compareTo(HIGH_VALUE) >= 0) {
            return HoldingsCategory.HIGH_VALUE_EQUIPMENT;
        }
        return HoldingsCategory.OTHER;
    }

    /** 办公用房 is counted again, as a part of 房屋. */
    public static boolean isOfficeSpace(String code) {
        return code.startsWith("10101");
    }
}
