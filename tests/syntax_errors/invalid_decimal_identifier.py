def f():
    2nd_place = 'bob'
