# Implicit chaining: an exception raised inside an except block shows "During handling of the above exception".
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return fallback(key)
def fallback(key):
    raise RuntimeError(f'no fallback for {key}')
lookup({}, 'missing')
