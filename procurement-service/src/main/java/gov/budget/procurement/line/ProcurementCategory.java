package gov.budget.procurement.line;

/** What a procurement catalog code's letter says is bought: A goods (货物), B works (工程), C services (服务). */
public enum ProcurementCategory {
    GOODS, WORKS, SERVICES;

    public static ProcurementCategory ofCatalogCode(String code) {
        return switch (code.charAt(0)) {
            case 'A' -> GOODS;
            case 'B' -> WORKS;
            case 'C' -> SERVICES;
            default -> throw new IllegalArgumentException("not a catalog code: " + code);
        };
    }
}
