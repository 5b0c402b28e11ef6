values = [n for n in range(3)]
print(values[0] if values)
