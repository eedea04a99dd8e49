"""Vectorizable C: the macros and array entry points that let gcc and clang vectorize an export
at the flags users build with, without -fno-trapping-math or -ffast-math.

What stops vectorization, and the answer to each (gcc 12 / clang 14, checked by
tests/test_c_vectorize.py):
  * branches: gcc turns `c ? a : b` into control flow and then will not if-convert a float op
    that may trap under the default -ftrapping-math.  Selects are bit blends instead
    (evolve_select_f / evolve_select_i, in codegen.c_emitter), and boolean ops are & and |.
  * calls: gcc -O2 inlines neither a kernel called from two loops nor a function whose
    optimize attribute (our fp-contract=off guard) differs from the caller's.  The array entries
    and the full-range functions are `flatten` (every call in them inlined; all of them sit under
    the same guard, so the guard still holds).
  * the -O2 cost model (gcc's "very cheap"): it vectorizes a loop only when the vector code
    replaces the scalar code entirely, so the array entry runs blocks of EVOLVE_BLOCK elements,
    an inner loop of known trip count, then the remainder.
  * no FMA in the baseline ISA: x86-64 without -march has no vector fma, so each fmaf is a call.
    Built without AVX2+FMA, the array entry also carries AVX2+FMA and AVX-512 copies of the
    same loop (`target` attributes) and picks one at run time with __builtin_cpu_supports:
    the same float32 results (round-to-nearest ops, fma only where the program says fma), at
    the speed of the machine it runs on.  Define EVOLVE_NO_DISPATCH to build without it, or
    EVOLVE_NO_AVX512 to stop at AVX2 (as an AVX2-only machine runs it).
  * special cases: clamps, overflow, underflow and NaN paths cost as much as the kernel, on
    every lane.  Given a fast path (targets/fastpath.py: the template with those selects folded
    away, valid where the guard holds), a block whose inputs all pass the guard runs it, any
    other block the full function; both give the same bits there (exports check every float32).
    A chunk of EVOLVE_CHUNK elements runs in one pass: the fast function on every block while a
    per-lane accumulator takes the guard, one reduction per chunk (a per-block test costs a
    horizontal reduction each: log AVX2 1.26x -> 1.14x libmvec), and the chunk's blocks holding
    an out-of-range input are redone with the full function.  After such a chunk, blocks test
    their inputs before writing until a chunk is clean again, and a tested chunk with no clean
    block sends the next FULL_CHUNKS chunks to the full function untested: inputs out of range
    almost everywhere (a masked softmax's -inf) pay the per-block test on one chunk in eight
    (_fast_blocks).  In place (in == out), each chunk is first copied to a buffer, so the
    restrict pointers never alias (_in_place_entry).  Where
    the fast range is one range of positive bit patterns (log: [2^-126, max]; erf: |x| >= 2^-126)
    the guard is an unsigned offset of the bits and one max per vector, not two compares.
  * -ffp-contract=off: the exact products of a template (mul_exact) would stay a multiply and
    an add; codegen.exact_contraction writes them as fmaf (same bits, one op).
Users' own loops: each scalar function carries `#pragma omp declare simd notinbranch`, so under
-fopenmp-simd (or -fopenmp) gcc makes vector variants of it that a `#pragma omp simd` loop calls;
built with -ffp-contract=off at -O3, a plain loop inlines and vectorizes by itself.  In C++ the
pragma is emitted only under -fopenmp or with EVOLVE_OMP_SIMD defined (g++ 12 cannot silence
an unknown pragma, and -fopenmp-simd defines no macro).
"""
from __future__ import annotations

BLOCK = 16  # elements per block: whole AVX-512 vectors, two AVX2 vectors
FULL_CHUNKS = 7  # after a chunk with no clean block: chunks run on the full function untested

# The portability macros every header defines once (guarded, so two headers may both carry them).
C_VECTOR_MACROS = f"""#ifndef EVOLVE_VECTOR_MACROS
#define EVOLVE_VECTOR_MACROS
#define EVOLVE_BLOCK {BLOCK}
#define EVOLVE_CHUNK (16 * EVOLVE_BLOCK)
#if defined(__GNUC__) || defined(__clang__)
#define EVOLVE_FLATTEN __attribute__((flatten))
#define EVOLVE_UNUSED __attribute__((unused))
#else
#define EVOLVE_FLATTEN
#define EVOLVE_UNUSED
#endif
#if (defined(__GNUC__) || defined(__clang__)) \\
    && (!defined(__cplusplus) || defined(_OPENMP) || defined(EVOLVE_OMP_SIMD))
#define EVOLVE_DECLARE_SIMD _Pragma("omp declare simd notinbranch")
#else
#define EVOLVE_DECLARE_SIMD
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(EVOLVE_NO_DISPATCH) \\
    && !(defined(__AVX2__) && defined(__FMA__))
#define EVOLVE_X86_DISPATCH 1
#define EVOLVE_TARGET_AVX2 __attribute__((target("avx2,fma"), flatten, noinline, unused))
#define EVOLVE_TARGET_AVX512 __attribute__((target("avx512f,avx512vl,avx512bw,avx512dq,avx2,fma"), flatten, noinline, unused))
static inline EVOLVE_UNUSED int evolve_cpu_avx2(void)
{{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}}
static inline EVOLVE_UNUSED int evolve_cpu_avx512(void)
{{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
        && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq");
}}
#endif
#endif
"""

# Inside the fp-contract guard: `#pragma omp declare simd` is an unknown pragma (a warning under
# -Wall, an error under -Werror) when OpenMP is off, so that warning is off in the guarded part.
C_DIAGNOSTICS_PUSH = ("#if defined(__clang__)\n#pragma clang diagnostic push\n"
                      "#pragma clang diagnostic ignored \"-Wsource-uses-openmp\"\n"
                      "#elif defined(__GNUC__)\n#pragma GCC diagnostic push\n"
                      "#pragma GCC diagnostic ignored \"-Wunknown-pragmas\"\n#endif\n")
C_DIAGNOSTICS_POP = ("#if defined(__clang__)\n#pragma clang diagnostic pop\n"
                     "#elif defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n")

SCALAR_PREFIX = "EVOLVE_DECLARE_SIMD\nstatic inline EVOLVE_FLATTEN"

# Before the guard loop: no unrolling (gcc -O3 would unroll its 16 steps into scalar code before
# vectorizing; clang's unrolled form is no better).
EVOLVE_NO_UNROLL = ("#if defined(__clang__)\n#pragma clang loop unroll(disable)\n"
                    "#elif defined(__GNUC__)\n#pragma GCC unroll 1\n#endif\n")
# Before a loop over the kernel: clang interleaves two vector iterations by default, which runs a
# long kernel out of its 16 AVX2 registers (spills); one at a time is faster there.
EVOLVE_ONE_AT_A_TIME = "#if defined(__clang__)\n#pragma clang loop interleave_count(1)\n#endif\n"
# Before the one-pass loop (fast function and guard): both of the above (clang: without it the
# two vectors of a block run side by side and spill, 1.7x slower; gcc -O3: no scalar unrolling).
EVOLVE_ONE_VECTOR = ("#if defined(__clang__)\n#pragma clang loop interleave_count(1)\n"
                     "#elif defined(__GNUC__)\n#pragma GCC unroll 1\n#endif\n")


class _Guard:
    """A block guard over inputs: `step(acc, x)` folds input x into accumulator acc, `combine(all,
    acc)` folds one accumulator into another, `test(acc)` says whether acc still admits the fast
    path.  With a bound (fast[2]) the guard gives each input's unsigned offset in a range of bit
    patterns and a block passes when the largest offset is within the bound: a subtract and an
    unsigned max per vector where the compares take two compares and two ands."""

    def __init__(self, fast: tuple[str, ...]):
        self.name = fast[1]
        self.bound = fast[2] if len(fast) > 2 else None
        self.kind, self.start = ("uint32_t", "0") if self.bound else ("int", "1")

    def step(self, acc: str, x: str) -> str:
        if self.bound:
            return f"{{ uint32_t d = {self.name}({x}); {acc} = d > {acc} ? d : {acc}; }}"
        return f"{acc} &= {self.name}({x});"

    def combine(self, acc: str, other: str) -> str:
        return f"{acc} = {other} > {acc} ? {other} : {acc};" if self.bound else f"{acc} &= {other};"

    def test(self, acc: str) -> str:
        return f"{acc} <= {self.bound}" if self.bound else acc


def _fast_blocks(scalar: str, fast: tuple[str, ...], indent: str) -> str:
    """The whole blocks of an array entry with a fast path, in chunks of EVOLVE_CHUNK elements
    (`in` and `out` never alias: NAME_array copies in place chunks to a buffer).  A chunk runs in
    one pass: the fast function on every block while a per-lane accumulator takes the guard (no
    horizontal reduction per block), one reduction per chunk, and where some input failed, the
    chunk's blocks holding one are redone with the full function (still in L1).  After such a
    chunk the next one tests each block first, then runs the fast or the full function; a chunk
    found clean that way returns to one pass.  A tested chunk with no clean block sends the next
    FULL_CHUNKS chunks straight to the full function, untested, through the same block loop (a
    third copy of the full function in its own loop made gcc spill the one-pass loop's constants
    differently: log AVX2 6 % slower); the chunk after them is tested again.  So clean arrays pay
    one reduction per chunk (log AVX2, gcc -O2: 1.26x -> 1.14x libmvec against the per-block
    test), and arrays out of range almost everywhere (expm1 on [-20, 88], 2/3 of it above the
    fast range's 16; a masked softmax's -inf) pay the per-block test on one chunk in eight
    (expm1 AVX2, gcc -O2: 1.02 -> 0.92 ns; 0.80 without a fast path)."""
    fn, g = fast[0], _Guard(fast)
    i = indent
    def per_block_test(pad: str, declare: bool = True) -> str:  # a block's own test of its inputs, into `block`
        return ((f"{pad}{g.kind} block = {g.start};\n" if declare else "")
                + f"{EVOLVE_NO_UNROLL}"
                f"{pad}for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
                f"{pad}    {g.step('block', 'in[b + j]')}\n")

    return (f"{i}int one_pass = mode[0], full = mode[1];\n"
            f"{i}while (i + EVOLVE_BLOCK <= n)\n{i}{{\n"
            f"{i}    size_t end = n - i >= EVOLVE_CHUNK ? i + EVOLVE_CHUNK : n - (n - i) % EVOLVE_BLOCK;\n"
            f"{i}    if (one_pass)\n{i}    {{\n"
            f"{i}        {g.kind} acc[EVOLVE_BLOCK], all = {g.start};\n"
            f"{i}        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}            acc[j] = {g.start};\n"
            f"{i}        for (size_t b = i; b < end; b += EVOLVE_BLOCK)\n"
            f"{EVOLVE_ONE_VECTOR}"
            f"{i}            for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}            {{\n"
            f"{i}                {g.step('acc[j]', 'in[b + j]')}\n"
            f"{i}                out[b + j] = {fn}(in[b + j]);\n"
            f"{i}            }}\n"
            f"{i}        for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}            {g.combine('all', 'acc[j]')}\n"
            f"{i}        if (!({g.test('all')}))\n"
            f"{i}        {{\n"
            f"{i}            one_pass = 0;\n"
            f"{i}            for (size_t b = i; b < end; b += EVOLVE_BLOCK)\n"
            f"{i}            {{\n"
            + per_block_test(f"{i}                ") +
            f"{i}                if (!({g.test('block')}))\n"
            f"{i}                    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}                        out[b + j] = {scalar}(in[b + j]);\n"
            f"{i}            }}\n"
            f"{i}        }}\n"
            f"{i}    }}\n"
            f"{i}    else\n{i}    {{\n"
            f"{i}        int clean = 1, some_fast = 0;\n"
            f"{i}        for (size_t b = i; b < end; b += EVOLVE_BLOCK)\n"
            f"{i}        {{\n"
            f"{i}            {g.kind} block = {g.start};\n"
            f"{i}            if (!full)\n"
            f"{i}            {{\n"
            + per_block_test(f"{i}                ", declare=False) +
            f"{i}            }}\n"
            f"{i}            if (!full && {g.test('block')})\n"
            f"{i}            {{\n"
            f"{i}                some_fast = 1;\n"
            f"{EVOLVE_ONE_AT_A_TIME}"
            f"{i}                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}                    out[b + j] = {fn}(in[b + j]);\n"
            f"{i}            }}\n"
            f"{i}            else\n"
            f"{i}            {{\n"
            f"{i}                clean = 0;\n"
            f"{i}                for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
            f"{i}                    out[b + j] = {scalar}(in[b + j]);\n"
            f"{i}            }}\n"
            f"{i}        }}\n"
            f"{i}        if (full)\n"
            f"{i}            --full;\n"
            f"{i}        else\n"
            f"{i}        {{\n"
            f"{i}            one_pass = clean;\n"
            f"{i}            full = some_fast ? 0 : {FULL_CHUNKS};\n"
            f"{i}        }}\n"
            f"{i}    }}\n"
            f"{i}    i = end;\n"
            f"{i}}}\n"
            f"{i}mode[0] = one_pass;\n"
            f"{i}mode[1] = full;\n")


def _blocked_loop(scalar: str, fast: tuple[str, ...] | None = None, indent: str = "    ") -> str:
    """Whole blocks of EVOLVE_BLOCK elements (an inner loop gcc -O2 vectorizes), then the rest.
    With `fast` = (fast function, guard[, bound]): blocks whose inputs all pass the guard may get
    the fast function's results (_fast_blocks decides), any other block the full one's (both give
    the same bits in the guard's range)."""
    if fast is None:
        blocks = (f"{indent}(void)mode;\n"
                  f"{indent}for (; i + EVOLVE_BLOCK <= n; i += EVOLVE_BLOCK)\n"
                  f"{indent}    for (size_t j = 0; j < EVOLVE_BLOCK; ++j)\n"
                  f"{indent}        out[i + j] = {scalar}(in[i + j]);\n")
    else:
        blocks = _fast_blocks(scalar, fast, indent)
    return (f"{indent}size_t i = 0;\n" + blocks +
            f"{indent}for (; i < n; ++i)\n"
            f"{indent}    out[i] = {scalar}(in[i]);\n")


def emit_guard(name: str, intervals: list[tuple[str, str]], on_abs: bool = False) -> str:
    """`int NAME(float x)`: 1 where x (|x| if `on_abs`) lies in one of the `intervals` (C literals
    lo, hi; bounds included), 0 elsewhere and for NaN; without branches.  An infinite bound
    needs no test of its own (the other test is false for NaN already)."""
    v = "fabsf(x)" if on_abs else "x"

    def test(lo: str, hi: str) -> str:
        parts = [f"({v} >= {lo})" if lo != "-INFINITY" else "", f"({v} <= {hi})" if hi != "INFINITY" else ""]
        parts = [p for p in parts if p] or [f"({v} == {v})"]
        return parts[0] if len(parts) == 1 else f"({' & '.join(parts)})"

    tests = " | ".join(test(lo, hi) for lo, hi in intervals)
    return f"static inline EVOLVE_FLATTEN EVOLVE_UNUSED int {name}(float x)\n{{\n    return {tests};\n}}\n"


def emit_offset_guard(name: str, lo_bits: int, on_abs: bool = False) -> str:
    """`uint32_t NAME(float x)`: bits(x) (of |x| if `on_abs`) minus `lo_bits`, as unsigned: x lies
    in the interval [lo, hi] (lo > 0) exactly where it is <= bits(hi) - lo_bits (NaN is above)."""
    bits = "(evolve_f32_bits(x) & 0x7fffffff)" if on_abs else "evolve_f32_bits(x)"
    return (f"static inline EVOLVE_FLATTEN uint32_t {name}(float x)\n{{\n"
            f"    return (uint32_t){bits} - 0x{lo_bits:08x}u;\n}}\n")


def emit_array_entry(name: str, scalar: str, linkage: str, restrict: str,
                     fast: tuple[str, ...] | None = None) -> str:
    """`void NAME_array(in, out, n)`: `scalar` over an array, blocked for the vectorizer, with
    run-time AVX2 / AVX-512 copies where the build has no AVX2+FMA (EVOLVE_X86_DISPATCH), and a
    fast path per block where `fast` = (fast function, guard[, bound]) is given (see _blocked_loop)."""
    prefix = f"{linkage} " if linkage else ""
    params = f"(const float *{restrict} in, float *{restrict} out, size_t n, int *mode)"
    loop = _blocked_loop(scalar, fast)
    # `unused` in EVOLVE_TARGET_*: no warning where the includer never calls NAME_array
    variants = "".join(f"{guard}static EVOLVE_TARGET_{isa.upper()} void {name}_array_{isa}{params}\n"
                       f"{{\n{loop}}}\n{end}"
                       for isa, guard, end in (("avx2", "", ""),
                                               ("avx512", "#ifndef EVOLVE_NO_AVX512\n", "#endif\n")))
    return ("#ifdef EVOLVE_X86_DISPATCH\n" + variants + "#endif\n"
            f"static EVOLVE_FLATTEN EVOLVE_UNUSED void {name}_array_run{params}\n{{\n"
            "#ifdef EVOLVE_X86_DISPATCH\n"
            "#ifndef EVOLVE_NO_AVX512\n"
            f"    if (evolve_cpu_avx512()) {{ {name}_array_avx512(in, out, n, mode); return; }}\n"
            "#endif\n"
            f"    if (evolve_cpu_avx2()) {{ {name}_array_avx2(in, out, n, mode); return; }}\n"
            "#endif\n"
            + loop + "}\n"
            + _in_place_entry(name, prefix))


def _in_place_entry(name: str, prefix: str) -> str:
    """The public `NAME_array(in, out, n)`: out of place it runs NAME_array_run, whose pointers are
    restrict; in place (in == out) it copies each chunk to a buffer first, so no loop ever reads
    through one restrict pointer what it writes through the other (undefined behaviour), and the
    chunk still runs in one pass.  `mode` (one pass?, full chunks left) carries _fast_blocks'
    state from chunk to chunk as within one call.  Partly overlapping arrays are not supported."""
    return (f"{prefix}void {name}_array(const float *in, float *out, size_t n)\n{{\n"
            "    int mode[2] = {1, 0};\n"
            "    if (in == out)\n    {\n"
            "        float buf[EVOLVE_CHUNK];\n"
            "        for (size_t i = 0; i < n; i += EVOLVE_CHUNK)\n        {\n"
            "            size_t m = n - i < EVOLVE_CHUNK ? n - i : EVOLVE_CHUNK;\n"
            "            for (size_t j = 0; j < m; ++j)\n"
            "                buf[j] = in[i + j];\n"
            f"            {name}_array_run(buf, out + i, m, mode);\n"
            "        }\n"
            "        return;\n    }\n"
            f"    {name}_array_run(in, out, n, mode);\n}}\n")
