# input() with stdin at end of file: the prompt is written, then EOFError is raised.
import sys
print("before input")
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e, repr(e))
try:
    input()
except EOFError as e:
    print("second EOFError:", e)
def ask(question, default):
    try:
        answer = input(question)
    except EOFError:
        print()
        return default
    return answer or default
print("answer:", ask("Name? ", "anonymous"))
print("answer:", ask("", "silent default"))
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print("lines read:", lines)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), "after input")
