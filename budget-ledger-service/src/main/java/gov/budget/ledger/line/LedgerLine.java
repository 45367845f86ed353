package gov.budget.ledger.line;

import gov.budget.contracts.ledger.RowKind;
import gov.budget.ledger.budget.Budget;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One published row of a disclosure table. A removed row stays, marked deleted, so that its
 * version keeps rising if it comes back. The entity serves the snapshot's reads; tables are read
 * and written as plain values ({@link StoredLine}, {@link LedgerLineRows}).
 */
@Entity
@Table(name = "ledger_line")
public class LedgerLine extends PanacheEntityBase {

    /** From a pooled generator, a block of ids at a time: an AUTO_INCREMENT id keeps Hibernate from batching inserts. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_line_ids")
    @SequenceGenerator(name = "ledger_line_ids", sequenceName = "ledger_line_seq", allocationSize = 500)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    public Budget budget;

    @Column(name = "table_no", nullable = false)
    public int tableNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "row_kind", nullable = false)
    public RowKind rowKind;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Column code to published amount; a blank cell is absent, never zero. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ledger_amount", joinColumns = @JoinColumn(name = "line_id"))
    @MapKeyColumn(name = "column_code")
    @Column(name = "amount", precision = 20, scale = 2, nullable = false)
    public Map<String, BigDecimal> amounts = new HashMap<>();

    /** The lines with these ids, with their budgets and amounts. */
    public static List<LedgerLine> withIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("select distinct l from LedgerLine l join fetch l.budget left join fetch l.amounts where l.id in ?1", ids).list();
    }

    /** Table number to its number of rows, removed rows left out. */
    public static Map<Integer, Long> liveRowCounts(Budget budget) {
        List<Object[]> counts = getEntityManager()
                .createQuery("select l.tableNo, count(l) from LedgerLine l where l.budget = ?1 and l.deleted = false group by l.tableNo",
                        Object[].class)
                .setParameter(1, budget)
                .getResultList();
        Map<Integer, Long> byTable = new HashMap<>();
        for (Object[] count : counts) {
            byTable.put((Integer) count[0], (Long) count[1]);
        }
        return byTable;
    }
}
