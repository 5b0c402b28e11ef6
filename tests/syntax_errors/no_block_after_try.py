try:
x = int('3')
except ValueError:
    x = 0
