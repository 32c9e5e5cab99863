"""Main-content extraction, by job: votes (scoring text), candidates (which subtree is the
article), pruning (cuts inside it), threads (forum posts and comment lists), fallback (a
second extractor when too little was found) and audit (what was dropped, and why).
read/extract.py runs them in order."""
