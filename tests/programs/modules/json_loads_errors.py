# json.loads errors: JSONDecodeError's message, position, line and column for each kind of bad input.
import json

bad_docs = [
    "", "   ", "\n\n", "[", "[   ", "{", "{  ", '{"a"', '{"a":', '{"a":1', '{"a" 1}', "[1", "[1,", "[1,]", "[1 2]",
    "[1,,2]", '{"a": 1,}', '{"a":1 "b":2}', "{1:2}", "{'single': 1}", '{"a":1,,}', '{"a": }', '{,}', "[,]",
    '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u1234', '"\\ud83d\\ude0"', '"\\ud83d\\uzzzz"', '"abc\\', '"abc', '"',
    '"a\x01b"', '"tab\there"', '"nl\nhere"', '["ok", "bad\x1f"]', "-", "-a", "--1", "+1", "1.", "1.e5", ".5", "1e",
    "1e+", "1ee2", "[1.5e]", "01", "00", "-01", "0x10", "1_000", "nul", "nulll", "tru", "tru e", "True", "FALSE",
    "NaN1", "nan", "inf", "-Inf", "Infinityx", "[-]", "[1] x", "{} {}", "[] ]", '"a" "b"', "é", "[é]", '{"é": é}',
    '{"日本": [1, 2, x]}', '"😀" 1', "\ufeff[]", "[1,\n2,\n3 x]", '{\n  "x": 1,\n  "y": [\n    true,\n    oops\n  ]\n}',
    "\n\n   [1, 2,\n\n   ]", "[" * 10 + "]" * 9, "{" + '"k": {' * 5 + "}" * 5,
]
for bad in bad_docs:
    try:
        print(repr(bad), "->", repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(f"{bad!r:24} {e} | msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno} doc_ok={e.doc == bad}")

print("--- the exception type")
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args, repr(e))
e = json.JSONDecodeError("Custom problem", "line one\nline two\nline three", 15)
print(e, "|", e.msg, e.pos, e.lineno, e.colno, e.args)
e = json.JSONDecodeError("At start", "", 0)
print(e, e.lineno, e.colno)
class MyError(json.JSONDecodeError):
    pass
try:
    raise MyError("sub", "abc\ndef", 5)
except json.JSONDecodeError as err:
    print(type(err).__name__, err, err.lineno, err.colno)
for args in [(), ("only msg",), ("m", "d", 1, 2)]:
    try:
        json.JSONDecodeError(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    json.JSONDecodeError("m", "d", pos=1, foo=2)
except TypeError as err:
    print("TypeError:", err)

def parse_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad config at line {err.lineno}") from err
try:
    parse_config('{"debug": true,\n "level": }')
except ValueError as err:
    print(type(err).__name__, err, "| cause:", type(err.__cause__).__name__, err.__cause__)

print("--- an uncaught error names json.decoder.JSONDecodeError")
json.loads('{"unfinished": [1, 2, 3}')
