# __name__ is "__main__" for the program and the module name for imported modules.
import helper_mod
def main():
    print("main() running; __name__ =", __name__)
    print("helper sees its own name:", helper_mod.module_name())
    print("helper GREETING unaffected by its own main block:", helper_mod.GREETING)
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
print(__name__ == "__main__", isinstance(__file__, str))
def run_twice():
    results = []
    for _ in range(2):
        if __name__ == "__main__":
            results.append("main")
        else:
            results.append("module")
    return results
print(run_twice())
code = 'print("exec sees __name__ =", __name__)'
exec(code)
exec(code, {"__name__": "custom_name"})
