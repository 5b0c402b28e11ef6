# Ends with NameError for a misspelt name; CPython 3.11 appends "Did you mean: 'counter'?" to the last line.
counter = 0
for i in range(3):
    counter += i
print("counter is", counter)
print(conter)
