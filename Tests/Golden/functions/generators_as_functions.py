# Functions that return generators vs lists, and functions calling each other with keyword forwarding.
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
def evens_list(limit):
    return [i for i in range(limit) if i % 2 == 0]
print(list(evens(10)) == evens_list(10), type(evens(1)).__name__)
def configure(**opts):
    defaults = {'color': 'red', 'size': 1}
    defaults.update(opts)
    return defaults
def build(name, **opts):
    return name, configure(**opts)
print(build('a'), build('b', size=3, shape='round'))
def apply_all(fns, value):
    return [fn(value) for fn in fns]
print(apply_all([str.upper, str.title, len], 'hello world'))
