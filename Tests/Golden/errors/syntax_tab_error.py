# TabError: inconsistent use of tabs and spaces in indentation.
if True:
        a = 1
	b = 2
