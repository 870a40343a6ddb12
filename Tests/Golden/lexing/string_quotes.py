# String quoting forms: single, double, triple, adjacency, embedded quotes and their reprs.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a, b, c, d)
print('it\'s', "it's", 'say "hi"', "say \"hi\"")
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr("plain"))
print('adjacent' "strings" '''join''' """together""")
s = ('one '
     'two '
     "three")
print(s)
t = """line1
line2
    indented line3"""
print(t)
print(repr(t))
u = '''a 'quoted' "thing" here'''
print(u, repr(u))
print("""ends with quote\"""", len("""\""""))
print('', "", '''''', """""", len(''), repr(''))
print(repr('\n'), repr('\t'), repr('\\'), repr('\r'), repr('\x00'), repr('\x7f'))
print(repr('é'), repr('日本'), repr('\u200b'), repr('\x85'), repr('\xa0'))
print('multi\
line continued')
print("""a\
b""")
