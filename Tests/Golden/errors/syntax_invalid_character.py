# SyntaxError: invalid character in an identifier position.
price = 10 € 2
