# if __name__ == "__main__": in the program and in an imported helper; __name__ in exec/eval.
import helper_cli
print("helper's guarded block did not run:", helper_cli.RAN_AS_MAIN, "| its __name__:", helper_cli.__name__)
print(helper_cli.main())
def main():
    print("program main() runs under the guard")
    return 0
if __name__ == "__main__":
    code = main()
    print("exit code would be", code)
else:
    print("never: this file is run as __main__")
print("__name__ inside a function:", (lambda: __name__)())
class Where:
    module = __name__
print("class __module__:", Where.__module__, Where.module, helper_cli.main.__module__)
ns = {"__name__": "__main__"}
exec("guarded = 'yes' if __name__ == '__main__' else 'no'", ns)
print("exec with __name__ set:", ns["guarded"])
ns2 = {}
exec("n = __name__", ns2)
print("exec without __name__ sees builtins module name:", ns2["n"])
print("eval sees the caller's globals:", eval("__name__"))
