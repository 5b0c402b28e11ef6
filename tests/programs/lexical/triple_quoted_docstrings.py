"""Module docstring: triple-quoted strings and docstrings on modules, classes, functions."""
print("module doc:", __doc__)
def f():
    """Function docstring."""
    return 1
def g():
    '''Single-quote triple
    spanning lines.'''
def h():
    x = 1
    """Not a docstring: not the first statement."""
    return x
def no_doc():
    return 2
class C:
    """Class docstring."""
    def m(self):
        """Method doc."""
print("f:", f.__doc__)
print("g:", repr(g.__doc__))
print("h:", h.__doc__, "no_doc:", no_doc.__doc__)
print("C:", C.__doc__, "| m:", C.m.__doc__, "| instance:", C().__doc__)
s = """first
second "quoted" and 'single'
  indented third"""
print(s)
print("lines:", s.splitlines())
t = '''contains """ inside'''
u = """contains ''' inside"""
print(t, "|", u)
v = """ends with quote\""""
print(v)
w = """\
no leading newline thanks to backslash
"""
print(repr(w))
empty = """"""
print("empty:", repr(empty), len(empty))
b = b"""bytes
triple"""
print("bytes triple:", b)
r = r"""raw \n triple"""
print("raw triple:", r)
fs = f"""f triple {1 + 1}
{'nested'!r}"""
print("f triple:", fs)
print("concat:", """a""" """b""" 'c')
def doc_f_string():
    f"""f-string is not a docstring"""
print("f-string doc:", doc_f_string.__doc__)
class D:
    "plain string docstring"
print("D:", D.__doc__)
