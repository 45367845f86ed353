package gov.budget.asset.register;

import gov.budget.outbox.jdbc.MultiRowSql;

import java.util.List;

/**
 * Writes a register import's new and changed assets with set-based statements, in the caller's
 * transaction: one multi-row insert of the new ones, one batch of updates of the changed ones. As
 * entities, with an {@code AUTO_INCREMENT} id, each of a register's thousand assets was an insert of
 * its own, most of the asset service's time while a province loaded. A new asset's id is the
 * database's; nothing in the import needs it.
 */
public final class AssetRows {

    private static final String INSERT = "INSERT INTO asset (dept_code, asset_number, name, category_code, unit_name, quantity, "
            + "quantity_unit, original_value, acquired_on, status, disposed_on, version, updated_at)";
    private static final String UPDATE = "UPDATE asset SET name = ?, category_code = ?, unit_name = ?, quantity = ?, quantity_unit = ?, "
            + "original_value = ?, acquired_on = ?, version = ?, updated_at = ? WHERE id = ?";

    private AssetRows() {
    }

    /** Inserts assets not stored yet; a number the department already has fails the statement, as an entity's insert would. */
    public static void insert(List<Asset> created) {
        MultiRowSql.insert(INSERT, "", 13, created.stream().map(a -> new Object[] {a.deptCode, a.assetNumber, a.name, a.categoryCode,
                a.unit, a.quantity, a.quantityUnit, a.originalValue, a.acquiredOn, a.status, a.disposedOn, a.version, a.updatedAt}).toList());
    }

    /** Updates the register's fields of stored assets, by id; their status and disposal are not an import's to change. */
    public static void update(List<Asset> changed) {
        MultiRowSql.batch(UPDATE, changed.stream().map(a -> new Object[] {a.name, a.categoryCode, a.unit, a.quantity, a.quantityUnit,
                a.originalValue, a.acquiredOn, a.version, a.updatedAt, a.id}).toList());
    }
}
