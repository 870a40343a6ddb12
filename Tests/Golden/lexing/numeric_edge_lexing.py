# Numeric tokens next to attributes and operators: 1 .real, 1.0.real, 1e1, 0x1e, 1if-style spacing.
print(1 .real, (1).imag, 1.0.real, 1.5.is_integer(), 2.0.is_integer())
print(0x1e, 0x1e + 1, 0xe1, 1e1, 0b1 + 0o1)
print(1 + 1, 1+1, 1 +1, 1+ 1, 1 - -1, 1--1, 1- -1)
print(10 .bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((3).__add__(4), 3 .__mul__(5), 2.5.__neg__())
print([1,2,3][1], (1,)[0], {1:2}[1], 'ab'[1])
print(0.5.as_integer_ratio(), 0.1.as_integer_ratio(), (-3).bit_length())
