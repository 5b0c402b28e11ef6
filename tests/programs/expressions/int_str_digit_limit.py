# CPython 3.11's 4300-digit limit for int <-> decimal str conversion, and what is exempt.
import sys
print("default limit:", sys.get_int_max_str_digits())
ok = int("7" * 4300)
print("4300 digits ok:", ok % 97, len(str(ok)))
for text in ["1" * 4301, "-" + "1" * 4301, "+" + "2" * 5000, " " + "3" * 4301 + " "]:
    try:
        int(text)
    except ValueError as e:
        print("int():", e)
try:
    int("1_" * 2200 + "1")
except ValueError as e:
    print("underscores count?", e)
n = 10 ** 4300
for fn in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: "{}".format(v), lambda v: format(v, ",")):
    try:
        fn(n)
    except ValueError as e:
        print("to str:", e)
print("just below:", len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print("power-of-two bases are exempt:", len(hex(n)), len(bin(n)), len(oct(n)), int("f" * 6000, 16) % 1000)
print("int(..., 2) exempt:", int("1" * 20000, 2).bit_length())
print("int(..., 36) limited?")
try:
    int("z" * 4301, 36)
except ValueError as e:
    print("base 36:", e)
print("float of long digit string:", float("1" + "0" * 5000 + "e-5000"))
sys.set_int_max_str_digits(0)
print("limit disabled:", len(str(10 ** 5000)), int("9" * 5000) % 10)
sys.set_int_max_str_digits(5000)
print("raised limit:", sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("new limit:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("too small:", e)
sys.set_int_max_str_digits(4300)
print("restored:", sys.get_int_max_str_digits())
