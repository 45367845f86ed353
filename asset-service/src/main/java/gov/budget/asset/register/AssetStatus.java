package gov.budget.asset.register;

/** Whether an asset is still held. A disposed asset is kept in the register. */
public enum AssetStatus {
    IN_USE, DISPOSED
}
