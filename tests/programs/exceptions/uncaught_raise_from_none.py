# Ends with "raise ... from None": only the new exception is shown; last line "LookupError: no user 'zed'".
users = {"ann": 1, "bob": 2}
def user_id(name):
    try:
        return users[name]
    except KeyError:
        raise LookupError(f"no user {name!r}") from None
print(user_id("ann"), user_id("bob"))
user_id("zed")
