items = [x = 1]
