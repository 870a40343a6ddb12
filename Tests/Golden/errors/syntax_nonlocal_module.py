# SyntaxError: nonlocal declaration at module level.
nonlocal x
