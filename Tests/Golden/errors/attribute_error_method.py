# AttributeError from inside a method call chain: frames are named after the functions.
class Order:
    def __init__(self, items):
        self.items = items
    def total(self):
        return sum(item.price for item in self.items)
class Item:
    def __init__(self, cost):
        self.cost = cost
order = Order([Item(3), Item(4)])
print('items:', len(order.items))
print(order.total())
