x = 1
# comment été
y = 2
