package org.wagewatch.rules.alert;

/** The rules of DOMAIN.md §5: id and name are fixed by the contract. */
public enum Rule {
    R01("WAGE_UNPAID"),
    R02("WAGE_UNDERPAID"),
    R03("BELOW_MINIMUM_WAGE"),
    R04("LABOR_COST_NOT_DEPOSITED"),
    R05("ACCOUNT_BALANCE_LOW"),
    R06("ACCOUNT_MISUSE"),
    R07("ATTENDANCE_DROP"),
    R08("NO_ATTENDANCE"),
    R09("COMPLAINT_CLUSTER"),
    R10("DEPOSIT_SHORTFALL"),
    R11("COMPLETED_WITH_ARREARS"),
    R12("SUSPICIOUS_PAYMENT"),
    R13("UNREGISTERED_WORKERS");

    private final String ruleName;

    Rule(String ruleName) {
        this.ruleName = ruleName;
    }

    public String ruleId() {
        return name();
    }

    public String ruleName() {
        return ruleName;
    }
}
