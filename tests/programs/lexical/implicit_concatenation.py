# Implicit concatenation of adjacent string literals, including f-strings and raw strings.
s = "abc" 'def' """ghi""" '''jkl'''
print("plain:", s)
x = 42
print("with f:", "x=" f"{x}" " end", f"{x}" f"{x + 1}")
print("raw + normal:", r"\n" "\t|", len(r"\n" "\t"))
print("across lines:", ("first "
                        "second "
                        "third"))
print("bytes:", b"ab" b"cd" rb"\x00")
parts = ("SELECT *"
         " FROM t"
         " WHERE x = 1")
print(parts)
print("in call:", len("abc" "def"), "a" "b" == "ab")
print("with format:", "{} and " "{}".format(1, 2))
print("percent:", "%s-" "%s" % ("a", "b"))
print("method binds to whole:", "a" "b".upper())
d = {"k" "ey": "val" "ue"}
print("dict:", d)
for bad in ['"a" b"b"', 'b"a" "b"', 'b"a" f"b"']:
    try:
        compile(bad, "<concat>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print("f with spec:", f"{x:>5}" "|" f"{x:<5}" "|")
print("empty pieces:", "" "" "x" "")
