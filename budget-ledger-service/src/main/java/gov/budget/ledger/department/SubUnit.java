package gov.budget.ledger.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One 单位 of a department, as the narrative's 部门机构设置 lists it. */
@Embeddable
public class SubUnit {

    @Column(nullable = false)
    public String name;

    /** 单位性质: 行政, 事业, … */
    public String nature;

    /** 单位规格: 正科级, 副科级, … */
    public String grade;

    /** 经费保障形式: 财政拨款, 财政性资金基本保证, … */
    @Column(name = "funding_form")
    public String fundingForm;
}
