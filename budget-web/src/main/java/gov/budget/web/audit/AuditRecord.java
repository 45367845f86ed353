package gov.budget.web.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of the append-only audit trail: a change applied through the API, with the record's
 * value after it, or a write that was refused, with the reason. The value before a change is the
 * after value of the entity's record before it ({@link AuditTrail#page}). Rows are never updated.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    /** What happened to the record, or that the write was refused. */
    public enum Action { CREATED, CHANGED, DELETED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The token's subject, or {@code anonymous} for a refusal without a valid token. */
    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "request_id", length = 100)
    public String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Action action;

    @Column(name = "dept_code", length = 50)
    public String deptCode;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    /** The kind of record, as in the change event ({@code LedgerLine}); {@code Request} for a refusal. */
    @Column(name = "entity_type", nullable = false, length = 100)
    public String entityType;

    /** The record's key within its service; for a refusal, the method and path. */
    @Column(name = "entity_key", nullable = false, length = 500)
    public String entityKey;

    @Column(name = "entity_version")
    public Long entityVersion;

    /** The record as JSON after the change; null when it was deleted or the write refused. */
    @Column(name = "after_value", columnDefinition = "LONGTEXT")
    public String afterValue;

    /** Why a write was refused: the status and the problem's detail. */
    @Column(length = 2000)
    public String reason;
}
