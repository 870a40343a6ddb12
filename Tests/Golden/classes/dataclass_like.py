# Hand-written dataclass-like classes: generated __init__/__repr__/__eq__ via class attributes.
class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f'{type(self).__name__} takes {len(self.fields)} arguments')
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f'unknown field {k!r}')
            if k in values:
                raise TypeError(f'duplicate field {k!r}')
            values[k] = v
        for f in self.fields:
            setattr(self, f, values.get(f))
    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)
        return f'{type(self).__name__}({inner})'
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def replace(self, **changes):
        d = {f: getattr(self, f) for f in self.fields}
        d.update(changes)
        return type(self)(**d)
class Point(Record):
    fields = ('x', 'y')
class Person(Record):
    fields = ('name', 'age', 'email')
p = Point(1, 2)
print(p, p.astuple(), p == Point(1, 2), p == Point(2, 1))
q = p.replace(y=10)
print(q, p)
print(Person('Ann', 30), Person(name='Bob'), Person('Cy', email='c@x'))
for bad in [lambda: Point(1, 2, 3), lambda: Point(z=1), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
people = [Person('Zed', 40), Person('Amy', 25), Person('Kim', 33)]
print(sorted(people, key=lambda r: r.age))
print([p.name for p in sorted(people, key=lambda r: r.name)])
import dataclasses
@dataclasses.dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = dataclasses.field(default_factory=list)
it = Item('pen', 1.5)
print(it, it == Item('pen', 1.5), dataclasses.asdict(it))
