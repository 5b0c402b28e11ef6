# This file is indented with tabs only.
def classify(n):
	if n < 0:
		return "negative"
	elif n == 0:
		return "zero"
	else:
		if n % 2:
			return "odd"
		return "even"

class Box:
	def __init__(self, items):
		self.items = items

	def total(self):
		acc = 0
		for x in self.items:
			if x > 0:
				acc += x
		return acc

for v in [-3, 0, 7, 10]:
	print(v, classify(v))

b = Box([1, -2, 3, 4])
print(b.total())
while b.items:
	item = b.items.pop()
	if item < 0:
		continue
	print("popped", item)
try:
	print(1 // 0)
except ZeroDivisionError as e:
	print("caught", e)
finally:
	print("done")
data = {
	"a": 1,
		"b": 2,
}
print(data)
text = """	tab inside
		two tabs"""
print(repr(text))
print("\t".expandtabs(4) == "    ")
