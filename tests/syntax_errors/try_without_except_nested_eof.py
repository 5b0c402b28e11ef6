if True:
    try:
        x = 1
