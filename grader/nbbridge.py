"""What the cells of an exported notebook call: public examples, and the hidden grading.

``grade_exercise`` runs inside the notebook's kernel when nbgrader autogrades. It
collects the learner's code from the kernel's cell history (definitions only),
hands it to a judge process of its own (started once per notebook, reused for
every exercise), prints the feedback and returns the points, which nbgrader
takes as the cell's (partial) score. The learner's code is executed for grading
in the judge's sandbox workers, never in the kernel's judge.
"""

import atexit
import doctest
import io
import json
import subprocess
import sys

from mlgrade.notebooks import cells_source, is_learner_cell

_judge = None


def check_examples(function):
    """Run the examples of ``function``'s docstring; raise AssertionError listing any that fail."""
    finder = doctest.DocTestFinder(recurse=False)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report = io.StringIO()
    examples = 0
    for test in finder.find(function, function.__name__, globs=dict(function.__globals__)):
        examples += len(test.examples)
        runner.run(test, out=report.write)
    failed = runner.summarize(verbose=False).failed if examples else 0
    if failed:
        raise AssertionError(f"{failed} of {examples} examples of {function.__name__} failed:\n{report.getvalue()}")
    print(f"{function.__name__}: {examples} example(s) passed. The hidden tests check much more."
          if examples else f"{function.__name__} has no examples to check; the hidden tests will grade it.")


def _start_judge():
    global _judge
    if _judge is None or _judge.poll() is not None:
        _judge = subprocess.Popen([sys.executable, "-m", "mlgrade.nbjudge"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        atexit.register(_judge.kill)
    return _judge


def learner_code(history):
    """Module source from the cells run so far (the kernel's ``In``), definitions only."""
    return cells_source([cell for cell in history if cell and is_learner_cell(cell)])


def feedback(result):
    """The lines a learner reads under the autograder cell."""
    lines = [f"{result['function']}: {result['status'].replace('_', ' ')} — {result['score']:g}/"
             f"{result['max_score']:g} points (seed {result['seed']})"]
    if result.get("speed"):
        lines.append(f"speed: {result['speed']['ratio']:g}× the reference (limit {result['speed']['max_ratio']:g}×)")
    if result.get("problem"):
        lines.append(result["problem"])
    return "\n".join(lines)


def grade_exercise(level, module, function, *, timeout_s=5.0, history=None):
    """Grade one exercise from the code run so far in this kernel; return its points."""
    if history is None:
        history = get_ipython().user_ns["In"]  # noqa: F821 - provided by IPython in a kernel
    request = {"level": level, "module": module, "function": function, "timeout_s": timeout_s,
               "source": learner_code(history)}
    judge = _start_judge()
    judge.stdin.write(json.dumps(request) + "\n")
    judge.stdin.flush()
    line = judge.stdout.readline()
    if not line:
        print(f"{function}: the grader stopped unexpectedly; 0 points. Please tell the course staff.")
        return 0.0
    result = json.loads(line)
    print(feedback(result))
    return float(result["score"])
