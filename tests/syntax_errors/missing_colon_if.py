x = 3
y = 4
if x > y
    print(x)
