name = input()
if name == "Zoë"
    print("hi")
