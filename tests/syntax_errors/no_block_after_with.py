path = 'data.txt'
with open(path) as f:
data = f.read()
