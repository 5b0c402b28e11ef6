# Ends with UnboundLocalError: a name assigned later in the function is read first.
total = 100
def add_to_total(x):
    print("adding", x)
    total = total + x
    return total
print("start")
add_to_total(5)
