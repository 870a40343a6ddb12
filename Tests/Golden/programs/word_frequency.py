# Word frequency: normalize text, count with a dict, rank by count then word, print a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
def words(text):
    cleaned = ''.join(ch.lower() if ch.isalpha() else ' ' for ch in text)
    return cleaned.split()
freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print('distinct words:', len(freq), 'total:', sum(freq.values()))
for word, n in ranked[:10]:
    print(f'{word:>12} {n:3d} {"#" * n}')
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(freq, key=lambda w: (len(w), w))
print('longest:', longest, 'singletons:', sorted(w for w, n in freq.items() if n == 1))
