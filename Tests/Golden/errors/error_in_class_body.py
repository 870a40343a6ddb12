# Error raised while executing a class body: the frame is named after the class.
print('defining')
class Settings:
    defaults = {'a': 1}
    derived = defaults['b'] * 2
