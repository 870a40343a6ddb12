# Matrix operations with lists: multiply, transpose with zip(*m), identity, determinant, power, pretty print.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(' '.join(str(v).rjust(width) for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(transpose(A))
show(matmul(identity(3), B))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det(identity(4)))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
show(matpow([[2, 1], [1, 1]], 10))
print(transpose([[1, 2, 3]]), transpose([]), matmul([[1.5]], [[2]]))
