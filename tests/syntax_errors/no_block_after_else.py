x = 1
if x:
    print('one')
else:
print('other')
