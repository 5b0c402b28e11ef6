x = 1
if x:
    print('yes')
else
    print('no')
