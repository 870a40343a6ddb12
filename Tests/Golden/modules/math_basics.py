# math module: constants, sqrt/floor/ceil/trunc, gcd/lcm, factorial, isclose, fabs, copysign, hypot, comb/perm.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.sqrt(0.0), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.floor(5))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.floor(1e20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.fabs(-3), math.copysign(3, -0.0), math.hypot(3, 4), math.hypot(1, 1, 1), math.fmod(-7, 3), -7 % 3)
print(math.comb(10, 3), math.perm(5, 2), math.comb(50, 25), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(7, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
