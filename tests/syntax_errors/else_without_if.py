x = 1
print(x)
else:
    print('no')
