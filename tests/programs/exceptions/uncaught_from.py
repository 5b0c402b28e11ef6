# Ends with an exception raised "from" another: the traceback shows the cause first,
# then "The above exception was the direct cause of the following exception:".
import json
class SettingsError(Exception):
    pass
def read_settings(text):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise SettingsError("settings are not valid JSON") from exc
def merged(defaults, text):
    result = dict(defaults)
    result.update(read_settings(text))
    return result
defaults = {"debug": False, "level": 1, "name": "app"}
print(merged(defaults, '{"debug": true, "level": 3}'))
print(merged(defaults, "{}"))
try:
    read_settings("[1, 2")
except SettingsError as e:
    print("handled:", e, "| cause:", type(e.__cause__).__name__)
print("reading broken settings")
merged(defaults, '{"debug": tru}')
print("never printed")
