"""The passes, one module each; pipeline.py says in which order they run."""
