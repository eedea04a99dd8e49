"""Float32 constants and bit patterns the templates are built from (targets/schemes.py and the
piece expressions of targets/expressions.py both use them), and the bit-pattern ranges of a
float32 interval (the exhaustive sweeps and the fast-path checks walk them)."""
import numpy as np

INV_LN2 = float.fromhex("0x1.715476p+0")     # float32(1/ln2)
LN2_HI = float.fromhex("0x1.62e4p-1")        # 15 significant bits: k*LN2_HI exact for |k| <= 150
LN2_LO = float.fromhex("0x1.7f7dp-20")       # 17 bits: k*LN2_LO exact; |ln2 - HI - LO| < 2^-39.1
ROUND_MAGIC = float.fromhex("0x1.8p23")      # bits(M + n) - bits(M) == n for integral |n| <= 2^22
ROUND_MAGIC_BITS = 0x4B400000
TWO_23_BITS = 0x4B000000                     # bits(2^23): v + 2^23 rounds v in [0, 2^23] to an integer
SQRT_HALF_BITS = 0x3F3504F3                  # bits of 0x1.6a09e6p-1 ~ sqrt(1/2)
ONE_BITS = 0x3F800000
INF_BITS = 0x7F800000
MIN_NORMAL_BITS = 0x00800000
SIGN_BIT = -2**31


def domain_bit_ranges(lo: float, hi: float) -> list[tuple[int, int]]:
    """Bit-pattern ranges [start, stop) holding every float32 v with lo <= v <= hi (both zeros)."""
    def bits(v):
        return int(np.array(v, dtype=np.float32).view(np.uint32))

    if not lo <= hi:
        raise ValueError(f"empty domain [{lo}, {hi}]")
    ranges = []
    if lo <= 0.0:  # negative part, down to -0 (patterns 0x80000000.. grow with magnitude)
        ranges.append((0x80000000, bits(lo) + 1) if lo < 0 else (0x80000000, 0x80000001))
    if hi >= 0.0:
        ranges.append((bits(max(lo, 0.0)) if lo > 0 else 0, bits(hi) + 1))
    if hi < 0.0:
        ranges = [(bits(hi), bits(lo) + 1)]
    return ranges
