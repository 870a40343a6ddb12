# Inventory management with dataclass-like classes: items, stock movements, reports, validation errors.
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f'Item({self.sku!r}, {self.name!r}, {self.price!r}, qty={self.qty})'
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    @property
    def value(self):
        return round(self.price * self.qty, 2)
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, item):
        if item.sku in self.items:
            raise ValueError(f'duplicate sku {item.sku}')
        self.items[item.sku] = item
    def receive(self, sku, n):
        self.items[sku].qty += n
        self.history.append(('in', sku, n))
    def ship(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock(f'{item.name}: want {n}, have {item.qty}')
        item.qty -= n
        self.history.append(('out', sku, n))
    def report(self):
        lines = [f'{"SKU":<6}{"NAME":<12}{"QTY":>5}{"VALUE":>10}']
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append(f'{item.sku:<6}{item.name:<12}{item.qty:>5}{item.value:>10.2f}')
        lines.append(f'{"TOTAL":<18}{sum(i.qty for i in self.items.values()):>5}{sum(i.value for i in self.items.values()):>10.2f}')
        return '\n'.join(lines)
inv = Inventory()
for it in [Item('A1', 'widget', 2.5), Item('B2', 'gadget', 13.99, 3), Item('C3', 'doohickey', 0.1, 100)]:
    inv.add(it)
inv.receive('A1', 40)
inv.ship('A1', 15)
inv.ship('C3', 33)
for op in [lambda: inv.ship('B2', 5), lambda: inv.add(Item('A1', 'dup', 1)), lambda: inv.receive('ZZ', 1)]:
    try:
        op()
    except (OutOfStock, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(inv.report())
print(inv.history)
print(inv.items['A1'], inv.items['A1'] == Item('A1', 'other', 0), [i.name for i in inv.items.values() if i.qty > 10])
