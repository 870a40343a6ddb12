# Case methods: upper/lower/title/capitalize/swapcase/casefold and their unicode behaviour.
words = ['hello world', 'HELLO WORLD', "they're bill's friends", 'mIxEd CaSe 123', 'a1b2c3', 'ß straße', 'ǆ title', '']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print('Straße'.casefold(), 'Straße'.lower(), 'ﬁ'.upper(), 'İ'.lower().encode('utf-8'))
print('hello'.islower(), 'Hello'.istitle(), 'HELLO'.isupper(), '123'.isupper(), 'A1'.isupper())
print('Éclair'.lower(), 'éclair'.upper(), 'ΣΑΣ'.lower(), 'σας'.upper())
print('hello-world_foo bar'.title(), '3rd place'.title(), 'o\'neil'.title())
print('xYz'.capitalize(), 'ABC def'.capitalize(), '1abc'.capitalize())
