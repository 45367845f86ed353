package gov.budget.web.security;

/**
 * The roles a bearer token carries in its {@code groups} claim. Resources list them in
 * {@code @RolesAllowed}; a department editor is further limited by {@link DepartmentScoped}.
 */
public final class Roles {

    /** Writes and reads only the departments listed in the token's {@code depts} claim. */
    public static final String DEPT_EDITOR = "dept-editor";
    /** Reads every department. */
    public static final String FINANCE_VIEWER = "finance-viewer";
    /** Does everything, including rule sets, explanations, nightly runs and the audit trail. */
    public static final String FINANCE_ADMIN = "finance-admin";
    /** Another service of the platform, reading snapshots and registries. */
    public static final String SERVICE = "service";

    /** The claim that lists a department editor's department codes. */
    public static final String DEPARTMENTS_CLAIM = "depts";

    private Roles() {
    }
}
