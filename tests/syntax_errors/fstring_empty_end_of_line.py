def f():
    label = f"{}"
    return label
