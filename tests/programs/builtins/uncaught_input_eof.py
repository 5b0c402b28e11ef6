# Ends with an uncaught EOFError from input() (stdin is at end of file): "EOFError: EOF when reading a line".
def ask_number(prompt):
    while True:
        text = input(prompt)
        if text.isdigit():
            return int(text)
        print("not a number")
print("asking for a number")
n = ask_number("number> ")
print("never printed", n)
