"""Places known by name alone: Vietnam's provinces and big cities, countries, regions, foreign cities."""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("|") if item.strip())


# The 58 provinces (the five centrally-run cities are listed under CITIES).
PROVINCES = _split(
    "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bà Rịa – Vũng Tàu|Bắc Giang|Bắc Kạn|Bắc Cạn|Bạc Liêu|Bắc Ninh|Bến Tre|"
    "Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắc Lắc|Đắk Nông|Điện Biên|Đồng Nai|"
    "Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hoà Bình|Hưng Yên|Khánh Hòa|"
    "Khánh Hoà|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|"
    "Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|"
    "Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thanh Hoá|Thừa Thiên - Huế|Thừa Thiên – Huế|"
    "Thừa Thiên Huế|Thừa Thiên-Huế|"
    "Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái"
)

CITIES = _split(
    "Hà Nội|TP.HCM|TP HCM|TPHCM|TP. HCM|TP. Hồ Chí Minh|TP Hồ Chí Minh|TP.Hồ Chí Minh|Thành phố Hồ Chí Minh|"
    "thành phố Hồ Chí Minh|Tp.HCM|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|"
    "Nha Trang|Đà Lạt|Vũng Tàu|Hạ Long|Hội An|Sa Pa|Sapa|Phú Quốc|Phan Thiết|Quy Nhơn|Buôn Ma Thuột|"
    "Pleiku|Vinh|Biên Hòa|Thủ Dầu Một|Mỹ Tho|Rạch Giá|Long Xuyên|Cam Ranh|Móng Cái|Cẩm Phả|Uông Bí|"
    "Washington|New York|London|Paris|Tokyo|Bắc Kinh|Moscow|Matxcơva|Mátxcơva|Seoul|Bangkok|Manhattan|"
    "Geneva|Abu Dhabi|Dubai|Thượng Hải|Quảng Châu|Thâm Quyến|Hollywood|Berlin|Rome|Madrid|Barcelona|Milan|"
    "Sydney|Melbourne|Los Angeles|San Francisco|Chicago|Las Vegas|Osaka|Kyoto|Busan|Bình Nhưỡng|"
    "Kuala Lumpur|Jakarta|Manila|Yangon|Phnom Penh|Viêng Chăn|Vientiane|New Delhi|Mumbai|Istanbul|"
    "Brussels|Amsterdam|Vienna|Munich|Dallas|Houston|Miami|Boston|Toronto|Vancouver|Hong Kong|Hồng Kông|"
    "Ma Cao|Macau|Singapore|Florida|California|Texas|Hawaii|Alaska|Ohio|Virginia|Michigan|Arizona|"
    "Malta|Davos|Havana|Caracas|Bogota|Lima|Buenos Aires|Rio de Janeiro|Sao Paulo|Cairo|Riyadh|Tehran|"
    "Baghdad|Damascus|Aleppo|Mosul|Kabul|Islamabad|Jerusalem|Tel Aviv|Ankara|Athens|Lisbon|Dublin|Oslo|"
    "Stockholm|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Kiev|Kyiv|Minsk|Donetsk|Luhansk|Canberra|"
    "Wellington|Ottawa|Mexico City|Nairobi|Pretoria|Johannesburg|Doha|Đài Bắc|Nam Kinh|Vũ Hán|Hàng Châu|"
    "Hải Nam|Tây Tạng|Tân Cương|Okinawa|Hokkaido|Nagoya|Fukushima|Hiroshima|Incheon|Chiang Mai|Pattaya|"
    "Bali|Siem Reap|Luang Prabang|New Jersey|Pennsylvania|Georgia|Massachusetts|Illinois|Washington DC|"
    "Nevada|Colorado|Oregon|Minnesota|Wisconsin|Tennessee|Louisiana|Arkansas|Alabama|Kentucky|Utah|Iowa|"
    "Kansas|Missouri|Indiana|Maryland|Connecticut|North Carolina|South Carolina|Oklahoma|Mississippi|"
    "Georgia|Donbass|Donbas|Lugansk|Izmir|Crimea|Kharkiv|Odessa|Aleppo|Raqqa|Kirkuk|"
    "Tikrit|Fallujah|Ramadi|Benghazi|Tripoli|Sirte|Kandahar|Herat|Gaza|Bờ Tây|Idlib|Homs"
)

# Districts of the two largest cities, which news names without their type word.
DISTRICTS = _split(
    "Hoàn Kiếm|Ba Đình|Đống Đa|Hai Bà Trưng|Cầu Giấy|Thanh Xuân|Hoàng Mai|Long Biên|Tây Hồ|Hà Đông|"
    "Nam Từ Liêm|Bắc Từ Liêm|Gia Lâm|Đông Anh|Sóc Sơn|Thanh Trì|Bình Thạnh|Gò Vấp|Tân Bình|Phú Nhuận|"
    "Thủ Đức|Bình Tân|Tân Phú|Bình Chánh|Hóc Môn|Củ Chi|Nhà Bè|Cần Giờ"
)

COUNTRIES = _split(
    "Việt Nam|Mỹ|Hoa Kỳ|Trung Quốc|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Bắc Triều Tiên|Nga|Pháp|Đức|Anh|"
    "Anh Quốc|Vương quốc Anh|Ý|Italy|Italia|Tây Ban Nha|Bồ Đào Nha|Hà Lan|Bỉ|Thụy Sĩ|Thụy Sỹ|Thuỵ Sĩ|"
    "Thụy Điển|Thuỵ Điển|Na Uy|Đan Mạch|Phần Lan|Áo|Ba Lan|Séc|Hungary|Ukraine|Ukraina|Belarus|Romania|"
    "Bulgaria|Serbia|Croatia|Hy Lạp|Thổ Nhĩ Kỳ|Iran|Iraq|Israel|Palestine|Syria|Jordan|Liban|Lebanon|"
    "Ả Rập Xê Út|Saudi Arabia|Ả Rập Saudi|Qatar|UAE|Kuwait|Yemen|Ai Cập|Libya|Tunisia|Algeria|Maroc|"
    "Morocco|Nam Phi|Nigeria|Kenya|Ethiopia|Ấn Độ|Pakistan|Afghanistan|Bangladesh|Sri Lanka|Nepal|"
    "Indonesia|Malaysia|Thái Lan|Lào|Campuchia|Myanmar|Philippines|Philippin|Brunei|Đông Timor|Úc|"
    "Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Cuba|Venezuela|Ireland|"
    "Scotland|Đài Loan|Mông Cổ|Kazakhstan|Uzbekistan|Ả Rập|Các Tiểu vương quốc Ả Rập Thống nhất|"
    "Cộng hòa Séc|Slovakia|Slovenia|Estonia|Latvia|Lithuania|Iceland|Luxembourg|Monaco|Bắc Ireland|Xứ Wales|"
    "Nam Sudan|Sudan|Somalia|Zimbabwe|Mali|Niger|Ghana|Senegal|Cameroon|Angola|Uganda|Tanzania|Rwanda|"
    "Congo|Ecuador|Bolivia|Paraguay|Uruguay|Panama|Costa Rica|Guatemala|Honduras|Haiti|Jamaica|Fiji|"
    "Papua New Guinea|Maldives|Bhutan|Oman|Bahrain|Armenia|Azerbaijan|Moldova|Albania|Kosovo|"
    "Bosnia|Macedonia|Montenegro|Cyprus|Síp"
)

REGIONS = _split(
    "Biển Đông|Trường Sa|Hoàng Sa|Đông Nam Á|Trung Đông|Bắc Phi|Châu Âu|Châu Á|Châu Phi|Châu Mỹ|Mỹ Latinh|"
    "Bắc Mỹ|Nam Mỹ|Tây Nguyên|Tây Bắc Bộ|Đông Bắc Bộ|Đông Nam Bộ|Tây Nam Bộ|Tây Bắc|Đông Bắc|"
    "Đồng bằng sông Cửu Long|Đồng bằng sông Hồng|Nam Bộ|Bắc Bộ|"
    "Trung Bộ|Nam Trung Bộ|Bắc Trung Bộ|Miền Tây|Thủ đô|Đông Âu|Tây Âu|Bắc Âu|Châu Đại Dương|Thái Bình Dương|"
    "Đại Tây Dương|Ấn Độ Dương|Bắc Cực|Nam Cực|Địa Trung Hải|Bán đảo Triều Tiên|Crimea|Mê Kông|Mekong|"
    "Vịnh Bắc Bộ|Vịnh Hạ Long|Côn Đảo|Cát Bà|Lý Sơn|Phú Quý|Cô Tô|Cù Lao Chàm|Phong Nha|Sơn Đoòng"
)

# Lowercase-initial forms the news writes for regions ("châu Âu", "miền Trung").
LOWER_REGIONS = _split(
    "châu Âu|châu Á|châu Phi|châu Mỹ|châu Đại Dương|miền Bắc|miền Trung|miền Nam|miền Tây|đảo Phú Quốc|"
    "quần đảo Trường Sa|quần đảo Hoàng Sa|biển Đông|sông Hồng|sông Mê Kông|vịnh Hạ Long|đồng bằng sông Cửu Long"
)

# Competitions and events, which look like places after "tại" but are neither places nor organisations.
EVENTS = frozenset(
    _split(
        "Champions League|Europa League|World Cup|Premier League|Serie A|Bundesliga|Ligue 1|V-League|SEA Games|"
        "Olympic|Olympics|ASIAD|AFF Cup|AFF Suzuki Cup|Euro|Copa America|Copa del Rey|Cúp Quốc gia|Grand Slam|"
        "Wimbledon|Roland Garros|US Open|Australian Open|Oscar|Grammy|Cannes"
    )
)

# Single syllables that are both a country and a common word or given name; they need a context word before.
AMBIGUOUS = frozenset(_split("Anh|Đức|Nga|Ý|Nam|Nhật|Pháp|Úc|Áo|Bỉ|Séc|Lào|Huế|Vinh|Nhà Bè"))
CONTEXT_BEFORE = frozenset(
    _split("nước|người|tại|ở|của|sang|từ|và|với|giữa|hoàng|xứ|quốc|đến|tới|thăm|cả|như|là|phía|bên|hãng|xe")
)


def gazetteer() -> dict[str, str]:
    """Return every known place name mapped to its kind (``province``, ``city``, ``country``, ``place``)."""
    table: dict[str, str] = {}
    for kind, names in (
        ("place", REGIONS + LOWER_REGIONS + DISTRICTS),
        ("province", PROVINCES),
        ("city", CITIES),
        ("country", COUNTRIES),
    ):
        for name in names:
            table[name] = kind
    return table
