"""The `evolve` command line: run (and resume) searches, show fronts, export and verify kernels."""
from __future__ import annotations

import argparse
import os
import sys

# One BLAS thread per process: the fits solve small dense problems, where OpenBLAS's
# threads only contend with the other workers (measured: a 12-constant fit took 4.5 s
# with default threading on 2 busy cores, 1.0 s single-threaded).  Set before numpy loads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def _cmd_run(args) -> int:
    from evolve.app.search import resume_run, start_run

    if args.resume:
        if args.config:
            raise ValueError("give either CONFIG or --resume RUN_DIR, not both")
        status = resume_run(args.resume, args.set)
    else:
        status = start_run(args.config, args.set, args.run_dir)
    print(f"run folder: {status['run_dir']}")
    print(f"{status['evaluations']} evaluations in {status['elapsed']:.1f}s ({status['evals_per_second']:.2f}/s)")
    for cost, err in status["front"]:
        print(f"  cost {cost:g}: max ULP {err:.4g}")
    return 0


def _cmd_show(args) -> int:
    from evolve.run_folder import load_front

    from evolve.serialize import to_text

    front = load_front(args.run_dir)
    print(f"target {front['target']} on {front['domain']} (programs with constant subexpressions folded)")
    for e in front["entries"]:
        ops = e.get("ops")  # op count (fma = 1); shown where the cost model weighs ops otherwise
        ops = f" ({ops:g} ops)" if ops is not None and ops != e["cost"] else ""
        print(f"\n# cost {e['cost']:g}{ops}, max ULP {e['error']:.4g} (validation), birth {e['birth']}")
        print(to_text(e["program"].folded()))
    return 0


def _cmd_export(args) -> int:
    from pathlib import Path

    from evolve.app.export import export_run, reexport

    if not Path(args.source).exists():
        raise FileNotFoundError(f"{args.source} not found: give a run folder or an earlier export")
    if Path(args.source).is_file():
        given = [f"--{k.replace('_', '-')}" for k in ("target_cost", "max_ulp", "tail_run", "tail_target_cost",
                                                      "tail_max_ulp") if getattr(args, k) is not None]
        if given:
            raise ValueError(f"{args.source} is an export, whose kernels are fixed: drop {', '.join(given)}")
        report = reexport(args.source, lang=args.lang, out=args.out, verify=not args.no_verify,
                          subnormals=args.subnormals, definitions_from=args.definitions)
    else:
        if args.definitions is not None:
            raise ValueError("--definitions re-describes an earlier export; a run's export takes its "
                             "descriptions from the run's own config")
        if args.target_cost is None and args.max_ulp is None:
            # export_run would take the most accurate program; the command asks for an explicit choice
            raise ValueError("give exactly one of --target-cost or --max-ulp")
        report = export_run(args.source, lang=args.lang, out=args.out, target_cost=args.target_cost,
                            max_ulp=args.max_ulp, verify=not args.no_verify, tail_run=args.tail_run,
                            tail_target_cost=args.tail_target_cost, tail_max_ulp=args.tail_max_ulp,
                            subnormals=args.subnormals)
    print(report)
    return 0


def _cmd_verify(args) -> int:
    from evolve.app.export import verify_export

    report = verify_export(args.path)
    print(report)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `evolve` command."""
    p = argparse.ArgumentParser(prog="evolve", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="run a search from a YAML config (default: the embedded exp config)")
    r.add_argument("config", nargs="?", help="YAML config file; omitted = the embedded default")
    r.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value, e.g. --set budget.max_seconds=60 (repeatable)")
    r.add_argument("--resume", metavar="RUN_DIR", help="continue an interrupted run from its checkpoint")
    r.add_argument("--run-dir", help="write the run here instead of a new folder under output.runs_dir")
    r.set_defaults(func=_cmd_run)

    s = sub.add_parser("show", help="print a run's Pareto front")
    s.add_argument("run_dir")
    s.set_defaults(func=_cmd_show)

    e = sub.add_parser("export", help="export a front program as verified C or JAX code")
    e.add_argument("source", metavar="RUN_DIR_OR_EXPORT",
                   help="a run folder (pick a front program with --target-cost or --max-ulp), or an earlier "
                        "export (.h/.py, or its .json) to write again in another language or subnormals mode")
    pick = e.add_mutually_exclusive_group()
    pick.add_argument("--target-cost", type=float, help="the front program of at most this cost")
    pick.add_argument("--max-ulp", type=float, help="the cheapest front program with at most this error")
    e.add_argument("--lang", choices=["c", "jax"], required=True)
    e.add_argument("--out", required=True, help="output file (.h for C, .py for JAX)")
    e.add_argument("--no-verify", action="store_true", help="skip the exhaustive verification")
    e.add_argument("--subnormals", choices=["exact", "flush"], default="exact",
                   help="JAX: 'exact' (default) gives every subnormal input and result exactly; 'flush' "
                        "follows XLA's CPU flush-to-zero like jnp (faster; verified under those semantics)")
    e.add_argument("--definitions", metavar="CONFIG",
                   help="re-export only: take the target descriptions (target.define) from this YAML config "
                        "instead of the export's metadata, e.g. after editing its reduction")
    e.add_argument("--tail-run", metavar="RUN_DIR",
                   help="erf: a run of target erf_tail giving the tail kernel on [1, C] (required for erf)")
    tail_pick = e.add_mutually_exclusive_group()
    tail_pick.add_argument("--tail-target-cost", type=float,
                           help="the tail program of at most this cost (default: the most accurate)")
    tail_pick.add_argument("--tail-max-ulp", type=float, help="the cheapest tail program with at most this error")
    e.set_defaults(func=_cmd_export)

    v = sub.add_parser("verify", help="exhaustively verify an exported kernel over all float32 inputs")
    v.add_argument("path", help="an exported .h or .py file (its .json metadata beside it is updated)")
    v.set_defaults(func=_cmd_verify)
    return p


def main(argv=None) -> int:
    """Entry point of the `evolve` console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        if args.command == "run":  # a started search has printed its resume command
            print("interrupted", file=sys.stderr)
        else:
            print(f"\ninterrupted; evolve {args.command} wrote nothing unfinished (files are replaced only "
                  f"when complete)", file=sys.stderr)
        return 130
    except (ValueError, OSError) as e:  # bad input, or a path that cannot be read or written
        print(f"evolve: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
