# \N{NAME} escapes in string literals.
print('\N{LATIN SMALL LETTER E WITH ACUTE}')
print('\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}')
print(len('\N{SNOWMAN}'), ord('\N{SNOWMAN}'))
print(repr('\N{NO-BREAK SPACE}'))
print('\N{DIGIT ONE}\N{DIGIT TWO}' == '12')
print(f'\N{BULLET} item')
