# Ends with AttributeError on a misspelt attribute; CPython 3.11 adds "Did you mean: 'balance'?".
class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ann"
acct = Account()
print("balance:", acct.balance)
print(acct.balanse)
