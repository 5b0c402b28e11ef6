# Exceptions raised inside handlers, nested try blocks, bare raise inside nested handlers.
def level(log):
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            log.append(f"inner handler: {e}")
            try:
                raise TypeError("while handling")
            except TypeError as t:
                log.append(f"nested handler: {t}, context={t.__context__!r}")
            log.append("back in inner handler")
            raise
    except ValueError as e:
        log.append(f"outer got re-raised: {e}")
    return log
for entry in level([]):
    print(entry)
def bare_raise_after_nested():
    try:
        raise KeyError("current")
    except KeyError:
        try:
            raise IndexError("temporary")
        except IndexError:
            pass
        raise
try:
    bare_raise_after_nested()
except KeyError as e:
    print("bare raise re-raises the handler's exception:", repr(e))
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
def raise_in_finally_of_handler():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            return "from handler"
        finally:
            print("  finally inside handler")
print(raise_in_finally_of_handler())
def deeply_nested(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deeply_nested(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e
try:
    deeply_nested(3)
except LookupError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print("cause chain:", chain)
def handler_catches_own():
    results = []
    for exc in (ValueError, TypeError, KeyError):
        try:
            try:
                raise exc("x")
            except (ValueError, TypeError) as e:
                results.append(f"handled {type(e).__name__}")
                if isinstance(e, TypeError):
                    raise RuntimeError("escalated") from e
        except RuntimeError as r:
            results.append(f"escalated from {type(r.__cause__).__name__}")
        except KeyError:
            results.append("KeyError passed through")
    return results
print(handler_catches_own())
def exception_variable_in_nested_function():
    try:
        raise ValueError("captured")
    except ValueError as e:
        err = e
        def show():
            return str(err)
    return show()
print("closure over handled exception:", exception_variable_in_nested_function())
def loop_with_handlers():
    out = []
    for x in [1, 0, "a", 2]:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("zero")
            continue
        except TypeError:
            out.append("type")
            break
        finally:
            out.append("f")
    return out
print("handlers with continue/break:", loop_with_handlers())
def except_star_free_grouping(values):
    errors = []
    for v in values:
        try:
            int(v)
        except ValueError as e:
            errors.append(str(e))
    if errors:
        raise ValueError("; ".join(errors))
try:
    except_star_free_grouping(["1", "x", "2.5"])
except ValueError as e:
    print("aggregated:", e)
