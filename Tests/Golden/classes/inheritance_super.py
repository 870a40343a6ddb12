# Inheritance: overriding, super() in __init__ and methods, multi-level chains, super with arguments.
class Animal:
    def __init__(self, name):
        self.name = name
        print('Animal.__init__', name)
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{type(self).__name__}({self.name}): {self.speak()}'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print('Dog.__init__', breed)
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' softly'
class Cat(Animal):
    pass
for a in [Animal('generic'), Dog('Rex', 'lab'), Puppy('Bit', 'pug'), Cat('Tom')]:
    print(a.describe())
p = Puppy('Zed', 'corgi')
print(p.breed, isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal))
print(super(Puppy, p).speak(), super(Dog, p).speak())
print(Puppy.__bases__[0].__name__, Puppy.__base__.__name__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def hello(self):
        return 'Base.hello'
class Child(Base):
    def hello(self):
        return 'Child+' + Base.hello(self)
print(Child().hello())
