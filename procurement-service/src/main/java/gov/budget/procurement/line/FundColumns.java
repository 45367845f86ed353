package gov.budget.procurement.line;

import gov.budget.contracts.procurement.FundAmounts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An amount split by fund source, as stored: one nullable column per source; blank is null, never zero. */
@Embeddable
public class FundColumns {

    @Column(precision = 20, scale = 2)
    public BigDecimal total;

    @Column(name = "general_public", precision = 20, scale = 2)
    public BigDecimal generalPublic;

    @Column(name = "government_fund", precision = 20, scale = 2)
    public BigDecimal governmentFund;

    @Column(name = "state_capital", precision = 20, scale = 2)
    public BigDecimal stateCapital;

    @Column(name = "special_account", precision = 20, scale = 2)
    public BigDecimal specialAccount;

    @Column(name = "unit_funds", precision = 20, scale = 2)
    public BigDecimal unitFunds;

    @Column(name = "carry_over", precision = 20, scale = 2)
    public BigDecimal carryOver;

    public static FundColumns of(FundAmounts amounts) {
        FundColumns columns = new FundColumns();
        columns.total = amounts.total();
        columns.generalPublic = amounts.generalPublic();
        columns.governmentFund = amounts.governmentFund();
        columns.stateCapital = amounts.stateCapital();
        columns.specialAccount = amounts.specialAccount();
        columns.unitFunds = amounts.unitFunds();
        columns.carryOver = amounts.carryOver();
        return columns;
    }

    public FundAmounts amounts() {
        return new FundAmounts(total, generalPublic, governmentFund, stateCapital, specialAccount, unitFunds, carryOver);
    }
}
