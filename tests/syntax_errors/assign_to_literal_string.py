for 'a' in range(3):
    pass
