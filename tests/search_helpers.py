"""Small documents of question–answer pairs, indexed for a search test."""

from pathlib import Path

from indexer import Document, Engine, IndexStore, Question


def engine_over(index: Path, number: int, title: str, answers: list[tuple[str, str]]) -> Engine:
    """An engine over one Niedersachsen document ``ni-19-<number>`` whose questions are ``answers``."""
    document = Document(
        id=f"ni-19-{number}",
        parliament="ni",
        wahlperiode=19,
        drucksache=f"19/{number}",
        title=title,
        questions=tuple(Question(i, q, (a,)) for i, (q, a) in enumerate(answers, start=1)),
    )
    IndexStore(index).build([document])
    return Engine(index)


def one_answer(doc_id: str, title: str, answer: str, question: str = "Wie ist die Lage?") -> Document:
    """A document of any parliament (its id says which: ``sl-16-7001``) with one question and its answer."""
    parliament, period, number = doc_id.split("-")
    return Document(
        id=doc_id,
        parliament=parliament,
        wahlperiode=int(period),
        drucksache=f"{period}/{number}",
        title=title,
        questions=(Question(1, question, (answer,)),),
    )
