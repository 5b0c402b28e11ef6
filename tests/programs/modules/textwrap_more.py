# textwrap.wrap/fill/shorten with every option, plus dedent/indent edge cases and argument errors.
import textwrap
texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Look, goof-ball -- use the -b option!",
    "Hello there -- you goof-ball, use the -b option! This is a well-known, state-of-the-art text.",
    "supercalifragilisticexpialidocious is a very-very-long-hyphenated-word indeed",
    "tabs\there\tand\tthere\nnew lines\n\nand  double  spaces",
    "a-b c--d e---f g-h-i j--k-- --l -m- n-",
    "Mr. Smith went to Washington. He said \"hello.\" Then? Nothing! ok",
    "",
    "   leading and trailing   ",
    "x" * 50,
    "ünïcödé wörds with äccents and 日本語 text here",
    "word1_with_underscores and 12-34 numbers-56 and a1-b2",
    "well—unicode dash and em--dash. trailing--",
]
for t in texts:
    for width in (1, 5, 10, 12, 20, 30, 70):
        for kw in ({}, {"break_long_words": False}, {"break_on_hyphens": False}, {"initial_indent": "* ", "subsequent_indent": "  "},
                   {"drop_whitespace": False}, {"expand_tabs": False}, {"replace_whitespace": False}, {"fix_sentence_endings": True}, {"tabsize": 4},
                   {"max_lines": 2}, {"max_lines": 1, "placeholder": "..."}, {"max_lines": 3, "placeholder": " <more>"}):
            if width < 3 and 'initial_indent' in kw:
                continue
            try:
                print(width, sorted(kw.items()), textwrap.wrap(t, width, **kw))
            except ValueError as e:
                print(width, sorted(kw.items()), "ValueError", e)
    for width in (5, 10, 15, 40, 100):
        try:
            print(repr(textwrap.shorten(t, width)), repr(textwrap.shorten(t, width=width, placeholder="...")))
        except ValueError as e:
            print("ValueError", e)
    print(textwrap.fill(t, 25))
    print(repr(textwrap.fill(t, width=15, initial_indent="> ", subsequent_indent=">> ")))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x", foo=1), lambda: textwrap.wrap(), lambda: textwrap.shorten("x"),
            lambda: textwrap.wrap(5), lambda: textwrap.dedent(5), lambda: textwrap.indent(5, "x"), lambda: textwrap.shorten("hello world", 3),
            lambda: textwrap.wrap("x", 10, width=3), lambda: textwrap.indent(), lambda: textwrap.dedent("a", "b")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(textwrap.indent("a\r\nb\rc\x0bd\x0ce\u2028f\n", "> ")))
print(repr(textwrap.dedent(" \t a\n \t b\n \t\n  \tc")), repr(textwrap.dedent("  a\r\n  b\r\n")))
print(textwrap.wrap("a " * 30, width=10, max_lines=3, placeholder=" [..]"))
print("--- dedent and indent")
for t in ["    a\n      b\n    c\n", "\ta\n\t\tb\n", "  a\n\tb\n", "   \n\t\n  x\n", "no margin\n  here", "  only\n",
          "\n\n    lead blank\n    lines\n\n", "  mixed \t\n  \tx\n  y", "    x\n  \n    y", "  é\n   ü\n", ""]:
    print(repr(textwrap.dedent(t)))
for t in ["a\nb\n\nc", "  \n x\n", "one\r\ntwo\rthree\n", "", "\n\n", "tail"]:
    print(repr(textwrap.indent(t, "| ")), repr(textwrap.indent(t, ">", lambda l: True)),
          repr(textwrap.indent(t, "#", predicate=lambda l: "o" in l)))
def noisy(line):
    print("  predicate saw", repr(line))
    return line.startswith("k")
print(repr(textwrap.indent("keep\nskip\nkeep\n", "--", noisy)))
print(textwrap.fill("The quick brown fox jumps over the lazy dog and keeps on running far away", width=20,
                    initial_indent="- ", subsequent_indent="  ", break_on_hyphens=1))
print(textwrap.wrap("A sentence. another one! yes? no.  two spaces", 15, fix_sentence_endings=True))
print(textwrap.shorten("  lots   of\t\twhite\n\nspace   here  ", 20), textwrap.shorten("short", 10))
print(textwrap.wrap("--leading-dashes and -x --y", 6), textwrap.wrap("abc-" * 8, 7), textwrap.wrap("----------", 4))
