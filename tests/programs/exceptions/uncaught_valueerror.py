# Ends with an uncaught ValueError raised two calls deep: exit status 1, traceback on stderr.
def parse_port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise ValueError(f"port out of range: {value}")
    return value
def load_config(lines):
    config = {}
    for line in lines:
        key, _, raw = line.partition("=")
        config[key.strip()] = raw.strip()
    config["port"] = parse_port(config["port"])
    return config
good = load_config(["host = example", "port = 8080"])
print("loaded", good)
for bad in ["port = abc", "port = 0"]:
    try:
        load_config([bad])
    except ValueError as e:
        print("rejected:", e)
print("about to fail")
load_config(["host = example", "port = 99999"])
print("never printed")
