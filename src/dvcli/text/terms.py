"""Terms for ranking and keywords: stop words, content words and their corpus IDF."""

from __future__ import annotations

from functools import cache

from dvcli import resources
from dvcli.text.fold import fold

# Function words (pronouns, particles, prepositions, conjunctions, classifiers, quantifiers, reporting verbs)
# that carry no topic. Listed by hand because some are rare enough in news to slip under the df cut below.
_FUNCTION_WORDS = """
và của trong được đã có là các với cho khi một để này theo tại không đó trên ở về đến từ vào ra những
đang bị sẽ trước sau cũng nhiều còn do nói đây như nhưng hơn lại phải rằng thì mà nên vì nếu tuy
tuy_nhiên mới vẫn chưa rất nhất cả thêm khiến bằng giữa nay đều nào gì ai đâu sao bao_giờ bởi cùng tới
qua lên xuống ngay vừa từng hay hoặc hoặc_là cũng_như ngoài ngoài_ra đối_với nhằm việc điều cuộc sự
chiếc con cái người ông bà anh chị em tôi chúng_tôi chúng_ta họ mình nó bạn ta hắn cô chú
có_thể không_thể cho_biết cho_hay cho_rằng cho_thấy theo_đó trong_khi khi_đó sau_đó trước_đó hiện_nay
hiện lúc mỗi mọi vài số một_số các_loại những_người nhau riêng chung thế vậy như_vậy như_thế do_đó
vì_vậy bởi_vì tuy_vậy song dù dù_sao mặc_dù thậm_chí đặc_biệt ngoài_ra bên_cạnh đồng_thời tức đó_là
này_nọ kia ấy đấy nữa rồi luôn thường hãy đừng chỉ chính tự lần năm tháng ngày giờ hôm sáng chiều
tối trưa tuần thứ hai ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ khoảng gần hàng
"""

# Words with a document frequency above this share of the corpus are treated as stop words too:
# they occur in most news and say nothing about a particular article.
_STOP_DF_SHARE = 0.2


@cache
def stop_words() -> frozenset[str]:
    """Return the folded stop words: function words plus the most widespread words of the news corpus."""
    table = resources.words()
    common = {key for key, df in table.frequency.items() if df > _STOP_DF_SHARE * table.documents}
    return frozenset({fold(w.replace("_", " ")) for w in _FUNCTION_WORDS.split()} | common)


def is_content(key: str) -> bool:
    """Return whether a folded word is a content word: not a stop word and holds a letter."""
    return key not in stop_words() and any(ch.isalpha() for ch in key)


def word_idf(key: str) -> float:
    """Return the corpus IDF of a folded word.

    A single syllable the word list lacks is looked up among syllables; any other unseen word is rare in
    news (a name, a new compound) and gets the largest IDF.
    """
    table = resources.words()
    if key not in table.frequency and " " not in key:
        return resources.syllables().idf(key)
    return table.idf(key)
