"""The ``mlgrade.result/1`` JSON document (a public contract, see DESIGN.md)."""

import json


def render_json(report, **_):
    return json.dumps(report.to_json(), indent=2)
