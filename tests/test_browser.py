"""End-to-end in a real browser: Debian's Chromium, driven by Playwright, against the app
served by a real HTTP server on 127.0.0.1.

Chromium is installed by ``scripts/install-test-deps`` (``make test`` runs it); Playwright
never downloads a browser here.  A failing test leaves a screenshot in ``tests/artifacts/``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import BROWSER_TIMEOUT_MS

ARTIFACTS = Path(__file__).parent / "artifacts"
EXAMPLE = (
    "Antwort der Landesregierung vom 4. Juni 2019 auf die Kleine Anfrage 2509 der Abgeordneten "
    "Nadja Lüders, Volkan Baran, Armin Jahl und Anja Butschkau (SPD), LT-Drs. 17/6448, Antwort zu Frage 4"
)

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, served, request):
    with browser_page(browser, served[0], request) as opened:
        yield opened


@contextmanager
def browser_page(browser, base_url: str, request, width: int = 1200) -> Iterator:
    """A fresh page at ``width`` px on ``base_url``; a failing test leaves its screenshot in ``ARTIFACTS``."""
    context = browser.new_context(
        base_url=base_url,
        locale="de-DE",
        permissions=["clipboard-read", "clipboard-write"],
        viewport={"width": width, "height": 900},
        is_mobile=width < 500,
    )
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def count_of(page) -> int:
    return int(page.locator("p.count").inner_text().split()[0])


def test_search_facet_sort_and_open_the_answer(page, served):
    _, wide = served
    word, facet = ("Schule", "partei") if wide else ("Arbeit", "partei")
    page.goto("/")
    page.get_by_label("Suchbegriffe").fill(word)
    page.get_by_label("Suchbegriffe").press("Enter")
    page.wait_for_url(f"**/?q={word}*")
    before = count_of(page)
    assert before > 1 and page.locator("li.hit").count() == min(before, 10)

    # Apply a facet: a link that narrows the results and shows up as a removable chip.
    link = page.locator(f"[data-facet={facet}] a").first
    value = link.inner_text().split(" (")[0]
    expected = int(link.locator(".n").inner_text().strip("()"))
    link.click()
    page.wait_for_url(f"**{facet}=*")
    assert count_of(page) == expected <= before
    assert page.locator("ul.chips").inner_text().startswith(f"Partei: {value}")

    # Change the sort order: the select submits itself; the state stays in the URL.
    page.get_by_label("Sortierung").select_option("neueste")
    page.wait_for_url("**sort=neueste*")
    params = parse_qs(urlsplit(page.url).query)
    assert params["q"] == [word] and params[facet] == [value] and params["sort"] == ["neueste"]
    dates = [d.split(" · ")[1] for d in page.locator("li.hit p.meta").all_inner_texts() if " · " in d]
    iso = ["-".join(reversed(d.split("."))) for d in dates if d.count(".") == 2]
    assert iso == sorted(iso, reverse=True)

    # The page is shareable: opening its URL anew shows the same state.
    shared_url = page.url
    page.goto(shared_url)
    assert page.get_by_label("Sortierung").input_value() == "neueste"

    # Open a result and land on the answer it names.
    first = page.locator("li.hit h2 a[href*='#frage-']").first
    href = first.get_attribute("href")
    first.click()
    page.wait_for_url(f"**{href}")
    anchor = href.split("#")[1]
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    heading = page.locator(f"#{anchor} h2")
    assert heading.is_visible() and heading.inner_text() == f"Frage {anchor.split('-')[1]}"
    box = heading.bounding_box()
    assert 0 <= box["y"] < 900


def test_no_results_says_why_and_offers_to_drop_the_filter(page):
    page.goto("/?q=Transfer&jahr=2019&von=2019-01&bis=2019-05")
    notice = page.locator("#keine-treffer")
    assert "erfüllt zugleich alle Filter" in notice.inner_text()
    notice.get_by_role("link", name="ohne den Filter „Datum: 01.01.2019 bis 31.05.2019“ suchen").click()
    page.wait_for_url("**/?q=Transfer&jahr=2019")
    assert count_of(page) >= 1


def test_a_party_no_answer_has_is_named_and_its_filter_can_be_dropped(page):
    page.goto("/?q=Transfer&partei=Niemand")
    alert = page.get_by_role("alert").inner_text()  # other tests may have added documents of other parties
    assert alert.startswith("Keine Partei „Niemand“ im Archiv; bekannt: ") and "SPD" in alert
    page.get_by_role("link", name="Filter Partei: Niemand entfernen").click()
    page.wait_for_url("**/?q=Transfer")
    assert count_of(page) >= 1


def test_copy_a_citation(page):
    page.goto("/dokument/nw-17-6448#frage-4")
    box = page.locator("#zitat-frage-4")
    expected = box.locator(".cite-text").inner_text()
    assert expected.startswith(EXAMPLE)
    box.get_by_role("button", name="Zitat kopieren").click()
    expect(box.locator(".copy-status")).to_have_text("Zitat kopiert.")  # set once the clipboard promise resolves
    assert page.evaluate("navigator.clipboard.readText()") == expected
    # The downloads next to it are real files.
    with page.expect_download() as download:
        box.get_by_role("link", name="BibTeX").click()
    assert download.value.suggested_filename == "nw-17-6448-frage-4.bib"
    assert Path(download.value.path()).read_text(encoding="utf-8").startswith("@techreport{nw-17-6448-frage-4,")


def test_copy_a_hits_citation_from_the_result_list(page):
    """Staff building a Vermerk from a list of hits had to open each answer to copy its citation (twenty-first new-user
    pass): each hit copies the citation its answer's page gives, and says so."""
    page.goto("/?q=Passiv-Aktiv-Transfer+drucksache%3A17%2F6448")
    hit = page.locator("li.hit").filter(has_text="Antwort zu Frage 4").first
    hit.get_by_role("button", name="Zitat kopieren (Frage 4, Drucksache 17/6448)").click()
    expect(hit.locator(".copy-status")).to_have_text("Zitat kopiert.")
    assert page.evaluate("navigator.clipboard.readText()").startswith(EXAMPLE + ". ")  # and on: title, link


def test_only_the_citation_copied_last_says_it_was_copied(page):
    """Copying the citations of two hits one after the other left „Zitat kopiert.“ under both, though the clipboard
    held only the second: a Vermerk pasted from it cited an answer the reader believed they had not copied (thirtieth
    new-user pass)."""
    page.goto("/?drucksache=17%2F6448")
    first, second = (page.locator("li.hit").filter(has_text=f"Antwort zu Frage {n}").first for n in (4, 5))
    first.get_by_role("button", name="Zitat kopieren (Frage 4, Drucksache 17/6448)").click()
    expect(first.locator(".copy-status")).to_have_text("Zitat kopiert.")
    second.get_by_role("button", name="Zitat kopieren (Frage 5, Drucksache 17/6448)").click()
    expect(second.locator(".copy-status")).to_have_text("Zitat kopiert.")
    expect(first.locator(".copy-status")).to_have_text("")
    assert "Antwort zu Frage 5" in page.evaluate("navigator.clipboard.readText()")


def test_each_answers_citation_links_and_joint_answers_say_what_they_lead_to(page, served):
    """Read out of their box — a screen reader's list of links and buttons — every answer's links were „Permalink“,
    „BibTeX“ … five times over, and a joint answer's links to its other questions were „5“ and „6“."""
    _, wide = served
    page.goto("/dokument/nw-17-6448")
    for cited in ["ganzes Dokument", *(f"Frage {n}" for n in range(1, 6))]:
        for name in ("Permalink", "BibTeX", "RIS", "CSL-JSON"):
            assert page.get_by_role("link", name=f"{name} ({cited})", exact=True).count() == 1, (name, cited)
        assert page.get_by_role("button", name=f"Zitat kopieren ({cited})", exact=True).count() == 1
    assert page.get_by_role("link", name="Permalink", exact=True).count() == 0
    # what a sighted reader sees stays as it was
    assert page.locator("#zitat-frage-4 a.permalink .visually-hidden").bounding_box()["width"] <= 1
    if wide:  # Niedersachsen's 19/11181 answers questions 4 to 6 together
        page.goto("/dokument/ni-19-11181#frage-4")
        joint = page.locator("#frage-4 p.joint")
        expect(joint).to_have_text("Gemeinsam beantwortet mit Frage 5 und Frage 6.", use_inner_text=True)
        assert joint.get_by_role("link", name="Frage 5", exact=True).get_attribute("href") == "#frage-5"


def test_pages_load_without_an_error_in_the_browser_console(page):
    """Every page asked for /favicon.ico and got a 404: an error in the console of each page a reader opened."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for path in ("/", "/?q=Langzeitarbeitslosigkeit", "/dokument/nw-17-6448#frage-4"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert errors == []
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert page.request.get(icon).ok
    old_name = page.request.get("/favicon.ico")  # feed readers and bookmarks ask by the old name
    assert old_name.ok and old_name.headers["content-type"].startswith("image/svg+xml")


def test_subscribe_then_open_the_atom_feed(page):
    page.goto("/?q=Arbeit")
    feed = page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    page.get_by_role("link", name="Neue Antworten abonnieren (Feed)").click()
    page.wait_for_url("**/abonnieren?q=Arbeit")
    address = page.get_by_label("Adresse des Feeds").input_value()
    assert address.startswith("http://127.0.0.1:") and address.endswith(feed)
    page.get_by_role("button", name="Adresse kopieren").click()
    expect(page.locator(".copy-status")).to_have_text("Adresse kopiert.")
    assert page.evaluate("navigator.clipboard.readText()") == address
    response = page.goto(address)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.body())
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert entries and all(
        e.find("{http://www.w3.org/2005/Atom}link").get("href").startswith("http://127.0.0.1:") for e in entries
    )


def test_autocomplete_offers_words_and_titles(page):
    page.goto("/")
    page.get_by_label("Suchbegriffe").press_sequentially("Langzeit", delay=20)
    options = page.locator("#vorschlaege option")
    # a slow machine may first show the words offered for „La“ (asked while typing paused): wait for the title
    expect(page.locator("#vorschlaege option[value^='titel:\"Integration langzeitarbeitsloser']")).to_be_attached()
    values = options.evaluate_all("els => els.map(e => e.value)")
    assert any(v.lower().startswith("langzeit") for v in values)
    assert any(v.startswith('titel:"Integration langzeitarbeitsloser') for v in values)


def test_autocomplete_completes_a_word_typed_after_a_field(page):
    """„Arbeit titel:Langzeit“ offered nothing to pick (a word alone was completed, not one after a field, a minus
    or a quotation mark, as the search syntax has it): the words are offered with the field and the words before."""
    page.goto("/")
    page.get_by_label("Suchbegriffe").press_sequentially("Arbeit titel:Langzeit", delay=20)
    options = page.locator("#vorschlaege option")
    # a slow machine may first show the words offered for „Arbeit“ (asked while typing paused): wait for the last ones
    expect(options.first).to_have_attribute("value", re.compile(r"^arbeit titel:langzeit", re.IGNORECASE))
    values = options.evaluate_all("els => els.map(e => e.value)")
    assert all(v.lower().startswith("arbeit titel:langzeit") for v in values)


def test_the_sort_order_can_be_chosen_with_the_arrow_keys(page):
    """The first arrow key on the sort field submitted „Neueste zuerst“ and the reloaded page lost the focus: a
    keyboard user never reached „Älteste zuerst“."""
    page.goto("/?q=Arbeit")
    page.get_by_label("Sortierung").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)  # a reader's pace: time enough for a page to load
    page.keyboard.press("ArrowDown")
    assert "sort=" not in page.url and page.get_by_label("Sortierung").input_value() == "aelteste"
    page.keyboard.press("Enter")
    page.wait_for_url("**sort=aelteste*")
    assert page.get_by_label("Sortierung").input_value() == "aelteste"


SORT_EVENTS = """(steps) => {
  const select = document.querySelector("select[data-autosubmit]");
  const submits = [];
  select.form.addEventListener("submit", (event) => { submits.push(select.value); event.preventDefault(); });
  for (const [kind, detail] of steps) {
    const [key, altKey] = kind === "key" ? detail : [];
    if (kind === "key") select.dispatchEvent(new KeyboardEvent("keydown", {key, altKey, cancelable: true}));
    if (kind === "pick") { select.value = detail; select.dispatchEvent(new Event("change")); }
    if (kind === "blur") select.dispatchEvent(new FocusEvent("blur"));
    if (kind === "count") submits.push("|");
  }
  return submits.join(" ");
}"""


def test_one_answer_is_printed_alone_by_its_button(page):
    """Staff print or save the answer they cite: printing the page at #frage-4 put the whole document on paper,
    preamble and every other answer.  The browser's print dialog is not opened in the test (window.print replaced);
    the page is read in print media while the browser prints, then after printing."""
    page.goto("/dokument/nw-17-6448#frage-4")
    page.evaluate("window.print = () => {}")
    page.locator("#frage-4 button.print-answer").click()
    page.emulate_media(media="print")
    expect(page.locator("#frage-4 .answer")).to_be_visible()
    expect(page.locator("#frage-4 .cite-text")).to_contain_text(EXAMPLE)
    expect(page.locator("dl")).to_contain_text("17/6448")  # the document's head says what is printed
    for hidden in ("#frage-3", "#frage-5", "#vorbemerkung", "#zitat-dokument"):
        expect(page.locator(hidden)).to_be_hidden()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    expect(page.locator("#frage-3")).to_be_visible()  # printing the page again prints all of it


def test_the_sort_order_is_applied_once_and_a_pick_from_the_opened_list_at_once(page):
    """Enter applied an order chosen with the arrow keys, and leaving the field applied it again; a list opened with
    Space or Alt+↓ and picked from with the mouse (its options send the field no pointerdown) waited for the field
    to lose focus.  The events as the browser sends them; the form's submissions counted, not sent."""
    page.goto("/?q=Arbeit")
    arrows = [["key", ["ArrowDown", False]], ["pick", "neueste"], ["key", ["Enter", False]], ["blur", None]]
    assert page.evaluate(SORT_EVENTS, arrows) == "neueste"
    for opening in (["key", [" ", False]], ["key", ["ArrowDown", True]]):
        page.goto("/?q=Arbeit")
        steps = [opening, ["pick", "aelteste"], ["count", None], ["blur", None]]
        assert page.evaluate(SORT_EVENTS, steps) == "aelteste |"


def test_a_printed_answer_keeps_its_text_and_citation_without_buttons(page):
    """Printing an answer (or saving it as PDF) put the copy button, download links, „Ähnliche Antworten“ and the
    site's header onto the paper."""
    page.goto("/dokument/nw-17-6448#frage-4")
    page.emulate_media(media="print")
    answer = page.locator("#frage-4")
    expect(answer.locator(".answer")).to_be_visible()
    expect(answer.locator(".cite-text")).to_contain_text(EXAMPLE)
    for hidden in ("button.copy", "a.permalink", "p.more"):
        expect(answer.locator(hidden)).to_be_hidden()
    expect(page.locator("header.site")).to_be_hidden()
    expect(page.locator("section.similar")).to_be_hidden()
    page.emulate_media(media="screen")
    expect(answer.locator("button.copy")).to_be_visible()


def test_a_link_to_a_question_the_document_no_longer_has_says_so(page):
    """A bookmark or a copied link to „Frage 7“ of an answer that a corrected version replaced with five questions
    opened the page at its top and said nothing, so the reader took the first answer for the one cited."""
    page.goto("/dokument/nw-17-6448#frage-7")
    notice = page.locator("#frage-fehlt")
    expect(notice).to_be_visible()
    expect(notice).to_have_text(
        "Dieses Dokument hat keine Frage 7 (mehr), nur die Fragen 1 bis 5: "
        "Der Link oder das Lesezeichen stammt wohl aus einer früheren Fassung."
    )
    page.goto("/dokument/nw-17-6448#frage-5")  # a question it has: no notice
    expect(notice).to_be_hidden()
