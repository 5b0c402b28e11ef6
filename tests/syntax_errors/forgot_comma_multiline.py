x = 1
points = (1,
          2 3)
