# re: small programs built on re (a tokenizer, log parsing, case conversion, templating) and non-ASCII text
import re

print("-- tokenizer")
TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)

def tokenize(code):
    for m in TOKEN.finditer(code):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        yield kind, m.group(), m.start()

print(list(tokenize('x = 3.5 * (y + 42) $')))

print("-- log parsing")
LOG = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$', re.M)
log = """2024-01-05 10:00:01 [INFO] service started
2024-01-05 10:00:07 [WARN] disk at 91%
garbage line
2024-01-05 10:01:00 [ERROR] request failed: code=500 path=/api/v1
"""
for m in LOG.finditer(log):
    print(m['level'], m['time'], repr(m['msg']))
print(LOG.findall(log)[-1])
print(dict(re.findall(r'(\w+)=(\S+)', log)))
counts = {}
for level in re.findall(r'\[([A-Z]+)\]', log):
    counts[level] = counts.get(level, 0) + 1
print(counts)

print("-- case conversion")
def snake(name):
    name = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name).lower()

def camel(name):
    return re.sub(r'_([a-z])', lambda m: m.group(1).upper(), name)

for n in ['CamelCase', 'getHTTPResponseCode', 'HTTPServer', 'already_snake', 'v2Alpha']:
    print(n, snake(n), camel(snake(n)))

print("-- templating")
values = {'name': 'World', 'n': 3}
print(re.sub(r'\{\{\s*(\w+)\s*\}\}', lambda m: str(values.get(m.group(1), '?')), 'Hello {{ name }}! x{{n}} {{missing}}'))
print(re.sub(r'\$(\w+)|\$\{(\w+)\}', lambda m: str(values[m.group(1) or m.group(2)]), '$name-${n}'))

print("-- validation")
EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for e in ['a.b@example.com', 'bad@', 'x@y.z', 'no spaces@a.b', 'üser@exämple.de']:
    print(e, bool(EMAIL.match(e)))
IP = re.compile(r'^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$')
for ip in ['192.168.0.1', '256.1.1.1', '1.2.3', '0.0.0.0', '10.10.10.010']:
    print(ip, bool(IP.match(ip)))

print("-- non-ASCII text")
s = 'naïve 😀 café über ναι'
print(re.findall(r'\w+', s), [m.span() for m in re.finditer(r'\w+', s)])
print(re.search(r'😀', s).span(), re.sub(r'[^\x00-\x7f]', '?', s), re.split(r'\s', s))
print(re.search(r'(?<=😀 )\w+', s), len(re.sub('.', 'x', s)), re.findall(r'[\U0001F600-\U0001F64F]', s))
print(re.match(r'(?i)ΝΑΙ', 'ναι'), re.findall(r'\b\w', s), re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2], s))

print("-- word frequencies")
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness..."""
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(re.sub(r'\s+', ' ', text).strip()[:40], len(re.split(r'[,.]\s*', text)))

print("-- annotations")
def first_word(p: re.Pattern[str], s: str) -> 're.Match[str] | None':
    return p.search(s)
print(first_word(re.compile(r'\w+'), '  hi there'))
