# Object identity and copying: is vs ==, copy.copy vs deepcopy, __init__ vs __new__ order.
import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f'Node({self.val}, {self.children})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 'changed'
print(shallow)
print(deep)
print(shallow is tree, shallow.children is tree.children, deep.children is tree.children)
class Tracker:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print('__init__', x)
        self.x = x
t = Tracker(5)
print(t.x)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c)
x = None
print(x is None, type(None)() is None)
