package gov.budget.ledger.line;

import gov.budget.ledger.budget.Budget;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One table of a budget: its printed note and the version behind its ETag. A table that was never
 * written has no record and counts as version 0.
 */
@Entity
@Table(name = "ledger_table")
public class LedgerTable extends PanacheEntityBase {

    /**
     * From a pooled generator, a block of ids at a time, so that Hibernate batches the inserts of a new
     * budget's tables into one statement; an AUTO_INCREMENT id made it insert them one at a time.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_table_ids")
    @SequenceGenerator(name = "ledger_table_ids", sequenceName = "ledger_table_seq", allocationSize = 100)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    public Budget budget;

    @Column(name = "table_no", nullable = false)
    public int tableNo;

    /** The note printed under the table (注：…空表列示), or null. */
    public String note;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<LedgerTable> of(Budget budget, int tableNo) {
        return find("budget = ?1 and tableNo = ?2", budget, tableNo).firstResultOptional();
    }

    public static List<LedgerTable> ofBudget(Budget budget) {
        return find("budget = ?1 order by tableNo", budget).list();
    }

    /** The table's record, or a new unsaved one at version 0. */
    public static LedgerTable ofOrNew(Budget budget, int tableNo) {
        return of(budget, tableNo).orElseGet(() -> unsaved(budget, tableNo));
    }

    /** A new, unsaved record at version 0, for a table the budget does not have yet. */
    public static LedgerTable unsaved(Budget budget, int tableNo) {
        LedgerTable table = new LedgerTable();
        table.budget = budget;
        table.tableNo = tableNo;
        table.version = 0;
        return table;
    }
}
