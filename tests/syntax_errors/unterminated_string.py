name = 'world'
msg = 'hello, + name
print(msg)
