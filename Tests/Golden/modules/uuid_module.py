# uuid: format checks only (random values are never printed): length, dashes, version digit, hex, uniqueness.
import uuid
u = uuid.uuid4()
s = str(u)
print(len(s), [i for i, ch in enumerate(s) if ch == '-'], s[14], s[19] in '89ab')
print(all(ch in '0123456789abcdef-' for ch in s), u.version, len(u.hex), type(u).__name__)
print(len({str(uuid.uuid4()) for _ in range(50)}), uuid.uuid4() != uuid.uuid4())
fixed = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(fixed, fixed.hex, repr(fixed), fixed.int, fixed == uuid.UUID(hex='12345678123456781234567812345678'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x.org'))
print(str(uuid.UUID(int=0)), uuid.UUID(bytes=bytes(range(16))))
