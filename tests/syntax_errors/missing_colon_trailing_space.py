x, y = 1, 2
if x > y   
    pass
