# SyntaxError: leading zeros in a decimal integer literal.
mode = 0755
