package gov.budget.reconciliation.nightly;

import gov.budget.contracts.asset.AssetPayload;
import gov.budget.contracts.asset.HoldingsPayload;
import gov.budget.contracts.ledger.LedgerLinePayload;
import gov.budget.contracts.ledger.LedgerTablePayload;
import gov.budget.contracts.performance.ProjectSheetPayload;
import gov.budget.contracts.procurement.ProcurementLinePayload;
import gov.budget.contracts.procurement.ProcurementTablePayload;
import gov.budget.contracts.snapshot.BudgetDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The full run's first pass: asks each owning service for the digests of the departments' parts,
 * a few hundred departments a request, and compares them with the projections' own. The run then
 * reads a snapshot only for the parts whose digests differ.
 */
@ApplicationScoped
public class DigestCheck {

    private static final Logger LOG = Logger.getLogger(DigestCheck.class);

    public static final Set<String> LEDGER_PARTS = Set.of(LedgerLinePayload.AGGREGATE_TYPE, LedgerTablePayload.AGGREGATE_TYPE, BudgetDigest.HEADER);
    public static final Set<String> PERFORMANCE_PARTS = Set.of(ProjectSheetPayload.AGGREGATE_TYPE);
    public static final Set<String> PROCUREMENT_PARTS = Set.of(ProcurementLinePayload.AGGREGATE_TYPE, ProcurementTablePayload.AGGREGATE_TYPE);
    public static final Set<String> ASSET_PARTS = Set.of(HoldingsPayload.AGGREGATE_TYPE, AssetPayload.AGGREGATE_TYPE);

    @Inject
    @RestClient
    LedgerSnapshotClient ledger;

    @Inject
    @RestClient
    ServiceSnapshotClients.Performance performance;

    @Inject
    @RestClient
    ServiceSnapshotClients.Procurement procurement;

    @Inject
    @RestClient
    ServiceSnapshotClients.Asset asset;

    @Inject
    ProjectionDigests projections;

    /** Compares the departments' digests, a chunk of departments per task on {@code workers}. */
    public DigestComparison compare(List<String> deptCodes, ExecutorService workers) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        DigestComparison comparison = new DigestComparison();
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < deptCodes.size(); from += BudgetDigest.MAX_DEPARTMENTS) {
            List<String> chunk = deptCodes.subList(from, Math.min(deptCodes.size(), from + BudgetDigest.MAX_DEPARTMENTS));
            chunks.add(workers.submit(() -> compareChunk(chunk, comparison)));
        }
        for (Future<?> chunk : chunks) {
            chunk.get();
        }
        LOG.infof("digests of %d departments compared in %d ms: %d parts differ", deptCodes.size(),
                (System.nanoTime() - start) / 1_000_000, comparison.differing());
        return comparison;
    }

    private void compareChunk(List<String> chunk, DigestComparison comparison) {
        List<BudgetDigest> projected = projections.of(chunk);
        compareWith(LedgerDriftRepair.SERVICE, LEDGER_PARTS, ledger::digests, chunk, projected, comparison);
        compareWith(OwningServicesRepair.PERFORMANCE, PERFORMANCE_PARTS, performance::digests, chunk, projected, comparison);
        compareWith(OwningServicesRepair.PROCUREMENT, PROCUREMENT_PARTS, procurement::digests, chunk, projected, comparison);
        compareWith(OwningServicesRepair.ASSET, ASSET_PARTS, asset::digests, chunk, projected, comparison);
    }

    /** A service that cannot answer leaves its parts unknown: the run reads their snapshots, and finds it unavailable there. */
    private static void compareWith(String service, Set<String> parts, Function<List<String>, List<BudgetDigest>> digests,
                                    List<String> chunk, List<BudgetDigest> projected, DigestComparison comparison) {
        try {
            comparison.compare(parts, chunk, digests.apply(chunk), projected);
        } catch (RuntimeException e) {
            LOG.warnf("the %s service's digests cannot be read; its snapshots are read instead: %s", service, e.getMessage());
        }
    }
}
