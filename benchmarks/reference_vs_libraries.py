"""Time the reference implementations against scikit-learn / SciPy / networkx on the same inputs.

Run ``python benchmarks/reference_vs_libraries.py`` (``--quick`` for the smaller sizes only,
``-k WORD`` to keep rows whose task contains WORD, ``--markdown FILE`` to write the table).
Both sides run with one BLAS/OpenMP thread (``--threads`` to change), as the grader's workers
do. Each row times both contenders in interleaved rounds (see :mod:`timing`) and reports
medians, their ratio (reference / library: below 1 means the reference is faster) and how
closely the two results agree.
"""

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).parent))

from cases import all_cases  # noqa: E402
from timing import gemm_gflops, interleaved_medians, machine_description  # noqa: E402

TARGET = 1.0
COMPILED_TARGET = 1.5


def run_case(case, rng_seed=0):
    data = case.setup(np.random.default_rng(rng_seed))
    ref_out = case.reference(data)
    lib_out = case.library(data)
    agreement = case.agreement(ref_out, lib_out, data)
    medians = interleaved_medians({"reference": lambda: case.reference(data), "library": lambda: case.library(data)},
                                  budget_s=case.budget_s)
    return medians["reference"], medians["library"], agreement


def verdict(case, ratio):
    if ratio <= TARGET:
        return "ok"
    if case.compiled and ratio <= COMPILED_TARGET:
        return "ok (compiled library)"
    return "ABOVE TARGET"


def table(rows):
    head = "| task | size | reference ms | library | library ms | ratio | agreement | verdict | note |"
    lines = [head, "|" + "---|" * 9]
    for case, ref_s, lib_s, agreement in rows:
        ratio = ref_s / lib_s
        lines.append(f"| {case.task} | {case.size} | {ref_s * 1e3:.3g} | {case.library_name} | {lib_s * 1e3:.3g} "
                     f"| {ratio:.2f} | {agreement} | {verdict(case, ratio)} | {case.note} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the smaller size of each task")
    parser.add_argument("-k", dest="keyword", default="", help="only rows whose task contains this word")
    parser.add_argument("--markdown", type=Path, help="also write the table (with the machine line) to this file")
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS/OpenMP threads for both sides (default 1, as in the grader's workers)")
    args = parser.parse_args(argv)
    with threadpool_limits(args.threads):
        return run(args)


def run(args):
    warnings.simplefilter("ignore")  # library convergence chatter; accuracy is reported in the table

    cases = [c for c in all_cases() if args.keyword.lower() in c.task.lower() and (c.quick or not args.quick)]
    machine = machine_description()
    gemm = gemm_gflops()
    print(f"machine: {machine}\n{args.threads} thread(s); measured GEMM rate: {gemm:.1f} GFLOP/s "
          "(2000 x 2000 float64)\n", flush=True)
    rows = []
    for case in cases:
        ref_s, lib_s, agreement = run_case(case)
        rows.append((case, ref_s, lib_s, agreement))
        gemm_note = ""
        if case.flops:
            gemm_note = f", reference at {case.flops / ref_s / 1e9:.1f} GFLOP/s"
        print(f"{case.task} [{case.size}]: reference {ref_s * 1e3:.3g} ms, {case.library_name} {lib_s * 1e3:.3g} ms, "
              f"ratio {ref_s / lib_s:.2f}, {agreement}{gemm_note}", flush=True)
    text = table(rows)
    print("\n" + text)
    above = [c.task + " " + c.size for c, r, l, _ in rows if verdict(c, r / l) == "ABOVE TARGET"]
    print(f"\n{len(rows) - len(above)}/{len(rows)} rows on target" + (f"; above: {', '.join(above)}" if above else ""))
    if args.markdown:
        args.markdown.write_text(f"Machine: {machine}; {args.threads} thread(s); measured GEMM rate "
                                 f"{gemm:.1f} GFLOP/s.\n\n{text}\n")
    return 1 if above else 0


if __name__ == "__main__":
    sys.exit(main())
