package gov.budget.reconciliation.nightly;

import gov.budget.contracts.snapshot.BudgetDigest;
import gov.budget.reconciliation.source.Source;
import gov.budget.reconciliation.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The full run's first pass: asks each owning service for the digests of the departments' parts,
 * a few hundred departments a request, and compares them with the projections' own. The run then
 * reads a snapshot only for the parts whose digests differ.
 */
@ApplicationScoped
public class DigestCheck {

    private static final Logger LOG = Logger.getLogger(DigestCheck.class);

    @Inject
    Sources sources;

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
        for (Source source : sources.all()) {
            compareWith(source, chunk, projected, comparison);
        }
    }

    /** A service that cannot answer leaves its parts unknown: the run reads their snapshots, and finds it unavailable there. */
    private static void compareWith(Source source, List<String> chunk, List<BudgetDigest> projected, DigestComparison comparison) {
        Set<String> parts = new HashSet<>(source.budgetParts());
        parts.addAll(source.departmentParts());
        try {
            comparison.compare(parts, chunk, source.digests(chunk), projected);
        } catch (RuntimeException e) {
            LOG.warnf("the %s service's digests cannot be read; its snapshots are read instead: %s", source.service(), e.getMessage());
        }
    }
}
