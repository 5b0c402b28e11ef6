# try/finally interacting with loops, exceptions raised in else, try/except/else without errors.
def loop_control():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop_control()
def else_exception():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("raised in else")
try:
    else_exception()
except RuntimeError as e:
    print("caught from else:", e)
try:
    pass
finally:
    print("try/finally without except")
x = 0
try:
    x = 1
except:
    x = 2
else:
    x += 10
print(x)
