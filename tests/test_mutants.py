"""Every mutant is rejected with the expected status and hint; every right variant passes."""

import pytest

from mutation import all_cases, expected_table, grade_mutant, mutant_names, MUTANTS_DIR, mutant_files


@pytest.mark.parametrize(("level", "module", "mutant"), all_cases(), ids=lambda value: value)
def test_mutant(level, module, mutant, tmp_path):
    status, text = expected_table(MUTANTS_DIR / level / f"{module}.py")[mutant]
    exercise = grade_mutant(level, module, mutant, tmp_path)
    feedback = "\n".join([exercise.static_ban] + [test.message for test in exercise.tests])
    assert exercise.status == status, f"{mutant}: got {exercise.status}, wanted {status}\n{feedback}"
    if status == "passed":
        assert exercise.score == exercise.max_score > 0
    else:
        assert exercise.score < exercise.max_score
    if text:
        assert text in feedback, f"{mutant}: feedback lacks {text!r}:\n{feedback}"


@pytest.mark.parametrize("path", mutant_files(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_expected_table_matches_mutants(path):
    """Each mutants file lists every mutant once, and each exercise has >= 3 rejected, >= 1 accepted."""
    table = expected_table(path)
    names = mutant_names(path)
    assert sorted(table) == sorted(names)
    for function in {name.split("__")[0] for name in names}:
        rejected = [n for n in names if n.startswith(function + "__") and table[n][0] != "passed"]
        accepted = [n for n in names if n.startswith(function + "__") and table[n][0] == "passed"]
        assert len(rejected) >= 3 and accepted, function
