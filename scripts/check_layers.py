#!/usr/bin/env python3
"""Checks that each source folder includes only the layers under it, and that its code
lives in the folder's namespace: eligo::<folder> (core/ is eligo itself) or one nested in
it (README, "The pipeline").

    scripts/check_layers.py [ROOT]

Prints every include that crosses a layer the wrong way and every namespace outside the
folder's, as file:line, and exits 1 if there is one. CI runs it as the ctest `layers/includes`.
"""
import pathlib
import re
import sys

# folder -> the eligo folders its sources may include (besides itself).
ALLOWED = {
    "core": set(),
    "grammar": {"core"},
    "patients": {"core"},
    "engine": {"core", "patients"},
    "omop": {"core", "patients", "engine"},
    "api": {"core", "grammar", "patients", "engine"},
    "cds": {"core", "grammar", "patients", "engine", "api"},
    "cli": {"core", "grammar", "patients", "engine", "api", "cds", "omop"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')
NAMESPACE = re.compile(r'^namespace (eligo[\w:]*) \{')


def in_namespace_of(folder, namespace):
    if folder == "core":  # the shared vocabulary of every stage is eligo itself
        return namespace == "eligo" or namespace.startswith("eligo::") and \
            namespace.split("::")[1] not in ALLOWED
    own = "eligo::" + folder
    return namespace == own or namespace.startswith(own + "::")


def violations(root):
    for folder, allowed in ALLOWED.items():
        for path in sorted((root / folder).glob("*.[ch]*")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if match and match.group(1) in ALLOWED and match.group(1) != folder \
                        and match.group(1) not in allowed:
                    yield f"{path.relative_to(root)}:{number}: {folder}/ includes {match.group(1)}/"
                space = NAMESPACE.match(line)
                if space and not in_namespace_of(folder, space.group(1)):
                    yield f"{path.relative_to(root)}:{number}: {folder}/ code in namespace {space.group(1)}"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
    found = list(violations(root.resolve()))
    for line in found:
        print(line)
    if not found:
        print("layers: every include goes down the layers, every namespace follows its folder")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
