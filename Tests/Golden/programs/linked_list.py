# Singly linked list class: push/append/pop, iteration, reverse, remove, indexing, repr, len.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in items:
            self.append(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def pop(self):
        if not self.head:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __repr__(self):
        return 'LinkedList([' + ' -> '.join(map(repr, self)) + '])'
ll = LinkedList([1, 2, 3])
ll.push(0)
ll.append(4)
print(ll, len(ll), ll[0], ll[-1], list(ll))
ll.reverse()
print(ll)
print(ll.remove(2), ll.remove(99), ll)
print(ll.pop(), ll.pop(), ll, len(ll))
try:
    ll[10]
except IndexError as e:
    print('IndexError', e)
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print('IndexError', err)
print(e, len(e), bool(e), sum(LinkedList(range(101))))
