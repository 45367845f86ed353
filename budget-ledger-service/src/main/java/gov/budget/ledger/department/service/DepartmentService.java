package gov.budget.ledger.department.service;

import gov.budget.contracts.problem.FieldViolation;
import gov.budget.ledger.department.Department;
import gov.budget.ledger.department.SubUnit;
import gov.budget.ledger.department.rest.DepartmentRequest;
import gov.budget.ledger.department.rest.DepartmentView;
import gov.budget.ledger.department.rest.SubUnitRequest;
import gov.budget.ledger.department.rest.SubUnitView;
import gov.budget.ledger.validation.TextRules;
import gov.budget.web.BudgetKeys;
import gov.budget.web.problem.ConflictException;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Creates and reads departments. */
@ApplicationScoped
public class DepartmentService {

    @Transactional
    public DepartmentView create(DepartmentRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", null, "a department is required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        BudgetKeys.checkDeptCode("code", request.code(), violations);
        TextRules.checkText("name", request.name(), 200, true, violations);
        List<SubUnitRequest> units = request.subUnits() == null ? List.of() : request.subUnits();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String at = "subUnits[" + i + "]";
            SubUnitRequest unit = units.get(i);
            if (unit == null) {
                violations.add(new FieldViolation(at, null, "a sub-unit cannot be null"));
                continue;
            }
            TextRules.checkText(at + ".name", unit.name(), 200, true, violations);
            TextRules.checkText(at + ".nature", unit.nature(), 50, false, violations);
            TextRules.checkText(at + ".grade", unit.grade(), 50, false, violations);
            TextRules.checkText(at + ".fundingForm", unit.fundingForm(), 100, false, violations);
            if (unit.name() != null && !names.add(unit.name().strip())) {
                violations.add(new FieldViolation(at + ".name", unit.name(), "the sub-unit appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (Department.findById(request.code()) != null) {
            throw new ConflictException("department " + request.code() + " already exists");
        }
        Department department = new Department();
        department.code = request.code();
        department.name = request.name().strip();
        department.createdAt = Instant.now();
        for (SubUnitRequest unit : units) {
            SubUnit subUnit = new SubUnit();
            subUnit.name = unit.name().strip();
            subUnit.nature = TextRules.stripped(unit.nature());
            subUnit.grade = TextRules.stripped(unit.grade());
            subUnit.fundingForm = TextRules.stripped(unit.fundingForm());
            department.subUnits.add(subUnit);
        }
        department.persist();
        return view(department);
    }

    public DepartmentView read(String code) {
        return view(require(code));
    }

    public List<DepartmentView> list() {
        return Department.<Department>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(DepartmentService::view)
                .toList();
    }

    /** The department, or 404. */
    public static Department require(String code) {
        Department department = Department.findById(code);
        if (department == null) {
            throw new NotFoundException("no department " + code);
        }
        return department;
    }

    static DepartmentView view(Department department) {
        List<SubUnitView> units = department.subUnits.stream()
                .map(u -> new SubUnitView(u.name, u.nature, u.grade, u.fundingForm))
                .toList();
        return new DepartmentView(department.code, department.name, units, department.createdAt);
    }
}
