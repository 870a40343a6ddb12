# Bank account simulation: classes, custom exceptions, transaction log, transfers with rollback.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount:.2f}: balance {account.balance:.2f}')
        self.amount = amount
class FrozenAccount(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self._check()
        self.balance += amount
        self.log.append(('deposit', amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(('withdraw', amount))
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f'account {self.id} is frozen')
    def __repr__(self):
        return f'Account(#{self.id}, {self.owner!r}, {self.balance:.2f})'
def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except Exception:
        src.deposit(amount)
        raise
alice = Account('Alice', 100)
bob = Account('Bob')
alice.deposit(50)
transfer(alice, bob, 30)
print(alice, bob)
for action in [lambda: alice.withdraw(500), lambda: bob.deposit(-5), lambda: transfer(bob, alice, 31)]:
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, '-', e)
bob.frozen = True
try:
    transfer(alice, bob, 10)
except FrozenAccount as e:
    print('FrozenAccount -', e)
print(alice, bob)
print(alice.log)
print(bob.log)
accounts = [alice, bob, Account('Carol', 75.5)]
print(sorted(accounts, key=lambda a: -a.balance))
print(f'total: {sum(a.balance for a in accounts):.2f}')
