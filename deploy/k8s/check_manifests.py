#!/usr/bin/env python3
"""Checks the Kubernetes manifests: they parse, every service has a Deployment with readiness and
liveness probes, resource requests and limits and its config from the ConfigMap and the Secret, and
a Service; reconciliation runs 3 replicas; the topics are created for production. Exits 1 on a fault."""
import pathlib
import sys

import yaml

SERVICES = ["budget-ledger-service", "performance-service", "procurement-service", "asset-service", "reconciliation-service",
            "disclosure-import-service", "bureau-console"]


def main() -> int:
    folder = pathlib.Path(__file__).resolve().parent
    documents = []
    for path in sorted(folder.glob("*.yaml")):
        documents += [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    faults = []
    by_kind = {}
    for document in documents:
        by_kind.setdefault(document["kind"], {})[document["metadata"]["name"]] = document
    for name in SERVICES:
        deployment = by_kind.get("Deployment", {}).get(name)
        if deployment is None:
            faults.append(f"{name}: no Deployment")
            continue
        if name not in by_kind.get("Service", {}):
            faults.append(f"{name}: no Service")
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            for probe in ("readinessProbe", "livenessProbe"):
                if probe not in container:
                    faults.append(f"{name}: no {probe}")
            resources = container.get("resources", {})
            for part in ("requests", "limits"):
                for resource in ("cpu", "memory"):
                    if resource not in resources.get(part, {}):
                        faults.append(f"{name}: no {part}.{resource}")
            sources = container.get("envFrom", [])
            if not any("configMapRef" in s for s in sources) or not any("secretRef" in s for s in sources):
                faults.append(f"{name}: config must come from a ConfigMap and a Secret")
    if by_kind.get("Deployment", {}).get("reconciliation-service", {}).get("spec", {}).get("replicas") != 3:
        faults.append("reconciliation-service: 3 replicas expected")
    if "budget-config" not in by_kind.get("ConfigMap", {}):
        faults.append("no budget-config ConfigMap")
    if "budget-db" not in by_kind.get("Secret", {}):
        faults.append("no budget-db Secret")
    topics = str(by_kind.get("Job", {}).get("budget-kafka-topics", ""))
    for setting in ("--replication-factor 3", "min.insync.replicas=2", "unclean.leader.election.enable=false"):
        if setting not in topics:
            faults.append(f"topics: {setting} missing")
    for fault in faults:
        print(f"[budget] k8s: {fault}", file=sys.stderr)
    print(f"[budget] k8s: {len(documents)} manifests parsed, {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
