"""A job runs with Python's cyclic collector paused (batch/job.collector_paused), and leaves
it as it found it, even when jobs overlap in threads (Dask runs them so)."""

from __future__ import annotations

import gc
import threading

from reportfmt.batch import job as job_module
from reportfmt.batch.job import Job, collector_paused, run_job
from reportfmt.options import Options

ROWS = "".join(f"<tr><td>甲{i}</td><td>完成</td></tr>" for i in range(300))
PAGE = ("<html><head><title>关于开展检查的通知</title></head><body><h1>关于开展检查的通知</h1>"
        "<p>各单位：请于本月底前完成自查，联系人张三。</p><table><tr><th>项目</th><th>情况</th></tr>"
        f"{ROWS}</table></body></html>").encode()


def test_a_job_pauses_the_collector_and_turns_it_back_on():
    seen = []
    assert gc.isenabled()
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    collections = []

    def count(phase, info):
        if phase == "start":  # which generation, and whether a job was running then
            collections.append((info["generation"], job_module._pauses > 0))

    gc.callbacks.append(count)
    try:
        result = run_job(Job("page.html", "page.html", PAGE, ("md",), Options()))
        gc.collect()
    finally:
        gc.callbacks.remove(count)
    assert result.record["status"] == "ok" and "甲299" in result.outputs["md"].decode("utf-8")
    # Thousands of elements built, not one automatic collection while the job ran; the
    # explicit one after it ran with the collector back on.
    assert not [generation for generation, in_job in collections if in_job]
    assert (2, False) in collections and gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_jobs_in_threads_leave_the_collector_on():
    first_inside, second_inside, first_done = threading.Event(), threading.Event(), threading.Event()
    states = {}

    def first():
        with collector_paused():
            first_inside.set()
            second_inside.wait(10)
        states["after first"] = gc.isenabled()  # the second job still runs: still paused
        first_done.set()

    def second():
        first_inside.wait(10)
        with collector_paused():
            second_inside.set()
            first_done.wait(10)
            states["second, first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert states == {"after first": False, "second, first ended": False}
    assert gc.isenabled()


def test_a_worker_freezes_its_long_lived_objects_once_after_its_first_job(monkeypatch):
    from multiprocessing import Pipe

    from reportfmt.batch import worker_loop

    freezes = []

    def freeze_and_count():
        freezes.append(len(received))  # how many results the worker had sent by then
        gc.collect()
        gc.freeze()

    monkeypatch.setattr(worker_loop, "freeze_long_lived", freeze_and_count)
    parent, child = Pipe()
    received = []
    other = PAGE.replace("关于开展检查的通知".encode(), "关于开展复查的通知".encode())
    for index, data in enumerate((PAGE, other)):
        parent.send((index, Job(f"{index}.html", f"{index}.html", data, ("md",), Options())))
    parent.send(None)
    gc.unfreeze()
    try:
        original_send = child.send

        def send(message):
            received.append(message)
            original_send(message)

        child.send = send
        worker_loop._serve(child)
        frozen = gc.get_freeze_count()
    finally:
        gc.unfreeze()
    results = [parent.recv()[1] for _ in range(2)]
    parent.close()
    child.close()
    assert [r.record["status"] for r in results] == ["ok", "ok"]
    assert "甲299" in results[1].outputs["md"].decode("utf-8")
    # Once, after the first page: its modules and rules are frozen, so full collections skip them.
    assert freezes == [1] and frozen > 1000


def test_a_seeded_worker_stores_its_new_patterns_once_more_as_it_ends(monkeypatch):
    """After its 1st, 2nd, 4th... job and when its parent sends None: a pattern first compiled
    by its 3rd job (here) is stored, not compiled again by the next batch's workers."""
    from multiprocessing import Pipe

    from reportfmt.batch import worker_loop

    saves = []
    monkeypatch.setattr(worker_loop, "_save_patterns", lambda: saves.append(len(sent)))
    monkeypatch.setattr(worker_loop, "run_job_in_worker", lambda job: job)
    monkeypatch.setattr(worker_loop, "freeze_long_lived", lambda: None)
    parent, child = Pipe()
    sent = []
    for index in range(3):
        parent.send((index, f"job {index}"))
        sent.append(index)
    parent.send(None)
    worker_loop._serve(child, save_patterns=True)
    assert [parent.recv() for _ in range(3)] == [(0, "job 0"), (1, "job 1"), (2, "job 2")]
    parent.close()
    child.close()
    assert len(saves) == 3  # after jobs 1 and 2, then at the end (none after job 3 alone)
    # Unseeded (a Dask task, the tests' in-process loop): nothing stored.
    saves.clear()
    parent, child = Pipe()
    parent.send((0, "job 0"))
    parent.send(None)
    worker_loop._serve(child)
    parent.close()
    child.close()
    assert saves == []
