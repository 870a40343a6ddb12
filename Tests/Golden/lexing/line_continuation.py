# Line continuation: backslash joins, implicit joining inside brackets, and comments in between.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,   # one
    2,   # two
    # a comment line in the middle
    3,
]
print(values)
call = max(
    4,
    9,
    2
)
print(call)
d = {
    'a': 1,
    'b': (2,
          3),
}
print(d)
if total > 5 and \
   call > 5:
    print('both big')
x = (1
     + 2
     * 3)
print(x)
s = 'abc' \
    'def'
print(s)
def f(a,
      b=2,
      *args,
      c=3):
    return a + b + c + len(args)
print(f(1,
        2,
        3,
        4))
print(sorted(
    ['b', 'a'], reverse=True))
with_tuple = 1, \
    2
print(with_tuple)
