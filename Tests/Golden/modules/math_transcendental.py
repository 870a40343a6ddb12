# math log/exp/trig/hyperbolic functions, printed rounded to 10 places to avoid last-bit libm differences.
import math
def r(x):
    return round(x, 10)
print(r(math.log(10)), r(math.log(8, 2)), r(math.log2(1024)), r(math.log10(1e-3)), r(math.log1p(1e-5)), r(math.log(math.e)))
print(r(math.exp(1)), r(math.exp(-2)), r(math.expm1(1e-5)), r(math.pow(2, 0.5)), r(2 ** 0.5))
for deg in [0, 30, 45, 60, 90, 180, 270]:
    rad = math.radians(deg)
    print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg not in (90, 270) else 'inf')
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-0.0, -1)))
print(r(math.degrees(math.pi)), r(math.degrees(1)), r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(math.log(1), math.exp(0), math.sin(0), math.cos(0), math.sqrt(math.inf), math.log(math.inf))
print(math.log(2 ** 1000) / math.log(2), round(math.log(10 ** 100, 10), 9))
print(r(math.dist((0, 0), (3, 4))), r(math.erf(1)), r(math.gamma(5)), r(math.lgamma(10)))
