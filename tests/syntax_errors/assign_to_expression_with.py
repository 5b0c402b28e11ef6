def load(path):
    with open(path) as f + g:
        return f.read()
