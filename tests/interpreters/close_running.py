# An interpreter that is running cannot be closed; once it is idle it can.
import interpreters
import threading
import time

interp = interpreters.create()
started_r, started_s = interpreters.create_channel()
interp.prepare_main(started=started_s)
t = threading.Thread(target=interp.exec, args=("import time\nstarted.send(1)\ntime.sleep(0.3)",))
t.start()
started_r.recv()
print("running:", interp.is_running())
try:
    interp.close()
except interpreters.InterpreterError as e:
    print("close:", type(e).__name__, e)
try:
    interp.exec("pass")
except interpreters.InterpreterError as e:
    print("exec:", e)
t.join()
print("running:", interp.is_running())
interp.close()
print("closed:", interp not in interpreters.list_all())
