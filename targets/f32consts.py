"""Float32 constants and bit patterns the templates are built from (targets/schemes.py and the
piece expressions of targets/expressions.py both use them)."""
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
