# assert with and without messages; AssertionError args; asserts with tuples and expressions.
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('caught', e, e.args)
try:
    x = 5
    assert x < 3, f'x is {x}'
except AssertionError as e:
    print('caught', e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print('caught', e.args[0])
calls = []
def msg():
    calls.append('msg')
    return 'lazy'
assert True, msg()
print('message evaluated:', calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, 42
except AssertionError as e:
    print(type(e).__name__, e, type(e.args[0]).__name__)
