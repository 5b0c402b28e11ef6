# Ends with an uncaught user-defined exception: the last stderr line is "QuotaExceeded: ..." (no __main__. prefix).
class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(f"used {used} of {limit} units")
        self.used, self.limit = used, limit
def consume(used, amount, limit=10):
    if used + amount > limit:
        raise QuotaExceeded(used + amount, limit)
    return used + amount
used = 0
for amount in (3, 4, 2):
    used = consume(used, amount)
    print("used", used)
consume(used, 5)
