"""Built-in word lists for entity extraction: surnames, titles, organisation heads, abbreviations, places."""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split("|") if item.strip())


# The commonest Vietnamese family names (they cover the great majority of people named in the news).
SURNAMES = frozenset(
    _split(
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Lương|Trương|Lâm|"
        "Mai|Tô|Tạ|Hà|Thái|Cao|Châu|Quách|Khổng|Kiều|Lưu|Chu|Vương|Tăng|Thân|Triệu|Phùng|Đoàn|Mạc|La|Lại|"
        "Tôn|Từ|Doãn|Giang|Kim|Lục|Hứa|Âu|Nông|Lò|Quan|Tống|Trịnh|Đàm|Thạch|Vi|Diệp|Đồng|Khúc|Hầu|"
        "Ninh|Lã|Mẫn|Thiều|Trà|Ung|Bế|Lữ|Lạc|Cù|Tiêu"
    )
)

# Kinship honorifics used before a name in news prose (lowercase in mid-sentence).
HONORIFICS = _split("ông|bà|anh|chị|cô|chú|cụ|em|cháu|bé|cu|thầy|bác|đồng chí")

# Titles and ranks written before a name; matched case-insensitively on the first letter.
TITLES = _split(
    "Đồng chí|Chủ tịch nước|Phó Chủ tịch nước|Tổng Bí thư|Thủ tướng|Phó Thủ tướng|Chủ tịch Quốc hội|"
    "Phó Chủ tịch Quốc hội|Chủ tịch|Phó Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng thống|Phó Tổng thống|"
    "Ngoại trưởng|Nữ hoàng|Hoàng tử|Thái tử|Hoàng hậu|Công chúa|Công nương|Nhà vua|Vua|Quốc vương|Giáo hoàng|Thủ hiến|"
    "Giáo sư|Phó Giáo sư|GS.TSKH|GS.TS|PGS.TS|PGS|GS|TS|ThS|BS|BSCKII|BSCKI|Tiến sĩ|Tiến sỹ|Thạc sĩ|Thạc sỹ|"
    "Bác sĩ|Bác sỹ|Luật sư|Kỹ sư|Nhà báo|Nhà văn|Nhà thơ|Nhạc sĩ|Họa sĩ|Nghệ sĩ|NSND|NSƯT|Ca sĩ|Diễn viên|"
    "Đạo diễn|Người mẫu|Hoa hậu|Á hậu|MC|HLV|Huấn luyện viên|Tiền đạo|Tiền vệ|Hậu vệ|Thủ môn|Cầu thủ|"
    "Võ sĩ|Vận động viên|VĐV|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|"
    "Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Chuẩn úy|Thượng sĩ|Trung sĩ|Hạ sĩ|Binh nhất|Giám đốc|"
    "Đô đốc|Phó Đô đốc|Chuẩn Đô đốc|Nguyên soái|Thống chế|huyền thoại|cựu danh thủ|"
    "Phó Giám đốc|Tổng Giám đốc|Phó Tổng Giám đốc|Tổng giám đốc|Chánh án|Phó Chánh án|Viện trưởng|"
    "Phó Viện trưởng|Hiệu trưởng|Bí thư|Phó Bí thư|Chủ nhiệm|Trưởng phòng|Trưởng ban|Trưởng Công an|"
    "Phó Trưởng Công an|Trưởng|Phó|Cục trưởng|Vụ trưởng|Thủ trưởng|Tổng biên tập|Đại sứ|Thượng nghị sĩ|"
    "Hạ nghị sĩ|Nghị sĩ|Đại biểu Quốc hội|ĐBQH|Đại biểu|Tỷ phú|Doanh nhân|Nhà sáng lập|Chủ tịch HĐQT|CEO|"
    "Thống đốc|Phó Thống đốc|"
    "Điều tra viên|Kiểm sát viên|Thẩm phán|Hòa thượng|Thượng tọa|Đại đức|Linh mục|Mục sư|Sư thầy|"
    "Nguyên|Cố|Phát ngôn viên|Người phát ngôn|Tổng thư ký|Tư lệnh|Phó Tư lệnh|Chính ủy|Chỉ huy trưởng|"
    # Roles news writes in lowercase before a bare name ("thủ thành Ter Stegen", "nhà khoa học Darwin").
    "thủ thành|trung vệ|hậu vệ trái|hậu vệ phải|tiền vệ trụ|tiền vệ tấn công|chân sút|danh thủ|tân binh|"
    "đội trưởng|ngôi sao|siêu sao|chiến lược gia|nhà cầm quân|BLV|bình luận viên|phóng viên|ứng cử viên|"
    "Thượng nghị sỹ|Nghị sỹ|Hạ nghị sỹ|Thị trưởng|Phó Thị trưởng|nhà khoa học|nhà nghiên cứu|nhà sử học|"
    "nam ca sĩ|nữ ca sĩ|nam diễn viên|nữ diễn viên|nữ ca sỹ|nam ca sỹ|ca sỹ|tay vợt|cua-rơ|võ sỹ|"
    "Đệ nhất phu nhân|phu nhân|Giám đốc thể thao|Giám đốc điều hành|Tổng biên tập|Quốc vương|Hoàng thân|"
    "bệnh nhân|bệnh nhi|nạn nhân|bị can|bị cáo|nghi phạm|đối tượng|tài xế|chủ xe|du khách|sinh viên|học sinh"
)

# Role words that open an appositive after a name ("…, Trưởng Ban Dân vận Tỉnh ủy").
ROLE_WORDS = _split(
    "Ủy viên|Uỷ viên|Trưởng|Phó|Giám đốc|Tổng giám đốc|Tổng Giám đốc|Chủ tịch|Bí thư|Bộ trưởng|Thứ trưởng|"
    "Chánh|Hiệu trưởng|Viện trưởng|Cục trưởng|Vụ trưởng|Chủ nhiệm|Tổng Bí thư|Thủ tướng|Đại biểu|"
    "Đại sứ|Chỉ huy trưởng|Tổng biên tập|Người phát ngôn|Phát ngôn viên|Thống đốc|Nguyên|Tư lệnh|"
    "Chính ủy|Tổng thư ký|Chủ tịch HĐQT|CEO|Trợ lý|Cố vấn|Thành viên|Chuyên gia|Tổng thống|Thượng nghị sĩ"
)

# Organisation heads that are followed by a capitalised name ("Bộ Công an", "Bệnh viện Bạch Mai").
NAMED_HEADS = _split(
    "Ban|Bộ|Sở|Hội|Công ty|Cty|CTCP|Tổng công ty|Tập đoàn|Ngân hàng|Trường|Bệnh viện|Đài|Báo|Viện|Học viện|Cục|"
    "Tổng cục|Chi cục|Vụ|Tòa án|Toà án|Tòa|Liên đoàn|Câu lạc bộ|CLB|Đại học|Trung tâm|Phòng|Hiệp hội|Quỹ|"
    "Ủy ban|Uỷ ban|Văn phòng|Đoàn|Tổ chức|Liên minh|Hợp tác xã|HTX|Công đoàn|Quân khu|Bộ Tư lệnh|"
    "Sư đoàn|Trung đoàn|Lữ đoàn|Nhà xuất bản|NXB|Tạp chí|Kho bạc|Đảng bộ|Chi bộ|Hãng|Nhà máy|Thông tấn xã|"
    "Cảng vụ|Đội|Hội đồng|Tòa soạn|Kênh|Trại giam|Bảo tàng|Khoa|Nhà hát|Thư viện|Xí nghiệp|Chi nhánh|"
    "Binh đoàn|Hạm đội|Lực lượng|Cơ quan|Đồn|Trạm|Liên hiệp|Tổng hội|Tiểu đoàn|Sàn|Tổ công tác|"
    "Mầm non|Tiểu học|THPT|THCS|Trung học cơ sở|Trung học phổ thông|PTTH|Nha khoa|Phòng khám"
)

# Heads that name an organisation on their own, optionally followed by a place ("Công an huyện Tiên Yên").
STANDALONE_HEADS = _split(
    "Đảng|Quốc hội|Chính phủ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Thị ủy|Đảng ủy|"
    "Bộ Chính trị|Ban Bí thư|Trung ương Đảng|Ban Chấp hành Trung ương|Ủy ban nhân dân|Uỷ ban nhân dân|"
    "Hội đồng nhân dân|Tòa án nhân dân|Toà án nhân dân|Viện kiểm sát nhân dân|Viện Kiểm sát nhân dân|"
    "Công an|Mặt trận Tổ quốc|Ủy ban Mặt trận Tổ quốc|Quân đội nhân dân|Quân đội|Tỉnh đoàn|Thành đoàn|"
    "Hải quan|Kiểm toán Nhà nước|Thanh tra Chính phủ|Bộ đội Biên phòng|Cảnh sát biển|Công an nhân dân|"
    "Viện kiểm sát|Viện Kiểm sát|Tòa án|Toà án|Cảnh sát giao thông|Liên Hợp Quốc|Liên hợp quốc|Nhà Trắng|"
    "Điện Kremlin|Lầu Năm Góc|Tổng Liên đoàn Lao động|Mặt trận|Nhà nước|Trung ương"
)

# Words that may follow a standalone head ("Tòa án nhân dân tối cao").
HEAD_SUFFIXES = _split("tối cao|cấp cao|trung ương|Trung ương")

# Abbreviations of organisations and what they stand for.
ABBREVIATIONS = {
    k: v
    for k, v in (
        pair.split("=")
        for pair in _split(
            "MTTQ=Mặt trận Tổ quốc|UBMTTQ=Ủy ban Mặt trận Tổ quốc|UBND=Ủy ban nhân dân|HĐND=Hội đồng nhân dân|"
            "TTXVN=Thông tấn xã Việt Nam|NHNN=Ngân hàng Nhà nước|TAND=Tòa án nhân dân|VKSND=Viện Kiểm sát nhân dân|"
            "VKS=Viện Kiểm sát|CAND=Công an nhân dân|QĐND=Quân đội nhân dân|CSGT=Cảnh sát giao thông|"
            "BHXH=Bảo hiểm xã hội|ĐHQG=Đại học Quốc gia|LHQ=Liên Hợp Quốc|CLB=Câu lạc bộ|HTX=Hợp tác xã|"
            "BCH=Ban Chấp hành|BCĐ=Ban Chỉ đạo|UBKT=Ủy ban Kiểm tra|VFF=Liên đoàn Bóng đá Việt Nam|"
            "VCCI=Phòng Thương mại và Công nghiệp Việt Nam|EVN=Tập đoàn Điện lực Việt Nam|"
            "PVN=Tập đoàn Dầu khí Việt Nam|VNPT=Tập đoàn Bưu chính Viễn thông Việt Nam|"
            "BIDV=Ngân hàng Đầu tư và Phát triển Việt Nam|VTV=Đài Truyền hình Việt Nam|VOV=Đài Tiếng nói Việt Nam|"
            "TW=Trung ương|TƯ=Trung ương|WHO=Tổ chức Y tế Thế giới|FIFA=Liên đoàn Bóng đá Quốc tế|"
            "NATO=Tổ chức Hiệp ước Bắc Đại Tây Dương|ASEAN=Hiệp hội các quốc gia Đông Nam Á|EU=Liên minh châu Âu|"
            "UN=Liên Hợp Quốc|IMF=Quỹ Tiền tệ Quốc tế|WB=Ngân hàng Thế giới|ADB=Ngân hàng Phát triển châu Á|"
            "WTO=Tổ chức Thương mại Thế giới|UNESCO=Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc|"
            "UNICEF=Quỹ Nhi đồng Liên Hợp Quốc|UEFA=Liên đoàn Bóng đá châu Âu|AFC=Liên đoàn Bóng đá châu Á|"
            "AFF=Liên đoàn Bóng đá Đông Nam Á|IOC=Ủy ban Olympic Quốc tế|OPEC=Tổ chức các nước xuất khẩu dầu mỏ|"
            "APEC=Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương|FBI=Cục Điều tra Liên bang Mỹ|"
            "CIA=Cục Tình báo Trung ương Mỹ|NASA=Cơ quan Hàng không và Vũ trụ Mỹ|FED=Cục Dự trữ Liên bang Mỹ|"
            "Fed=Cục Dự trữ Liên bang Mỹ|BBC=BBC|CNN=CNN|AFP=AFP|VFF=Liên đoàn Bóng đá Việt Nam|"
            "TAND TP=Tòa án nhân dân thành phố|VKSND TP=Viện Kiểm sát nhân dân thành phố|HAGL=Hoàng Anh Gia Lai"
        )
    )
}

# Companies, media and bodies known by name alone (not followed by another capitalised word, which
# would make them part of a product name such as "Toyota Camry").
KNOWN_ORGS = frozenset(
    _split(
        "Google|Facebook|Apple|Microsoft|Amazon|Samsung|Sony|Toyota|Honda|Ford|BMW|Mercedes-Benz|Audi|"
        "Ferrari|Rolls-Royce|Bentley|Hyundai|Nissan|Tesla|Uber|Grab|Intel|Huawei|Xiaomi|Nokia|Alibaba|"
        "Vingroup|Vinamilk|Viettel|FPT|Mobifone|MobiFone|Vinaphone|VinaPhone|Vietcombank|VietinBank|Vietinbank|"
        "Agribank|Techcombank|Sacombank|VPBank|ACB|SHB|MB|Vietjet|VietJet|Vietjet Air|Vietnam Airlines|"
        "Bloomberg|Reuters|AP|Forbes|Nikkei|Xinhua|Tân Hoa xã|Yonhap|Kyodo|CNBC|CNN|BBC|AFP|Twitter|YouTube|"
        "Youtube|Instagram|Interpol|"
        "IS|ISIS|Taliban|Hamas|Hezbollah|al-Qaeda|Al-Qaeda|"
        "Masan|Hòa Phát|Vinashin|Petrolimex|Sabeco|Habeco|Vinatex|Boeing|Airbus|"
        "Real Madrid|Barcelona|Manchester United|Man Utd|Chelsea|Arsenal|Liverpool|Bayern Munich|Juventus|"
        "Man City|Manchester City|PSG|La Liga|"
        "Tottenham|Inter Milan|AC Milan|Atletico Madrid|Dortmund|Barca|Barça|Atletico|Atlético|Real|Sevilla FC|"
        "Villarreal|Real Sociedad|Athletic Bilbao|Eibar|Alaves|Celta Vigo|Espanyol|Getafe|Leganes|Osasuna|Real Betis|"
        "Deportivo La Coruna|Las Palmas|Leicester|Leicester City|Everton|Southampton|West Ham|Crystal Palace|"
        "Bayern|Leverkusen|Schalke|Benfica|Ajax|Napoli|Lazio|AS Roma|Inter|Fiorentina|Zenit|CSKA Moscow"
    )
)

# Vietnamese news outlets and carmakers, frequent in the news and named without a head word.
MEDIA_AND_MAKERS = frozenset(
    _split(
        "VnExpress|Tuổi Trẻ|Thanh Niên|Dân trí|Dân Trí|Zing|Zing News|Vietnamnet|VietNamNet|Người Lao Động|"
        "Tiền Phong|Lao Động|Nhân Dân|Sài Gòn Giải Phóng|Vietnamplus|VietnamPlus|VTC|Kenh14|Soha|Infonet|"
        "Giáo dục Việt Nam|An ninh Thủ đô|Hà Nội Mới|Công an Nhân dân|Khám Phá|Người Đưa Tin|Vnreview|Dân Việt|"
        "Pháp Luật TP.HCM|Pháp luật TP.HCM|Thể thao & Văn hóa|Bóng đá|Vietnam Finance|CafeF|VietQ|Motor1|"
        "Autocar|Top Gear|Carscoops|New York Times|Washington Post|Wall Street Journal|Financial Times|"
        "Guardian|Telegraph|Daily Mail|The Sun|Sputnik|RT|TASS|Al Jazeera|Fox News|NBC|ABC|CBS|USA Today|"
        "Lamborghini|Porsche|McLaren|Volkswagen|Lexus|Kia|Mazda|Mitsubishi|Suzuki|Chevrolet|GM|Jaguar|"
        "Land Rover|Volvo|Peugeot|Renault|Fiat|Maserati|Bugatti|Koenigsegg|Pagani|Aston Martin|Mercedes|"
        "Mercedes-Benz|Thaco|Trường Hải|VinFast|Tata Motor|Tata Motors|Yamaha|Piaggio|Harley-Davidson|Ducati|"
        "Vinhomes|Vincom|Vinpearl|Novaland|Sun Group|FLC|Hoàng Anh Gia Lai|Bkav|Sony|LG|Oppo|Asus|Dell|HP|"
        "Lenovo|Canon|Panasonic|Toshiba|Nestle|Unilever|Coca-Cola|Pepsi|McDonald's|Starbucks|KFC|Heineken|"
        "Carlsberg|Walmart|Netflix|Disney|Warner Bros|Paramount|Universal|Spotify|Samsung Electronics"
    )
)

# Classifiers after which a capitalised name is an organisation; the classifier stays out of the span
# ("hãng Slice Intelligence" -> "Slice Intelligence", "tờ Marca" -> "Marca").
ORG_TRIGGERS = _split(
    "hãng|tờ|nhà mạng|đội bóng|nhóm nhạc|kênh|trang|trang tin|hãng tin|hãng xe|thương hiệu|"
    "nhãn hàng|hãng hàng không|nhà sản xuất|hãng thông tấn|kênh truyền hình|hãng truyền thông|"
    # A club is what a player wears the shirt of, joins or is lent from: "trong màu áo Granada".
    "màu áo|khoác áo|gia nhập|cho mượn từ|đội trẻ|nhà ĐKVĐ|ĐKVĐ"
)

# Lowercase heads that belong to the name when a proper name or a place follows ("trường mầm non Sen Vàng",
# "công an phường Nhật Tân", "đảng Dân chủ", "báo Thể Thao và Văn Hóa", "tập đoàn Dầu mỏ Quốc gia").
LOWER_HEADS = _split(
    "trường|công an|đảng|báo|tập đoàn|tổng công ty|công ty|ngân hàng|bệnh viện|đài|tạp chí|học viện|"
    "đại học|câu lạc bộ|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|tòa án nhân dân|toà án nhân dân|"
    "viện kiểm sát nhân dân|sở|chi cục|cục|tổng cục|nhà máy|trung tâm|liên đoàn|hiệp hội|thông tấn xã|"
    "đài truyền hình|đài phát thanh|nhà xuất bản|viện|hãng phim|câu lạc bộ bóng đá|hợp tác xã|quỹ|đảng ủy|"
    "huyện ủy|tỉnh ủy|thành ủy|công an nhân dân|cảnh sát|đồn biên phòng|bộ đội biên phòng|phòng|bộ|cơ sở|"
    "mầm non|nha khoa|phòng khám"
)
# Lowercase words that say which kind of body it is, between the head and the name ("trường tiểu học …").
LOWER_KINDS = _split(
    "mầm non|tiểu học|trung học cơ sở|trung học phổ thông|trung học|phổ thông|phổ thông trung học|cao đẳng|"
    "đại học|trung cấp|dân lập|tư thục|quốc tế|chuyên|nghề|dạy nghề|cổ phần|trách nhiệm hữu hạn|tư nhân|"
    "thương mại cổ phần|thương mại|đa khoa|đa khoa tỉnh|nhi|phụ sản|quân y|mắt|y học cổ truyền|"
    "truyền hình|phát thanh|phát thanh truyền hình|bóng đá|hàng không|xây dựng|đầu tư|liên doanh|nhà nước"
)
