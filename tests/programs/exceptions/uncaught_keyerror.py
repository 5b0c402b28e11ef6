# Ends with an uncaught KeyError from a dict lookup inside a function: exit 1, "KeyError: 'timeout'".
settings = {"host": "localhost", "port": 8080}
def get_setting(name):
    return settings[name]
print("host:", get_setting("host"))
print("port:", get_setting("port"))
print("looking up a missing key")
get_setting("timeout")
print("never printed")
