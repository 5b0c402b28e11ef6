def f(**kw):
    return kw
f(a.b=1)
