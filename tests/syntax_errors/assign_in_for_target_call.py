for f() in [1, 2]:
    pass
