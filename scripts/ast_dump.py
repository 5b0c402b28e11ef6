"""Print CPython's AST dump of Python files, the oracle for isopy's parser.

For each path given, prints the path on one line and on the next
`ast.dump(ast.parse(source), include_attributes=True)` (or, with --eval,
the dump of `ast.parse(source, mode="eval")` for each line of the file).
The Rust test crates/syntax/tests/ast_oracle.rs runs this under python3 and
compares isopy's dump (isopy_syntax::dump) with it, node for node and
position for position.

    python3 scripts/ast_dump.py FILE...
"""
import ast
import sys


def main(paths):
    for path in paths:
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, filename=path)
            dump = ast.dump(tree, include_attributes=True)
        except SyntaxError as e:
            dump = f"SyntaxError: {e.msg}"
        sys.stdout.write(f"{path}\n{dump}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
