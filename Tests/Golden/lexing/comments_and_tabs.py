# Comments in odd places, tab indentation, semicolons, blank lines with whitespace.
# a full line comment
x = 1  # trailing comment
y = 2; z = 3; print(x, y, z)  # semicolons
if x:
	print('tab indented')
	if y:
		print('two tabs')
	print('back to one tab')
def f():
	# comment inside a tab-indented body
	return 'f ok'  # with '#' inside a string
print(f())
s = "# not a comment"
print(s, '#', "a#b")
    
for i in range(2):
	pass  # pass with comment
	print(i)

print('end')  ## double hash
#!not a shebang here
#    indented-looking comment
class K: a = 1; b = 2
print(K.a + K.b)
while False: pass
if True: print('one-line if')
