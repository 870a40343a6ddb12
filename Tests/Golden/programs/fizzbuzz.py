# FizzBuzz in several styles: if-chain, string building, dict of rules, and a generator; all must agree.
def fb_if(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
def fb_concat(n):
    return ('Fizz' * (n % 3 == 0) + 'Buzz' * (n % 5 == 0)) or str(n)
RULES = {3: 'Fizz', 5: 'Buzz', 7: 'Bazz'}
def fb_rules(n, rules=RULES):
    out = ''.join(word for d, word in rules.items() if n % d == 0)
    return out or str(n)
def fb_gen(limit):
    for i in range(1, limit + 1):
        yield fb_concat(i)
a = [fb_if(i) for i in range(1, 101)]
b = [fb_concat(i) for i in range(1, 101)]
c = list(fb_gen(100))
print(a == b == c)
print(' '.join(a[:30]))
print([fb_rules(i) for i in range(100, 106)], fb_rules(105))
print(sum(1 for x in a if x == 'Fizz'), a.count('Buzz'), a.count('FizzBuzz'))
for i in range(1, 16):
    print(f'{i:2d}: {fb_if(i)}')
