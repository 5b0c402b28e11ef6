"""A small language implementation: tokenizer, recursive-descent parser,
tree-walking evaluator and a compiler to a stack machine, for arithmetic
expressions with variables.

Measures character-level string scanning (indexing, isdigit/isalpha),
building small tuples and lists as an AST, recursive calls, dict lookups
for variables and operators, and a dispatch loop over opcode tuples:
the shape of an interpreter written in Python.
"""


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%()":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad character " + c)
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while True:
            kind, val = self.peek()
            if kind == "op" and (val == "+" or val == "-"):
                self.next()
                node = (val, node, self.term())
            else:
                return node

    def term(self):
        node = self.factor()
        while True:
            kind, val = self.peek()
            if kind == "op" and val in "*/%":
                self.next()
                node = (val, node, self.factor())
            else:
                return node

    def factor(self):
        kind, val = self.next()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            return ("var", val)
        if kind == "op" and val == "-":
            return ("neg", self.factor())
        if kind == "op" and val == "(":
            node = self.expr()
            self.next()
            return node
        raise SyntaxError("unexpected " + str(val))


def evaluate(node, env):
    op = node[0]
    if op == "num":
        return node[1]
    if op == "var":
        return env[node[1]]
    if op == "neg":
        return -evaluate(node[1], env)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a // b if b else 0
    return a % b if b else 0


def compile_node(node, code):
    op = node[0]
    if op == "num":
        code.append(("push", node[1]))
    elif op == "var":
        code.append(("load", node[1]))
    elif op == "neg":
        compile_node(node[1], code)
        code.append(("neg", None))
    else:
        compile_node(node[1], code)
        compile_node(node[2], code)
        code.append(("bin", op))
    return code


def run(code, env):
    stack = []
    push = stack.append
    pop = stack.pop
    for op, arg in code:
        if op == "push":
            push(arg)
        elif op == "load":
            push(env[arg])
        elif op == "neg":
            push(-pop())
        else:
            b = pop()
            a = pop()
            if arg == "+":
                push(a + b)
            elif arg == "-":
                push(a - b)
            elif arg == "*":
                push(a * b)
            elif arg == "/":
                push(a // b if b else 0)
            else:
                push(a % b if b else 0)
    return stack[0]


def gen_expr(seed, depth):
    x = seed
    parts = []

    def build(d):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if d == 0 or x % 5 == 0:
            r = x % 3
            if r == 0:
                parts.append(str(x % 100))
            elif r == 1:
                parts.append("v" + str(x % 4))
            else:
                parts.append("count")
            return
        if x % 7 == 0:
            parts.append("-(")
            build(d - 1)
            parts.append(")")
            return
        parts.append("(")
        build(d - 1)
        parts.append(" " + "+-*/%"[(x >> 4) % 5] + " ")
        build(d - 1)
        parts.append(")")

    build(depth)
    return "".join(parts)


def main():
    sources = [gen_expr(i * 7919 + 1, 7) for i in range(60)]
    total_tree = 0
    total_vm = 0
    tokens_seen = 0
    for rep in range(300):
        env = {"v0": 3 + rep, "v1": -7, "v2": 11, "v3": rep, "count": 1000 + rep}
        for src in sources:
            tokens = tokenize(src)
            tokens_seen += len(tokens)
            tree = Parser(tokens).expr()
            total_tree += evaluate(tree, env) % 1000003
            code = compile_node(tree, [])
            total_vm += run(code, env) % 1000003
    print("interp", tokens_seen, total_tree, total_vm, total_tree == total_vm)


if __name__ == "__main__":
    main()
