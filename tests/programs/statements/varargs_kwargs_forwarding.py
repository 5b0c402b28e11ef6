# *args and **kwargs: collecting, forwarding, ordering, mixing with named parameters.
def collect(*args, **kwargs):
    return args, kwargs
print("empty:", collect())
print("positional:", collect(1, 2, 3))
print("keywords keep call order:", collect(z=1, a=2, m=3))
print("mixed:", collect(1, "two", three=3))
def wrapper(*args, **kwargs):
    return collect(*args, **kwargs)
print("forwarded:", wrapper(1, k="v"))
def add_defaults(*args, **kwargs):
    kwargs.setdefault("sep", "-")
    return collect(*args, **kwargs)
print("modified kwargs:", add_defaults("a"), add_defaults("a", sep="+"))
def named_first(a, b=2, *args, key=None, **rest):
    return a, b, args, key, rest
print("named then varargs:", named_first(1), named_first(1, 3, 4, 5, key="k", other=0))
print("named via kwargs dict:", named_first(**{"a": 10, "b": 20, "key": 30, "x": 40}))
print("args is a tuple:", type(collect(1)[0]).__name__, "kwargs is a dict:", type(collect(a=1)[1]).__name__)
def mutate(*args, **kwargs):
    kwargs["new"] = True
    return kwargs
original = {"a": 1}
print("callee gets a copy:", mutate(**original), original)
def positional_only_and_kwargs(a, /, **kwargs):
    return a, kwargs
print("same name in kwargs allowed for positional-only:", positional_only_and_kwargs(1, a=2))
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print("sum_all:", sum_all(), sum_all(1, 2, 3), sum_all(1, 2, start=10), sum_all(*range(5)))
def pass_through(f, *a, **k):
    return f(*a, **k)
print("higher-order:", pass_through(max, 3, 9, 2), pass_through(sorted, [3, 1], reverse=True), pass_through(dict, x=1))
def unpack_many(a, b, c, d):
    return a + b + c + d
print("several unpackings:", unpack_many(*[1], *(2,), **{"c": 3}, d=4), unpack_many(*"ab", *"cd"))
def keyword_names(**kw):
    return sorted(kw)
print("unusual keyword names:", keyword_names(**{"with space": 1, "": 2, "ü": 3}))
try:
    named_first()
except TypeError as e:
    print("TypeError:", e)
try:
    named_first(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
def recurse_args(*args):
    return recurse_args(*args[1:]) + [args[0]] if args else []
print("recursive varargs:", recurse_args(1, 2, 3))
