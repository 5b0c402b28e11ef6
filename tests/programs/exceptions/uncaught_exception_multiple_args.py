# Ends with an exception given several args: the last stderr line shows the args tuple.
def parse(line):
    parts = line.split("=")
    if len(parts) != 2:
        raise ValueError("bad line", line, len(parts))
    return parts[0].strip(), parts[1].strip()
print(parse("a = 1"))
print(parse("b=2"))
parse("c = 3 = 4")
