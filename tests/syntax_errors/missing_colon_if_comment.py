x = 3
if x > 2  # compare
    print(x)
