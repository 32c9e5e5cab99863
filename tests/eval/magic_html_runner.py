"""Run magic-html 0.1.8 on pages (its own Python >= 3.12 venv; see sidecars.py).

    python magic_html_runner.py JOBS.json  ->  {name: text} on stdout

JOBS.json is a list of {"name", "html", "kind"}; kind "forum" selects magic-html's forum
extractor, as the benchmark it comes with does. A page it fails on yields "".
"""

import json
import sys

import lxml.html
from magic_html import GeneralExtractor


def main() -> None:
    extractor = GeneralExtractor()
    texts = {}
    with open(sys.argv[1], encoding="utf-8") as handle:
        jobs = json.load(handle)
    for job in jobs:
        try:
            found = extractor.extract(job["html"], base_url="", html_type="forum" if job["kind"] == "forum" else None)
            html = found.get("html") or ""
            texts[job["name"]] = lxml.html.fromstring(html).text_content() if html.strip() else ""
        except Exception:  # a page magic-html cannot handle scores as empty
            texts[job["name"]] = ""
    json.dump(texts, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
