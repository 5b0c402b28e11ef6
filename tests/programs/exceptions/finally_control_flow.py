# finally with return/break/continue: overriding returns, swallowing exceptions, order.
def return_overrides():
    try:
        return "try"
    finally:
        return "finally"
print("finally return wins:", return_overrides())
def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print("return in finally swallows:", return_swallows_exception())
def finally_sees_state():
    x = "before"
    try:
        return x
    finally:
        x = "changed"
        print("  finally runs after return value computed, x =", x)
print("return value fixed before finally:", finally_sees_state())
def mutable_return():
    data = []
    try:
        return data
    finally:
        data.append("added in finally")
print("mutable object modified:", mutable_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"break swallowed exception at i={i}"
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("swallowed by continue")
            seen.append(i)
        finally:
            continue
    return seen
print("continue in finally:", continue_in_finally())
def nested_finally():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")
print("nested order:", nested_finally())
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  finally for", i)
print("return from loop:", loop_return())
def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
            continue
        finally:
            print("  finally n =", n)
    return n
print("break/continue pass through finally:", while_break())
def exception_in_finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exception_in_finally_replaces()
except TypeError as e:
    print("replaced:", e, "| context:", repr(e.__context__))
def finally_without_exception():
    try:
        pass
    finally:
        return "normal"
print(finally_without_exception())
def except_return_then_finally():
    try:
        raise IndexError
    except IndexError:
        return "from except"
    finally:
        print("  finally after except return")
print(except_return_then_finally())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
gen = generator_finally()
for v in gen:
    print("  got", v)
    break
print("after break out of generator loop; closing it explicitly")
gen.close()
def count_finally():
    count = 0
    for _ in range(3):
        try:
            try:
                continue
            finally:
                count += 1
        finally:
            count += 10
    return count
print("each finally runs per iteration:", count_finally())
