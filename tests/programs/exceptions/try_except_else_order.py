# Execution order of try/except/else/finally, and which exceptions each clause can catch.
def run(action):
    log = []
    try:
        log.append("try")
        action(log)
        log.append("try end")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (TypeError, KeyError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
def ok(log): pass
def val(log): raise ValueError("v")
def key(log): {}["k"]
def typ(log): len(5)
print("no error:", run(ok))
print("ValueError:", run(val))
print("KeyError via tuple:", run(key))
print("TypeError via tuple:", run(typ))
try:
    run(lambda log: [][1])
except IndexError as e:
    print("uncaught type passes through finally:", e)
def else_error():
    try:
        pass
    except ValueError:
        return "except caught else error?"
    else:
        raise ValueError("raised in else")
try:
    else_error()
except ValueError as e:
    print("else exceptions are not caught by sibling except:", e)
def except_error():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("in handler")
    except ValueError:
        return "sibling except catches?"
try:
    except_error()
except ValueError as e:
    print("handler exceptions skip sibling handlers:", e)
def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError (base) listed first"
    except KeyError:
        return "KeyError"
print(first_match_wins())
def else_with_return():
    try:
        value = 1
    except Exception:
        value = -1
    else:
        return f"else returns {value}"
    finally:
        print("  finally after else return")
print(else_with_return())
def try_return_skips_else():
    try:
        return "returned from try"
    except Exception:
        pass
    else:
        print("  never: else skipped by return in try")
print(try_return_skips_else())
def loop_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        except Exception:
            pass
        else:
            out.append(f"else{i}")
    return out
print("continue in try skips else:", loop_else())
def nested():
    log = []
    try:
        try:
            raise TypeError("t")
        except ValueError:
            log.append("inner wrong handler")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer caught")
    return log
print("nested propagation:", nested())
def bare_except():
    try:
        raise SystemExit(3)
    except:
        return "bare except catches SystemExit too"
print(bare_except())
def except_exception_not_base():
    try:
        try:
            raise KeyboardInterrupt
        except Exception:
            return "wrong"
    except BaseException as e:
        return f"BaseException caught {type(e).__name__}"
print(except_exception_not_base())
