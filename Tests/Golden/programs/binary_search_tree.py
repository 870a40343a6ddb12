# Binary search tree: insert, search, in/pre/post-order traversals, height, min/max, delete, range query.
class BST:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return BST.Node(key)
            if key < node.key:
                node.left = _ins(node.left, key)
            elif key > node.key:
                node.right = _ins(node.right, key)
            return node
        self.root = _ins(self.root, key)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self, node='root'):
        node = self.root if node == 'root' else node
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            if n.right: stack.append(n.right)
            if n.left: stack.append(n.left)
    def height(self, node='root'):
        node = self.root if node == 'root' else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
    def delete(self, key):
        def _del(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if not node.left:
                    return node.right
                if not node.right:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
    def range(self, lo, hi):
        return [k for k in self.inorder() if lo <= k <= hi]
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t.inorder()))
print(list(t.preorder()))
print(t.height(), 40 in t, 41 in t, min(t.inorder()), max(t.inorder()))
print(t.range(33, 66))
for k in [20, 30, 50, 99]:
    t.delete(k)
    print('deleted', k, list(t.inorder()), 'root', t.root.key, 'height', t.height())
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.insert(w)
print(list(words.inorder()))
