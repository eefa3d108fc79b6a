"""JUnit XML for CI systems: one ``testsuite`` per exercise, one ``testcase`` per check.

Failed checks are ``<failure>``, checks that could not run because learner code
crashed or hung are ``<error>``, skipped checks ``<skipped>``; the run seed and the
exercise score are recorded as properties.
"""

import xml.etree.ElementTree as ET


def junit_tree(report):
    root = ET.Element("testsuites", name=f"mlgrade {report.level}", time=f"{report.duration_s:.3f}")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for exercise in report.exercises:
        suite = ET.SubElement(root, "testsuite", name=exercise.id)
        properties = ET.SubElement(suite, "properties")
        for name, value in (("seed", report.seed), ("status", exercise.status), ("score", exercise.score),
                            ("max_score", exercise.max_score)):
            ET.SubElement(properties, "property", name=name, value=str(value))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        cases = [(test.name, test.status, test.message) for test in exercise.tests if test.counts]
        if exercise.static_ban:
            cases.insert(0, ("uses no banned API", "failed", exercise.static_ban))
        for name, status, message in cases:
            case = ET.SubElement(suite, "testcase", classname=exercise.id, name=name)
            counts["tests"] += 1
            if status == "failed":
                ET.SubElement(case, "failure", message=message.splitlines()[0] if message else "failed").text = message
                counts["failures"] += 1
            elif status == "error":
                ET.SubElement(case, "error", message=message.splitlines()[0] if message else "error").text = message
                counts["errors"] += 1
            elif status == "skipped":
                ET.SubElement(case, "skipped", message=message)
                counts["skipped"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    return ET.ElementTree(root)


def render_junit(report, **_):
    tree = junit_tree(report)
    ET.indent(tree)
    return ET.tostring(tree.getroot(), encoding="unicode", xml_declaration=True)
