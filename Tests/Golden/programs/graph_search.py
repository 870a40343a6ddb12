# Graph algorithms on an adjacency dict: BFS shortest path, DFS order, topological sort, Dijkstra with heapq.
from collections import deque
import heapq
graph = {'A': ['B', 'C'], 'B': ['D', 'E'], 'C': ['F'], 'D': [], 'E': ['F'], 'F': ['G'], 'G': []}
def bfs_path(g, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in g[node]:
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None
def dfs(g, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in g[node]:
        if nxt not in seen:
            dfs(g, nxt, seen)
    return seen
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(bfs_path(graph, 'A', 'G'), bfs_path(graph, 'D', 'A'), dfs(graph, 'A'), topo(graph))
weighted = {'s': {'a': 7, 'b': 2}, 'a': {'c': 1}, 'b': {'a': 3, 'c': 8}, 'c': {'t': 2}, 't': {}}
def dijkstra(g, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dict(sorted(dist.items()))
print(dijkstra(weighted, 's'))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nsmallest(3, [7, 2, 9, 4]), heapq.nlargest(2, 'zebra'))
