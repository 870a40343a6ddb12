# Boolean operators: short-circuit evaluation order, returned operands, not, chained ternaries.
log = []
def t(name, value):
    log.append(name)
    return value
print(t('a', 0) and t('b', 1), log); log.clear()
print(t('a', 1) and t('b', 2), log); log.clear()
print(t('a', 0) or t('b', 0) or t('c', 'last'), log); log.clear()
print(t('a', 'first') or t('b', 1), log); log.clear()
print(not t('a', []), log); log.clear()
print(t('c', 1) if t('cond', 0) else t('e', 2), log); log.clear()
print([] or {} or '' or 0 or None)
print(1 and [] and 2)
print('x' and 'y', None or 'default', 0 or 0.0)
print(not None, not 0, not 'a', not not [1])
x = 5
print(x > 3 and x < 10, 3 < x < 10, not 3 < x)
print(True + True, True * 10, False - 1)
r = x > 1 and 'big' or 'small'
print(r)
