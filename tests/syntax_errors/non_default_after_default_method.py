class C:
    def m(self, x=0, y):
        pass
