# String escapes: every simple escape, octal, hex, \N{...}, \u, \U, line continuation.
s = "\a\b\f\n\r\t\v\\\'\""
print("simple:", [ord(c) for c in s])
print("repr simple:", repr(s))
print("octal:", repr("\0\7\10\101\141\377"), len("\1234"), repr("\1234"))
print("hex:", repr("\x00\x41\x7f\x80\xff"), "\x48\x49")
print("unicode:", "\u00e9", "\u20ac", "\U0001F600" == chr(0x1F600), len("\U0001F600"))
print("named:", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EURO SIGN}", "\N{GREEK SMALL LETTER ALPHA}")
print("named lower:", "\N{euro sign}" == "\u20ac")
print("continuation:", "abc\
def")
print("quotes:", 'single "double" inside', "double 'single' inside", 'esc \'q\'', "esc \"q\"")
print("repr quote choice:", repr("it's"), repr('say "hi"'), repr("both ' and \""), repr(''))
print("repr controls:", repr("\x00\x1f\x7f"), repr("\t\n\r"), repr("\x85\xa0\xad"))
print("repr unicode printable:", repr("héllo"), repr("日本"), repr("\u200b"), repr("\U0001F600"))
print("bytes escapes:", b"\x00\n\t\\\x7f\xff", list(b"\101\x41"))
print("raw keeps backslashes:", r"\n\t\x41", len(r"\n"), r"\'", r"a\"b")
print("triple with escapes:", """line1\nline2\ttab""")
for src in [r'"\x4"', r'"\u12"', r'"\U0001234"', r'"\N{NO SUCH NAME}"', r'"\777"']:
    try:
        v = eval(src)
        print("evaluated", src, "->", repr(v))
    except SyntaxError as e:
        print("SyntaxError", src, "|", e.msg)
print("ascii():", ascii("é€\U0001F600\n"))
print("str of escape:", str("\\n"), len("\\n"))
print("surrogate-free length:", len("\N{SNOWMAN}\N{COMET}"))
