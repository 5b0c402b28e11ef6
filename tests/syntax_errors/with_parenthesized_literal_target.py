with (open("a") as f, open("b") as 1):
    pass
