# @staticmethod and @classmethod: calls via class and instance, alternative constructors, cls in subclasses.
class Temperature:
    scale = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.scale}'
    @staticmethod
    def is_valid(d):
        return d > -273.15
    def __repr__(self):
        return f'{type(self).__name__}({self.degrees})'
print(Temperature.from_fahrenheit(212), Temperature(5).from_fahrenheit(32))
print(Temperature.describe(), Temperature(1).describe())
print(Temperature.is_valid(-300), Temperature(0).is_valid(20))
class Kelvin(Temperature):
    scale = 'K'
print(Kelvin.from_fahrenheit(50), Kelvin.describe())
print(type(Temperature.__dict__['is_valid']).__name__, type(Temperature.__dict__['describe']).__name__)
sm = Temperature.is_valid
print(sm(5))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
Registry.add(1).add(2)
print(Registry.items)
