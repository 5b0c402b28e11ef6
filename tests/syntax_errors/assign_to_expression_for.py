pairs = [(1, 2), (3, 4)]
for a + b in pairs:
    pass
