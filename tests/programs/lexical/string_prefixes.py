# String prefixes: r, R, b, B, rb, Br, u, U, f combos; triple quotes; implicit concat.
print(r"raw \n stays", R"raw \t too", u"unicode", U"UNICODE")
print(repr(r"\d+\.\d*"), len(r"\n"))
print(repr(r"a\"b"), repr(r'a\'b'))
print(repr(b"bytes \x00\xff"), repr(B"BYTES"))
print(repr(rb"raw\bytes"), repr(Rb"\x00"), repr(bR"\n"), repr(BR"x"), repr(br"\\"))
print(repr(Rf"{1+1}\n"), repr(fR"\t{2}"), repr(rF"{3}\x"), repr(FR"{4}"))
single = 'it''s'
adjacent = "hello" ' ' "world" r"\n" f"{1 + 2}"
print(single, adjacent)
multi = ("first part, "
         "second part, "
         'third part')
print(multi)
triple = """line 1
line "2" with 'quotes'
  line 3 indented\
 joined"""
print(triple)
print(repr('''a
b'''))
print(repr("""ends with quote\""""))
print(repr(''''single' inside'''))
empty_triple = """"""
print(repr(empty_triple), len(""), len(''''''))
print(repr(b"abc" b"def"), repr(rb"\d" b"\d"))
doc = """\
No leading newline here.
Second line."""
print(doc)
print("a" "b" == "ab", type(u"").__name__, type(b"").__name__)
long = ("x"
        "y" * 3)
print(long)
print(r"C:\path\to\file.txt".split("\\"))
