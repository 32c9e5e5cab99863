"""What the rules' one line form costs a page: line_form.rule_forms on every line of the
template-site dev pages (never a HELD_OUT split), against the form it replaced (script fold and
a bullet dropped), and every rule tried on every line as the boilerplate pass tries them (a
dressed line twice), in milliseconds a page. CPU time of this process: the machine is shared.
Run it with another checkout's src first on PYTHONPATH to compare the rule matching.

Usage: python tests/eval/line_form_cost.py RAW_DIR [--rounds N]
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sites import HELD_OUT
from sites_devset import LABELS

try:  # the matcher without its kept answers (rule_match keeps them since issue 17)
    from reportfmt.passes.boilerplate.rule_index import index_of
    from reportfmt.passes.boilerplate.rule_match import _answer

    def _first_matching_rule(rules, line, where):
        return _answer(index_of(rules), line, where)
except ImportError:  # a checkout from before: _first_matching_rule kept none
    from reportfmt.passes.boilerplate.rule_match import _first_matching_rule

try:
    from reportfmt.passes.boilerplate.line_form import rule_forms
except ImportError:  # a checkout from before rule_forms: one form a line
    from reportfmt.passes.boilerplate.line_form import rule_form

    def rule_forms(text: str) -> tuple[str, ...]:
        return (rule_form(text),)
from reportfmt.passes.boilerplate.ruleset import load_rules
from reportfmt.passes.script import fold_script

# The form before line_form took the decoration: the script folded, a list bullet dropped.
_OLD_BULLET = re.compile(r"^[•·●○◦▪▫■□◆◇▶►‣∙]\s*(?=\S)")


def old_form(text: str) -> str:
    return _OLD_BULLET.sub("", fold_script(text), count=1)


def cost(pages: list[list[str]], form, rounds: int) -> float:
    """Best of `rounds` CPU seconds for one pass over every line."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for lines in pages:
            for line in lines:
                form(line)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_dir():
        print("usage: line_form_cost.py RAW_DIR [--rounds N]", file=sys.stderr)
        return 2
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv[1:-1] else 5
    labelled = json.loads(LABELS.read_text(encoding="utf-8"))["pages"]
    pages = []
    for page in labelled:
        path = Path(argv[0]) / f"{page['id']}.txt"
        if page["split"] in HELD_OUT or not path.exists():
            continue
        pages.append([" ".join(line.split()) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()])
    lines = sum(len(p) for p in pages)
    dressed = sum(len(rule_forms(line)) > 1 for p in pages for line in p)
    old, new = cost(pages, old_form, rounds), cost(pages, rule_forms, rounds)
    rules, everywhere = load_rules(), {"head", "tail", "anywhere"}
    matching = cost(pages, lambda line: _first_matching_rule(rules, line, everywhere), rounds)
    print(f"line_form_cost: {len(pages)} pages, {lines} lines ({dressed} dressed: tried twice by the rules)")
    print(f"  old form (script, bullet)  {1000 * old / len(pages):.3f} ms a page")
    print(f"  rule_forms                 {1000 * new / len(pages):.3f} ms a page")
    print(f"  every rule on every line   {1000 * matching / len(pages):.3f} ms a page")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
