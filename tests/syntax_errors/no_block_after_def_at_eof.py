x = 1
def todo():
