#!/usr/bin/env python3
"""Check that the VM's layers import only downwards.

crates/vm/src is one folder per layer (DESIGN.md, "The VM is built in
layers"). A file may name modules of its own layer and of the layers below
it, never of a layer above: that keeps the layers free of import cycles.
The check reads every `crate::<top-level module>` path of every file (in
`use` lines and in code, comments excepted) and reports each one that
points up, with file and line. Exit status 1 if there is any.

    python3 scripts/check_layers.py          # check
    python3 scripts/check_layers.py --tree   # also print the layer table

Upward calls that do not name a module -- a method of `Vm` defined in a
layer above -- are not imports; the layers below reach the ones above only
through the traits they declare themselves (objects::protocol).
"""

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "crates" / "vm" / "src"

# Lowest first. Files at the crate's top (lib.rs, embed.rs) sit above all.
LAYERS = [
    ("value", "values, the heap and collector, object and frame structs, dict and set tables, the GIL"),
    ("objects", "the object model: classes, numbers, the built-in types and their methods"),
    ("protocols", "operators, attributes, subscripts, iteration, calls, repr and format"),
    ("exec", "the frame loop, generators, imports, tracebacks, finalizer runs"),
    ("runtime", "interpreters: registry, running code in one, sharing, channels, finalization"),
    ("builtins", "the builtins module"),
    ("modules", "native and frozen modules, and building a new interpreter"),
]
RANK = {name: i for i, (name, _) in enumerate(LAYERS)}
TOP = len(LAYERS)

PATH = re.compile(r"\bcrate::(\w+)")
GROUP = re.compile(r"\bcrate::\{([^}]*)\}")


def layer_of(path: pathlib.Path) -> tuple[str, int]:
    first = path.relative_to(ROOT).parts[0]
    name = first[:-3] if first.endswith(".rs") else first
    return name, RANK.get(name, TOP)


def code_lines(text: str):
    """Lines with their numbers, comments removed (line and block)."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for number, line in enumerate(text.split("\n"), 1):
        yield number, re.sub(r"//.*", "", line)


def upward_imports():
    for path in sorted(ROOT.rglob("*.rs")):
        own_name, own = layer_of(path)
        for number, line in code_lines(path.read_text(encoding="utf-8")):
            names = PATH.findall(line)
            for group in GROUP.findall(line):
                names += [item.split("::")[0].strip() for item in group.split(",") if item.strip()]
            for name in names:
                if RANK.get(name, -1) > own:
                    yield path.relative_to(ROOT), number, own_name, name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", action="store_true", help="print the layers, lowest first")
    args = parser.parse_args()
    if args.tree:
        for name, what in LAYERS:
            print(f"crates/vm/src/{name + '/':<11} {what}")
    found = list(upward_imports())
    for path, number, own, other in found:
        print(f"{path}:{number}: layer {own} imports {other}, a layer above it")
    if found:
        print(f"{len(found)} upward import(s)", file=sys.stderr)
        return 1
    print("layers: no upward imports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
