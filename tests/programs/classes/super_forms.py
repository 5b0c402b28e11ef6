# super() with no arguments and with two arguments.
class Root:
    def __init__(self):
        self.trail = ["Root"]
    def method(self):
        return ["Root.method"]
    @classmethod
    def create(cls):
        return f"Root.create({cls.__name__})"
class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def method(self):
        return ["Left.method"] + super().method()
class Right(Root):
    def __init__(self):
        super(Right, self).__init__()
        self.trail.append("Right")
    def method(self):
        return ["Right.method"] + super(Right, self).method()
    @classmethod
    def create(cls):
        return "Right>" + super().create()
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
    def method(self):
        return ["Bottom.method"] + super().method()
    def skip_left(self):
        return super(Left, self).method()
    @classmethod
    def create(cls):
        return "Bottom>" + super().create()
    @staticmethod
    def static():
        return super(Bottom, Bottom).create()
b = Bottom()
print(b.trail)
print(b.method())
print(b.skip_left())
print(Bottom.create(), Right.create())
print(Bottom.static())
print(super(Bottom, b).method())
print(super(Left, b).method())
