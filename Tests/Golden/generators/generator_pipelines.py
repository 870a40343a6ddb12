# Generator pipelines: read -> parse -> filter -> aggregate over in-memory lines.
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
2024-01-03 ERROR network down
2024-01-03 INFO recovered"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(ls):
    for l in ls:
        date, level, msg = l.split(' ', 2)
        yield {'date': date, 'level': level, 'msg': msg}
def only(level, records):
    return (r for r in records if r['level'] == level)
for r in only('ERROR', parse(lines(LOG))):
    print(r['date'], r['msg'])
counts = {}
for r in parse(lines(LOG)):
    counts[r['level']] = counts.get(r['level'], 0) + 1
print(counts)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
def unique_dates(records):
    last = None
    for r in records:
        if r['date'] != last:
            last = r['date']
            yield last
print(list(unique_dates(parse(lines(LOG)))))
