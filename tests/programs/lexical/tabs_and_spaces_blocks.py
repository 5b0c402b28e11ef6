# Tabs in some blocks, spaces in others: each block is consistent, so CPython accepts it.
def with_tabs(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
	return total
def with_spaces(n):
    total = 0
    for i in range(n):
        total += i
    return total
class Mixed:
	def tab_method(self):
		return "tab method"
if True:
        print("eight spaces:", with_tabs(10), with_spaces(10), Mixed().tab_method())
src_ok = "if 1:\n\tx = 1\n\ty = 2\n"
ns = {}
exec(src_ok, ns)
print("tab-indented exec source:", ns["x"], ns["y"])
src_bad = "if 1:\n\tx = 1\n    y = 2\n"
try:
    compile(src_bad, "<tabs>", "exec")
except (TabError, IndentationError) as e:
    print(type(e).__name__ + ":", e.msg, "| line", e.lineno)
src_bad2 = "if 1:\n        x = 1\n\ty = 2\n"
try:
    compile(src_bad2, "<tabs>", "exec")
except (TabError, IndentationError) as e:
    print(type(e).__name__ + ":", e.msg, "| line", e.lineno)
src_formfeed = "if 1:\n\x0c    x = 3\n"
exec(src_formfeed, ns)
print("form feed at line start is ignored:", ns["x"])
text = "a\tb"
print("tab inside a string is data:", repr(text), text.expandtabs(4))
