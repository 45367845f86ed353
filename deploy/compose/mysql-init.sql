-- One database per service; the application user owns them.
CREATE DATABASE IF NOT EXISTS budget_ledger CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS budget_performance CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS budget_procurement CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS budget_asset CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS budget_reconciliation CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS budget_import CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON budget_ledger.* TO 'budget'@'%';
GRANT ALL PRIVILEGES ON budget_performance.* TO 'budget'@'%';
GRANT ALL PRIVILEGES ON budget_procurement.* TO 'budget'@'%';
GRANT ALL PRIVILEGES ON budget_asset.* TO 'budget'@'%';
GRANT ALL PRIVILEGES ON budget_reconciliation.* TO 'budget'@'%';
GRANT ALL PRIVILEGES ON budget_import.* TO 'budget'@'%';
