def f():
    '''start
    return 1
