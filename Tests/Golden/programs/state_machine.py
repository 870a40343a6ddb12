# State machines: a turnstile (dict transitions), a vending machine (class), a regex-like matcher for a*b+c.
TRANSITIONS = {('locked', 'coin'): 'unlocked', ('locked', 'push'): 'locked',
               ('unlocked', 'push'): 'locked', ('unlocked', 'coin'): 'unlocked'}
state = 'locked'
for event in ['push', 'coin', 'coin', 'push', 'push', 'coin']:
    new = TRANSITIONS[(state, event)]
    print(f'{state:>8} --{event}--> {new}')
    state = new
class Vending:
    PRICE = 75
    def __init__(self):
        self.state = 'idle'
        self.credit = 0
    def insert(self, coin):
        if coin not in (5, 10, 25):
            return f'rejected {coin}'
        self.credit += coin
        self.state = 'ready' if self.credit >= self.PRICE else 'collecting'
        return f'credit {self.credit} ({self.state})'
    def press(self):
        if self.state != 'ready':
            return f'need {self.PRICE - self.credit} more'
        change = self.credit - self.PRICE
        self.credit, self.state = 0, 'idle'
        return f'vend, change {change}'
v = Vending()
for action in [('press',), ('insert', 25), ('insert', 3), ('insert', 25), ('press',), ('insert', 25), ('insert', 10), ('press',)]:
    print(action, '->', getattr(v, action[0])(*action[1:]))
def matches(s):
    state = 'A'
    for ch in s:
        if state == 'A':
            state = 'A' if ch == 'a' else 'B' if ch == 'b' else 'X'
        elif state == 'B':
            state = 'B' if ch == 'b' else 'C' if ch == 'c' else 'X'
        else:
            state = 'X'
        if state == 'X':
            return False
    return state == 'C'
for s in ['abc', 'bc', 'aaabbbc', 'ac', 'abcc', 'abbc', '', 'c', 'aab']:
    print(repr(s), matches(s))
