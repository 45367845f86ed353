package gov.budget.performance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A division's sub-goal (分项绩效目标): its goal text and its indicator texts, one per line. */
@Embeddable
public class DivisionGoal {

    @Column(nullable = false)
    public String division;

    @Column(columnDefinition = "TEXT")
    public String goal;

    @Column(columnDefinition = "TEXT")
    public String indicators;
}
