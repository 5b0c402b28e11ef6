count = 3
x = 1st
