# Multiple inheritance: diamond MRO, cooperative super() calls, method resolution order listing.
class A:
    def who(self):
        return ['A']
    def __init__(self):
        print('init A')
class B(A):
    def who(self):
        return ['B'] + super().who()
    def __init__(self):
        print('init B')
        super().__init__()
class C(A):
    def who(self):
        return ['C'] + super().who()
    def __init__(self):
        print('init C')
        super().__init__()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
    def __init__(self):
        print('init D')
        super().__init__()
d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: greeting = 'X'
class Y: greeting = 'Y'
class Z(X, Y): pass
class W(Y, X): pass
print(Z.greeting, W.greeting)
class Mixin:
    def log(self):
        return f'[{type(self).__name__}] ' + self.render()
class Widget:
    def render(self):
        return 'widget'
class LoggedWidget(Mixin, Widget):
    pass
print(LoggedWidget().log())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
print(issubclass(D, (C, int)), isinstance(d, B) and isinstance(d, C))
