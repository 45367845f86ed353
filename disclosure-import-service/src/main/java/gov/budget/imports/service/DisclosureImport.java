package gov.budget.imports.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One uploaded disclosure: the document, what its cover says, and the draft budget read from it (JSON). */
@Entity
@Table(name = "disclosure_import")
public class DisclosureImport extends PanacheEntityBase {

    /** Where an import stands. */
    public enum Status {
        /** Stored, waiting for a worker. */
        RECEIVED,
        /** Being read. */
        PARSING,
        /** Read without a problem: it can be committed. */
        READY,
        /** Read with problems, listed with their pages: a person decides. */
        NEEDS_REVIEW,
        /** The document could not be read at all. */
        FAILED,
        /** Written to the ledger. */
        COMMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dept_code", nullable = false)
    public String deptCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** Read only by the worker: a status request does not load the document. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] document;

    public String region;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    @Column(name = "dept_name")
    public String deptName;

    @Column(name = "template_id")
    public String templateId;

    @Column(name = "page_count")
    public Integer pageCount;

    /** The draft budget with its evidence and problems, as JSON. */
    @Column(columnDefinition = "LONGTEXT")
    public String draft;

    public String error;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "parsed_at")
    public Instant parsedAt;

    @Column(name = "parse_millis")
    public Long parseMillis;

    @Column(name = "committed_by")
    public String committedBy;

    @Column(name = "committed_at")
    public Instant committedAt;

    @Column(name = "committed_version")
    public Long committedVersion;

    /** The imports a worker has yet to read: after a restart, those that were being read too. */
    public static List<Long> waiting() {
        return getEntityManager().createQuery("select i.id from DisclosureImport i where i.status in ?1 order by i.id", Long.class)
                .setParameter(1, List.of(Status.RECEIVED, Status.PARSING))
                .getResultList();
    }
}
