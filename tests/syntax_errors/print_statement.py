name = 'x'
print "hello"
