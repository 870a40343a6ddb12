# Queue simulation with deque: a bank with two tellers processing deterministic arrivals; round-robin scheduler.
from collections import deque
arrivals = [(0, 'A', 5), (1, 'B', 3), (2, 'C', 8), (3, 'D', 2), (4, 'E', 4), (9, 'F', 1), (10, 'G', 6)]
queue = deque()
tellers = [None, None]
time = 0
pending = deque(arrivals)
waits = {}
finished = []
while pending or queue or any(tellers):
    while pending and pending[0][0] == time:
        t, name, dur = pending.popleft()
        queue.append((name, dur, t))
        print(f't={time:2d} arrive {name} (needs {dur})')
    for i, slot in enumerate(tellers):
        if slot and slot[1] == time:
            print(f't={time:2d} teller{i} done {slot[0]}')
            finished.append(slot[0])
            tellers[i] = None
    for i in range(len(tellers)):
        if tellers[i] is None and queue:
            name, dur, t = queue.popleft()
            waits[name] = time - t
            tellers[i] = (name, time + dur)
            print(f't={time:2d} teller{i} starts {name}, waited {time - t}')
    time += 1
print('finished order:', finished)
print('waits:', waits, 'avg:', round(sum(waits.values()) / len(waits), 3))
procs = deque([('p1', 5), ('p2', 2), ('p3', 4)])
quantum = 2
clock = 0
while procs:
    name, left = procs.popleft()
    run = min(quantum, left)
    clock += run
    if left - run:
        procs.append((name, left - run))
        print(f'{name} ran {run}, {left - run} left, clock {clock}')
    else:
        print(f'{name} finished at {clock}')
