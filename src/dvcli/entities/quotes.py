"""Quotations: text inside quotation marks, and speech introduced by ``cho biết:``, linked to the speaker; a quoted
name or slogan that nobody says is a ``title`` or a ``slogan``, not a quotation."""

from __future__ import annotations

import re

from dvcli.entities.phrases import Candidate

_QUOTED = re.compile(
    r'"(?P<straight>[^"\n]+)"|“(?P<curly>[^”\n]+)”|«(?P<guillemet>[^»\n]+)»|‘(?P<single>[^’\n]+)’'
    r"|(?<!\w)'(?P<apostrophe>[^'\n]+)'(?!\w)"
)
_MARKS = {"straight": '""', "curly": "“”", "guillemet": "«»", "single": "‘’", "apostrophe": "''"}
_VERBS = (
    r"cho biết|nói|khẳng định|nhấn mạnh|chia sẻ|phát biểu|tuyên bố|bày tỏ|cho hay|kể|giải thích|"
    r"trả lời|nhận định|thừa nhận|cho rằng|nêu rõ|yêu cầu|đề nghị|kết luận|thông báo|viết|hỏi|khuyến cáo|"
    r"nhìn nhận|nhận xét|lý giải|tiết lộ|bình luận|phân tích|cảnh báo|lưu ý|đáp|than phiền|quát|hét|"
    r"thông tin|chỉ rõ|nhắn nhủ|bộc bạch|tâm sự|dặn|kêu gọi|khuyên|xác nhận|phản bác|bác bỏ|ca ngợi|"
    r"đánh giá|thốt lên|nói thêm|chia sẻ thêm|khẳng định thêm|trấn an|hứa|cam kết|viết trên|đăng"
)
_SPEECH = re.compile(rf"(?<!\w)(?:{_VERBS})(?: thêm| rằng)?\s*:\s*", re.IGNORECASE)
# After a closing quotation mark: "…”, ông Hưởng khẳng định." names the speaker after the quote.
_AFTER = re.compile(rf"[^.!?\n“”\"]{{0,160}}?(?<!\w)(?:{_VERBS})(?!\w)", re.IGNORECASE)
_SPEAKER_GAP = 120
# A speech verb shortly before the opening mark in the same sentence ("Mỹ nên "dừng …"" after "nói").
_BEFORE = re.compile(rf"(?<!\w)(?:{_VERBS})(?!\w)[^.!?\n]{{0,60}}$", re.IGNORECASE)
# Speech nobody is said to say still reads as a sentence: it ends like one inside the marks.
_SENTENCE_END = re.compile(r"[.!?…]$")
# Words that introduce a name or a slogan, whatever its length ("thi đua "Học tập và làm theo …"").
_NAMING = (
    r"phong trào|cuộc vận động|vận động|chương trình|chủ đề|khẩu hiệu|thông điệp|mệnh danh(?: là)?|gọi là|"
    r"danh hiệu|cuộc thi|thi đua|phim|bộ phim|bài hát|ca khúc|cuốn sách|tác phẩm|dự án|chiến dịch|mô hình|"
    r"tiêu đề|tựa đề|biệt danh|nhãn hiệu|giải thưởng|giải|lễ|hội|tên"
)
_NAMED_BEFORE = re.compile(rf"(?<!\w)(?:{_NAMING})\s*$", re.IGNORECASE)


def _speaker_before(people: list[Candidate], position: int, text: str) -> Candidate | None:
    for person in reversed(people):
        if person.end <= position:
            between = text[person.end : position]
            if position - person.end <= _SPEAKER_GAP and not re.search(r"[.!?]\s", between):
                return person
            return None
    return None


def _sentence_like(inner: str) -> bool:
    return bool(_SENTENCE_END.search(inner))


def _name_or_slogan(inner: str) -> str:
    """``title`` for a quoted proper name (every word capitalised: ``Lục Vân Tiên``), else ``slogan``."""
    words = [w for w in inner.split() if any(ch.isalpha() for ch in w)]
    return "title" if words and all(w[0].isupper() for w in words) else "slogan"


def _name(person: Candidate, text: str) -> str:
    return str(person.attributes.get("name") or text[person.start : person.end])


def find_quotes(text: str, start: int, end: int, people: list[Candidate]) -> list[Candidate]:
    """Return the quotations in ``text[start:end]`` (one line); ``people`` are the people found in the text.

    A quotation's span is its inner text, without the marks (attribute ``marks``); speech after a verb such as
    ``cho biết:`` runs to the end of the line. ``speaker`` is set when a person is named just before the verb
    or right after the closing mark. Quoted text is a ``quote`` when someone says it (a speaker, a speech verb
    before or after it) or it reads as a sentence; otherwise a ``title`` (a quoted proper name) or a ``slogan``.
    """
    people = sorted((p for p in people if p.type == "person" and start <= p.start < end), key=lambda p: p.start)
    found: list[Candidate] = []
    speech_at: dict[int, Candidate | None] = {}
    # Speech needs a colon: most lines have none, and the verb regex would try every position of the line.
    speeches = _SPEECH.finditer(text, start, end) if text.find(":", start, end) >= 0 else ()
    for m in speeches:
        speech_at[m.end()] = _speaker_before(people, m.start(), text)
    for m in _QUOTED.finditer(text, start, end):
        group = m.lastgroup or "straight"
        inner_start, inner_end = m.span(group)
        inner = text[inner_start:inner_end]
        s = inner_start + len(inner) - len(inner.lstrip())
        e = inner_end - (len(inner) - len(inner.rstrip()))
        if e <= s:
            continue
        attributes: dict[str, object] = {"marks": _MARKS[group]}
        introduced = m.start() in speech_at
        speaker = speech_at.pop(m.start(), None)
        after = _AFTER.match(text, m.end(), end)
        if speaker is None and after:
            speaker = next((p for p in people if m.end() <= p.start < after.end()), None)
        if speaker is not None:
            attributes["speaker"] = _name(speaker, text)
            attributes["speaker_start"] = speaker.start
        said = introduced or after is not None or _BEFORE.search(text, max(start, m.start() - 80), m.start())
        named = _NAMED_BEFORE.search(text, max(start, m.start() - 30), m.start())
        spoken = speaker is not None or said or (not named and _sentence_like(text[s:e]))
        kind = "quote" if spoken else _name_or_slogan(text[s:e])
        found.append(Candidate(kind, s, e, attributes))
    quoted = [(q.start, q.end) for q in found]
    for position, speaker in speech_at.items():
        chunk = text[position:end].rstrip()
        if not chunk or any(s - 1 <= position <= e for s, e in quoted):
            continue
        attributes = {"marks": None, "speech": True}
        if speaker is not None:
            attributes["speaker"] = _name(speaker, text)
            attributes["speaker_start"] = speaker.start
        found.append(Candidate("quote", position, position + len(chunk), attributes))
    return found
