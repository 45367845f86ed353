package gov.budget.asset.register.service;

import gov.budget.asset.Dates;
import gov.budget.asset.event.AssetEvents;
import gov.budget.asset.register.Asset;
import gov.budget.asset.register.AssetClassification;
import gov.budget.asset.register.AssetRows;
import gov.budget.asset.register.AssetStatus;
import gov.budget.asset.register.rest.AssetRequest;
import gov.budget.asset.register.rest.AssetView;
import gov.budget.asset.register.rest.RegisterImportRequest;
import gov.budget.contracts.problem.FieldViolation;
import gov.budget.web.Versions;
import gov.budget.web.problem.InvalidInputException;
import gov.budget.web.problem.NotFoundException;
import gov.budget.web.validation.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps a department's asset register: imports, single entries with ETags, and disposals. Disposed assets are kept. */
@ApplicationScoped
public class RegisterService {

    private static final Pattern ASSET_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.\\-/]{0,63}");

    @Inject
    AssetEvents events;

    /** Adds or replaces the listed assets by number, in one transaction; returns how many changed. */
    @Transactional
    public int importRegister(String deptCode, RegisterImportRequest request, String actor) {
        if (request == null || request.assets() == null) {
            throw InvalidInputException.of("assets", null, "the assets are required: {\"assets\": […]}");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request.deptCode() != null && !request.deptCode().equals(deptCode)) {
            violations.add(new FieldViolation("deptCode", request.deptCode(), "does not match the URL's department " + deptCode));
        }
        LocalDate asOf = request.asOf() == null ? null : Dates.parse("asOf", request.asOf());
        Set<String> numbers = new HashSet<>();
        List<LocalDate> acquired = new ArrayList<>();
        for (int i = 0; i < request.assets().size(); i++) {
            AssetRequest asset = request.assets().get(i);
            String at = "assets[" + i + "].";
            acquired.add(check(asset, at, asOf, violations));
            if (asset != null && asset.assetNumber() != null && !numbers.add(asset.assetNumber())) {
                violations.add(new FieldViolation(at + "assetNumber", asset.assetNumber(), "the asset number appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Asset> stored = new HashMap<>();
        Asset.ofDepartmentReadOnly(deptCode).forEach(a -> stored.put(a.assetNumber, a));
        Instant now = Instant.now();
        List<Asset> written = new ArrayList<>();
        List<Asset> created = new ArrayList<>();
        List<Asset> changed = new ArrayList<>();
        for (int i = 0; i < request.assets().size(); i++) {
            AssetRequest entry = request.assets().get(i);
            Asset before = stored.get(entry.assetNumber());
            if (before != null && same(before, entry, acquired.get(i))) {
                continue;
            }
            // a copy that the session does not manage: the rows are written below, set-based
            Asset asset = before == null ? newAsset(deptCode, entry.assetNumber()) : before.copy();
            fill(asset, entry, acquired.get(i));
            asset.touch(now);
            (before == null ? created : changed).add(asset);
            written.add(asset);
        }
        AssetRows.insert(created);
        AssetRows.update(changed);
        events.assetsChanged(deptCode, written, actor);
        return written.size();
    }

    @Transactional
    public AssetView create(String deptCode, AssetRequest request, String actor) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate acquiredOn = check(request, "", null, violations);
        if (request != null && request.assetNumber() != null && Asset.find(deptCode, request.assetNumber()).isPresent()) {
            violations.add(new FieldViolation("assetNumber", request.assetNumber(), "department " + deptCode + " already has this asset number"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Asset asset = newAsset(deptCode, request.assetNumber());
        fill(asset, request, acquiredOn);
        asset.touch(Instant.now());
        asset.persist();
        events.assetChanged(asset, actor);
        return AssetView.of(asset);
    }

    @Transactional
    public AssetView update(String deptCode, String number, String ifMatch, AssetRequest request, String actor) {
        Asset asset = require(deptCode, number);
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate acquiredOn = check(request, "", null, violations);
        if (request != null && !number.equals(request.assetNumber())) {
            violations.add(new FieldViolation("assetNumber", request.assetNumber(), "does not match the URL's asset number " + number));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Versions.checkIfMatch(ifMatch, asset.version, "asset " + number);
        if (!same(asset, request, acquiredOn)) {
            fill(asset, request, acquiredOn);
            asset.touch(Instant.now());
            events.assetChanged(asset, actor);
        }
        return AssetView.of(asset);
    }

    @Transactional
    public AssetView dispose(String deptCode, String number, String ifMatch, String disposedOnText, String actor) {
        Asset asset = require(deptCode, number);
        LocalDate disposedOn = Dates.parse("disposedOn", disposedOnText);
        if (asset.status == AssetStatus.DISPOSED) {
            throw InvalidInputException.of("status", asset.status.name(), "asset " + number + " was disposed of on " + asset.disposedOn);
        }
        if (disposedOn.isBefore(asset.acquiredOn)) {
            throw InvalidInputException.of("disposedOn", disposedOnText, "before the asset was acquired on " + asset.acquiredOn);
        }
        Versions.checkIfMatch(ifMatch, asset.version, "asset " + number);
        asset.status = AssetStatus.DISPOSED;
        asset.disposedOn = disposedOn;
        asset.touch(Instant.now());
        events.assetChanged(asset, actor);
        return AssetView.of(asset);
    }

    public AssetView read(String deptCode, String number) {
        return AssetView.of(require(deptCode, number));
    }

    public static Asset require(String deptCode, String number) {
        return Asset.find(deptCode, number)
                .orElseThrow(() -> new NotFoundException("department " + deptCode + " has no asset " + number));
    }

    /** Checks one entry; returns its acquisition date when readable. */
    private static LocalDate check(AssetRequest asset, String at, LocalDate asOf, List<FieldViolation> violations) {
        if (asset == null) {
            violations.add(new FieldViolation(at.isEmpty() ? "body" : at, null, "an asset is required"));
            return null;
        }
        if (asset.assetNumber() == null || !ASSET_NUMBER.matcher(asset.assetNumber()).matches()) {
            violations.add(new FieldViolation(at + "assetNumber", asset.assetNumber(), "an asset number is 1 to 64 letters, digits and - _ . /"));
        }
        if (asset.name() == null || asset.name().isBlank() || asset.name().length() > 200) {
            violations.add(new FieldViolation(at + "name", asset.name(), "a name of 1 to 200 characters is required"));
        }
        if (asset.categoryCode() == null || !AssetClassification.CODE.matcher(asset.categoryCode()).matches()) {
            violations.add(new FieldViolation(at + "categoryCode", asset.categoryCode(),
                    "a 固定资产分类与代码 has 6 digits, the first 1 to 6, such as 203010 (car)"));
        }
        if (asset.quantityUnit() == null || asset.quantityUnit().isBlank() || asset.quantityUnit().length() > 20) {
            violations.add(new FieldViolation(at + "quantityUnit", asset.quantityUnit(), "a unit of 1 to 20 characters is required, such as 台 or 平方米"));
        }
        amount(at + "quantity", asset.quantity(), violations);
        amount(at + "originalValue", asset.originalValue(), violations);
        LocalDate acquiredOn = null;
        try {
            acquiredOn = Dates.parse(at + "acquiredOn", asset.acquiredOn());
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        if (acquiredOn != null && asOf != null && acquiredOn.isAfter(asOf)) {
            violations.add(new FieldViolation(at + "acquiredOn", asset.acquiredOn(),
                    "after " + asOf + ", the as-of date of the holdings table it is checked against"));
        }
        return acquiredOn;
    }

    private static Asset newAsset(String deptCode, String number) {
        Asset asset = new Asset();
        asset.deptCode = deptCode;
        asset.assetNumber = number;
        asset.status = AssetStatus.IN_USE;
        asset.version = 0;
        return asset;
    }

    private static void fill(Asset asset, AssetRequest request, LocalDate acquiredOn) {
        asset.name = request.name().strip();
        asset.categoryCode = request.categoryCode();
        asset.unit = request.unit() == null || request.unit().isBlank() ? null : request.unit().strip();
        asset.quantity = request.quantity().setScale(2);
        asset.quantityUnit = request.quantityUnit().strip();
        asset.originalValue = request.originalValue().setScale(2);
        asset.acquiredOn = acquiredOn;
    }

    private static boolean same(Asset asset, AssetRequest request, LocalDate acquiredOn) {
        return asset.name.equals(request.name().strip()) && asset.categoryCode.equals(request.categoryCode())
                && Objects.equals(asset.unit, request.unit() == null || request.unit().isBlank() ? null : request.unit().strip())
                && asset.quantity.compareTo(request.quantity()) == 0 && asset.quantityUnit.equals(request.quantityUnit().strip())
                && asset.originalValue.compareTo(request.originalValue()) == 0 && asset.acquiredOn.equals(acquiredOn);
    }

    private static void amount(String field, BigDecimal amount, List<FieldViolation> violations) {
        if (amount == null) {
            violations.add(new FieldViolation(field, null, "required"));
        } else {
            Amounts.check(field, amount, Amounts.Sign.NOT_NEGATIVE, violations);
        }
    }
}
