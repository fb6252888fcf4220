"""`db.batching.Batches`: items written together, each caller answered by its own item; a failed
batch retried item by item unless the failure is final; a caller arriving as a task ends is served."""

from __future__ import annotations

import asyncio

import pytest

from sparkbot.server.db.batching import Batches


class Busy(Exception):
    pass


async def test_items_waiting_together_are_written_in_one_batch_and_answered_each() -> None:
    batches: list[list[int]] = []

    async def write(items: list[int]) -> list[int]:
        batches.append(items)
        await asyncio.sleep(0)
        return [item * 10 for item in items]

    writer: Batches[int, int] = Batches(write, name="test")
    assert await asyncio.gather(*(writer.add(i) for i in range(5))) == [0, 10, 20, 30, 40]
    assert batches == [[0, 1, 2, 3, 4]]
    later = [asyncio.ensure_future(writer.add(i)) for i in (5, 6)]
    third = writer.add(7)
    assert await asyncio.gather(*later, third) == [50, 60, 70]
    assert batches[1:] == [[5, 6, 7]]


async def test_one_bad_item_does_not_fail_the_others() -> None:
    async def write(items: list[int]) -> list[int]:
        await asyncio.sleep(0)
        if 3 in items:
            raise ValueError("3 refused")
        return items

    writer: Batches[int, int] = Batches(write, name="test")
    answers = await asyncio.gather(*(writer.add(i) for i in range(5)), return_exceptions=True)
    assert answers[:3] + answers[4:] == [0, 1, 2, 4]
    assert isinstance(answers[3], ValueError)


async def test_a_final_failure_fails_the_whole_batch_without_retrying() -> None:
    calls: list[list[int]] = []

    async def write(items: list[int]) -> list[int]:
        calls.append(items)
        await asyncio.sleep(0)
        raise OSError("locked")

    writer: Batches[int, int] = Batches(write, name="test", final=lambda exc: Busy(str(exc)))
    answers = await asyncio.gather(*(writer.add(i) for i in range(3)), return_exceptions=True)
    assert all(isinstance(a, Busy) for a in answers)
    assert calls == [[0, 1, 2]]  # the batch once, never item by item


async def test_an_item_added_as_the_last_task_ends_is_still_written() -> None:
    async def write(items: list[int]) -> list[int]:
        return items  # no await: the task ends in the step that empties the queue

    writer: Batches[int, int] = Batches(write, name="test", parallel=1)

    async def one_after_another() -> list[int]:
        return [await writer.add(i) for i in range(50)]  # each added as the answer comes

    assert await asyncio.wait_for(one_after_another(), 2) == list(range(50))


@pytest.mark.parametrize("parallel", [1, 3])
async def test_at_most_parallel_batches_run_at_once(parallel: int) -> None:
    running = peak = 0

    async def write(items: list[int]) -> list[int]:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.001)
        running -= 1
        return items

    writer: Batches[int, int] = Batches(write, name="test", parallel=parallel)
    calls = []
    for i in range(20):  # one at a time, while the batches before are still being written
        calls.append(asyncio.ensure_future(writer.add(i)))
        await asyncio.sleep(0)
    assert await asyncio.gather(*calls) == list(range(20))
    assert peak == parallel
