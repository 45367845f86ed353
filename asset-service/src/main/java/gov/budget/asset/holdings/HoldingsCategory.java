package gov.budget.asset.holdings;

/**
 * The rows of a holdings table (部门固定资产占用情况表). 办公用房 is a "其中" row, part of 房屋, and is
 * left out of the 资产总额.
 */
public enum HoldingsCategory {
    TOTAL("资产总额", null),
    BUILDINGS("房屋", null),
    OFFICE_SPACE("其中：办公用房", "BUILDINGS"),
    VEHICLES("车辆", null),
    HIGH_VALUE_EQUIPMENT("单价在20万元以上的设备", null),
    OTHER("其他固定资产", null);

    private final String label;
    private final String partOf;

    HoldingsCategory(String label, String partOf) {
        this.label = label;
        this.partOf = partOf;
    }

    public String label() {
        return label;
    }

    /** The category this one is a part of ("其中"), or null. */
    public HoldingsCategory partOf() {
        return partOf == null ? null : valueOf(partOf);
    }

    /** The categories that add up to the 资产总额. */
    public boolean countsInTotal() {
        return this != TOTAL && partOf == null;
    }
}
