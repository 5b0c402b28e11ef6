x = 1
s = 'cafÿ'
print(s)
