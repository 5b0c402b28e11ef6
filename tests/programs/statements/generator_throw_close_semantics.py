# throw() and close(): handled and unhandled, finally blocks, GeneratorExit rules.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  handled inside:", e)
            yield "recovered"
g = resilient()
print(next(g))
print("throw returns next yield:", g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print("after unhandled throw:", next(g, "exhausted"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")
g = with_finally()
next(g)
g.close()
print("close runs finally; next:", next(g, "exhausted"))
g = with_finally()
g.close()
print("close before start runs nothing")
def ignores_exit():
    ignored = False
    while True:
        try:
            yield
        except GeneratorExit:
            if ignored:
                print("  second GeneratorExit accepted")
                raise
            ignored = True
            print("  ignoring GeneratorExit")
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("second close succeeds")
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value lost"
g = returns_on_exit()
next(g)
print("close with return:", g.close())
def raises_other_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
g = raises_other_on_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print("close propagates other exception:", e)
def not_started():
    print("  body never starts")
    yield
g = not_started()
try:
    g.throw(IndexError("into unstarted"))
except IndexError as e:
    print("throw into unstarted:", e)
print("then exhausted:", next(g, "exhausted"))
def catch_type():
    try:
        yield
    except TypeError:
        yield "caught class"
g = catch_type()
next(g)
print("throw with class:", g.throw(TypeError))
def gen_stop():
    yield 1
    raise StopIteration("explicit")
g = gen_stop()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def exit_is_base():
    try:
        yield
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    finally:
        print("  finally after GeneratorExit")
g = exit_is_base()
next(g)
g.close()
print("GeneratorExit bases:", GeneratorExit.__bases__[0].__name__)
def throw_and_finish():
    try:
        yield 1
    except ValueError:
        return "done after throw"
g = throw_and_finish()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw leading to return:", e.value)
