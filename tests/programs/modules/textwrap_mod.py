# textwrap.dedent and textwrap.indent.
import textwrap
block = """
    def hello():
        print("hi")

    hello()
"""
print(repr(textwrap.dedent(block)))
print(textwrap.dedent(block))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  x\n   \n  y\n")))
print(repr(textwrap.dedent("no indentation\n  here")), repr(textwrap.dedent("")))
print(repr(textwrap.dedent("    only one line")))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(repr(textwrap.indent("a\n\nb\n   \nc", "+ ")))
print(repr(textwrap.indent("a\n\nb\n", "# ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip\nkeep\n", "  ", lambda line: line.startswith("keep"))))
print(repr(textwrap.indent("x\r\ny\r\n", "-")))
code = textwrap.dedent('''
    class A:
        def f(self):
            return 1
''').strip()
print(code)
print(textwrap.indent(code, "    ", lambda l: not l.startswith("class")))
nested = textwrap.indent(textwrap.indent("core", "[i]"), "[o]")
print(nested)
print(textwrap.dedent(textwrap.indent("round\ntrip", "      ")))
