# Class attributes vs instance attributes: shadowing, shared mutables, class-level counters.
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.mine = []
c1 = Counter('a')
c2 = Counter('b')
print(Counter.total, c1.total, c2.total)
c1.total = 100
print(Counter.total, c1.total, c2.total)
del c1.total
print(c1.total)
c1.shared.append('from c1')
print(c2.shared, Counter.shared)
c1.mine.append(1)
print(c1.mine, c2.mine)
print(sorted(vars(c1)), sorted(vars(c2)))
print('total' in Counter.__dict__, 'name' in Counter.__dict__)
Counter.new_attr = 'added later'
print(c1.new_attr, c2.new_attr)
c2.__dict__['direct'] = 'via dict'
print(c2.direct)
class Config:
    debug = False
class DevConfig(Config):
    debug = True
print(Config.debug, DevConfig.debug, DevConfig().debug)
Config.debug = 'changed'
class Sub(Config): pass
print(Sub.debug)
print(getattr(c1, 'missing', 'default'), hasattr(c1, 'name'))
