# Identifiers: unicode names, underscores, soft keywords as names, builtins shadowing.
café = 'coffee'
π = 3.14159
_private = 1
__dunder_like = 2
x1_y2 = 3
ñandú = 'bird'
print(café, π, _private, __dunder_like, x1_y2, ñandú)
match = 'match is a soft keyword'
case = 'so is case'
_ = 'underscore'
type_ = 'type_'
print(match, case, _, type_)
def λ(x):
    return x * 2
print(λ(21), λ.__name__)
class Ünïcode:
    pass
print(Ünïcode.__name__)
list_ = list
print(list_('ab'))
Δ = [1, 2]
Δ.append(3)
print(Δ, len(Δ))
