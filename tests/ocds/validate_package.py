#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates an OCDS release package against the OCDS 1.1.5 release-package schema (offline), and
the Transparencia Mexicana extension fields it uses against tm-0.1.0's definitions. Each
EXTENSION.json given (an OCDS extension's metadata, e.g. resources/ocds/testigo-extension.json) has
its release-schema.json patch merged into the release schema first (JSON Merge Patch, as OCDS does).
Usage: validate_package.py SCHEMA_DIR PACKAGE.json [EXTENSION.json...] ; exit 0 when valid, 1 with
the errors otherwise."""
import json, os, sys, warnings

warnings.simplefilter("ignore")
import jsonschema
from jsonschema import Draft4Validator, FormatChecker

schema_dir, path = sys.argv[1], sys.argv[2]
package_schema = json.load(open(schema_dir + "/release-package-schema.json"))
release_schema = json.load(open(schema_dir + "/release-schema.json"))


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return patch
    target = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge_patch(target.get(key), value)
    return target


for extension in sys.argv[3:]:
    metadata = json.load(open(extension))
    if "release-schema.json" in metadata.get("schemas", []):
        patch = json.load(open(os.path.join(os.path.dirname(extension), "release-schema.json")))
        release_schema = merge_patch(release_schema, patch)
tm = json.load(open(schema_dir + "/tm-0.1.0.json"))
data = json.load(open(path))

errors = []
try:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4
    registry = Registry().with_resource(release_schema["id"], Resource(contents=release_schema, specification=DRAFT4))
    validator = Draft4Validator(package_schema, registry=registry, format_checker=FormatChecker())
except ImportError:
    resolver = jsonschema.RefResolver.from_schema(package_schema, store={release_schema["id"]: release_schema})
    validator = Draft4Validator(package_schema, resolver=resolver, format_checker=FormatChecker())
errors += ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message) for e in validator.iter_errors(data)]

# The TM extension's own definitions for the fields Testigo writes.
defs = tm["definitions"]
tender_ext = {"type": "object", "properties": defs["tender"]["properties"]}
audit = dict(defs["audit"])
for i, release in enumerate(data.get("releases", [])):
    tender = release.get("tender", {})
    sub = {k: tender[k] for k in ("hasSocialWitness", "socialWitness", "socialWitnessDesignationDate") if k in tender}
    errors += ["releases/%d/tender: %s" % (i, e.message) for e in Draft4Validator(tender_ext, format_checker=FormatChecker()).iter_errors(sub)]
    audits = [a for c in release.get("contracts", []) for a in c.get("implementation", {}).get("audits", [])]
    audits += tender.get("socialWitnessAudits", [])
    for a in audits:
        errors += ["releases/%d audit: %s" % (i, e.message) for e in Draft4Validator(audit).iter_errors(a)]
    if "hasSocialWitness" not in tender:
        errors.append("releases/%d/tender: hasSocialWitness missing" % i)

for e in errors[:20]:
    print(e)
sys.exit(1 if errors else 0)
