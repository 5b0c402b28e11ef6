# User exception classes: hierarchies, __init__/__str__ overrides, attributes, catching by base.
class AppError(Exception):
    """Base for this application's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError, LookupError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"not found: {self.key!r}"
class Retryable(AppError):
    attempts = 0
    def __init__(self, *args, attempts=1):
        super().__init__(*args)
        self.attempts = attempts
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", f"expected int, got {type(age).__name__}")
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
for value in [5, -1, "x"]:
    try:
        print("valid:", validate(value))
    except ValidationError as e:
        print("ValidationError:", e, "| field:", e.field, "| args:", e.args)
try:
    raise NotFound("user42")
except LookupError as e:
    print("caught via second base:", e, repr(e), e.key, isinstance(e, AppError))
try:
    raise Retryable("timeout", attempts=3)
except AppError as e:
    print("keyword attr:", e, e.attempts, e.args)
print("mro:", [c.__name__ for c in NotFound.__mro__])
print("doc:", AppError.__doc__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print("custom repr:", repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
class EmptyStr(Exception):
    def __str__(self):
        return ""
print("empty str:", repr(str(EmptyStr("ignored"))))
class Wrapped(Exception):
    def __init__(self, original):
        super().__init__(f"wrapped {type(original).__name__}: {original}")
        self.original = original
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise Wrapped(ke) from ke
except Wrapped as w:
    print("wrapper:", w, "| original:", repr(w.original), w.__cause__ is w.original)
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls("raised " + cls.__name__)
    except Leaf as e:
        print("Leaf handler:", e)
    except Mid as e:
        print("Mid handler:", e)
    except Base as e:
        print("Base handler:", e)
class BaseLevel(BaseException): pass
try:
    try:
        raise BaseLevel("not an Exception")
    except Exception:
        print("never")
except BaseLevel as e:
    print("BaseException subclass skips except Exception:", e)
class Coded(Exception):
    def __init__(self, code=500):
        self.code = code
        super().__init__(code)
def raise_coded(n):
    raise Coded(n)
errors = []
for n in (400, 404):
    try:
        raise_coded(n)
    except Coded as e:
        errors.append(e.code)
print("collected codes:", errors, Coded().code, Coded().args)
class StatefulError(Exception):
    count = 0
    def __init__(self, *a):
        StatefulError.count += 1
        super().__init__(*a)
for _ in range(3):
    try:
        raise StatefulError
    except StatefulError:
        pass
print("raise class instantiates each time:", StatefulError.count)
