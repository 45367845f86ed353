package gov.budget.web.security;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;

/**
 * Refuses a department editor's call for a department its token does not list. Runs after the role
 * check, before the resource method, so a refused call changes nothing.
 */
@DepartmentScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DepartmentAccessInterceptor {

    static final String DEPT_PARAM = "deptCode";

    @Inject
    Caller caller;

    @AroundInvoke
    Object checkDepartment(InvocationContext context) throws Exception {
        String deptCode = departmentArgument(context);
        if (deptCode != null && !caller.mayAccess(deptCode)) {
            throw new ForbiddenException("this token may not access department " + deptCode);
        }
        return context.proceed();
    }

    private static String departmentArgument(InvocationContext context) {
        Parameter[] parameters = context.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i].getAnnotations()) {
                if (annotation instanceof PathParam path && DEPT_PARAM.equals(path.value())) {
                    Object value = context.getParameters()[i];
                    return value == null ? null : value.toString();
                }
            }
        }
        return null;
    }
}
