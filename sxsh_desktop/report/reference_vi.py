"""The reference data's sources and notes in Vietnamese, for the Vietnamese report.

The factors (resources/reference/*.json) name their documents bilingually ("Công văn 3505/BCT-KHCN …
(MoIT letter …, 19 April 2011)") and carry notes in English ("Vietnamese coal fines are anthracite").
A Vietnamese report says every sentence in Vietnamese: each English phrase of the data has its
Vietnamese wording here, and the report puts it in place of the English. A cited document's own title
is given in Vietnamese too, with its number, volume and table. tests/unit/test_report_reference_vi.py
fails on a note or source of the data that has no wording here.
"""

from __future__ import annotations

import re

# English phrase of the data → Vietnamese (whole phrases; the longest is replaced first)
WORDINGS = {
    # documents
    "(MoIT letter 3505/BCT-KHCN, 19 April 2011)": "của Bộ Công Thương",
    "IPCC 2006 Guidelines for National GHG Inventories, Vol. 2, Ch. 1, Table 1.2": (
        "Hướng dẫn kiểm kê quốc gia khí nhà kính của IPCC năm 2006, tập 2, chương 1, bảng 1.2"
    ),
    "IPCC 2006 Guidelines for National GHG Inventories, Vol. 2, Ch. 1, Table 1.4": (
        "Hướng dẫn kiểm kê quốc gia khí nhà kính của IPCC năm 2006, tập 2, chương 1, bảng 1.4"
    ),
    "Department of Climate Change (Cục Biến đổi khí hậu), Ministry of Natural Resources and Environment": (
        "Cục Biến đổi khí hậu, Bộ Tài nguyên và Môi trường"
    ),
    # sources of derived values
    "1 TOE = 41.868 GJ (IEA/OECD definition, used by MoIT)": (
        "1 TOE = 41,868 GJ (định nghĩa của IEA/OECD, Bộ Công Thương sử dụng)"
    ),
    "1 kWh = 3.6 MJ (final energy)": "1 kWh = 3,6 MJ (năng lượng cuối cùng)",
    "ratio of the letter's factors per 1,000 L and per t (0.88 / 1.02)": (
        "tỷ số giữa hệ số cho 1.000 L và cho 1 t của công văn (0,88 / 1,02)"
    ),
    "ratio of the letter's factors per 1,000 L and per t (0.94 / 0.99)": (
        "tỷ số giữa hệ số cho 1.000 L và cho 1 t của công văn (0,94 / 0,99)"
    ),
    "ratio of the letter's factors per 1,000 L and per t (0.83 / 1.05)": (
        "tỷ số giữa hệ số cho 1.000 L và cho 1 t của công văn (0,83 / 1,05)"
    ),
    "official TOE per 1,000 m³ × 41.868 GJ/TOE ÷ IPCC NCV 48.0 GJ/t": (
        "hệ số TOE chính thức cho 1.000 m³ × 41,868 GJ/TOE ÷ nhiệt trị thực theo IPCC 48,0 GJ/t"
    ),
    "IPCC NCV 15.6 GJ/t ÷ 41.868 GJ/TOE (no official TOE factor)": (
        "nhiệt trị thực theo IPCC 15,6 GJ/t ÷ 41,868 GJ/TOE (không có hệ số TOE chính thức)"
    ),
    "IPCC NCV 11.6 GJ/t ÷ 41.868 GJ/TOE (no official TOE factor)": (
        "nhiệt trị thực theo IPCC 11,6 GJ/t ÷ 41,868 GJ/TOE (không có hệ số TOE chính thức)"
    ),
    # notes
    "primary-energy factor (≈ 6.46 MJ/kWh)": "hệ số năng lượng sơ cấp (≈ 6,46 MJ/kWh)",
    "the letter gives 0.70–0.75; 0.75 used unless stated": "công văn nêu 0,70–0,75; dùng 0,75 nếu không ghi khác",
    "coke oven coke": "than cốc luyện",
    "Vietnamese coal fines are anthracite": "than cám Việt Nam là than antraxit",
    "anthracite": "than antraxit",
    "0.50 in two secondary sources, 0.60 in a third; 0.50 kept": "0,50 theo hai nguồn thứ cấp, 0,60 theo nguồn thứ ba; dùng 0,50",
    "gas/diesel oil": "dầu diesel",
    "residual fuel oil": "dầu nhiên liệu nặng",
    "motor gasoline": "xăng động cơ",
    "jet kerosene": "dầu hỏa phản lực",
    "biogenic: reported apart, not in the total": "nguồn gốc sinh học: báo cáo riêng, không cộng vào tổng",
    "other primary solid biomass; biogenic: reported apart": "sinh khối rắn sơ cấp khác; nguồn gốc sinh học: báo cáo riêng",
    "other primary solid biomass": "sinh khối rắn sơ cấp khác",
}

_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(WORDINGS, key=len, reverse=True)))


def in_vietnamese(text: str) -> str:
    """`text` from the reference data with each English phrase given in Vietnamese."""
    return re.sub(r"\s{2,}", " ", _PATTERN.sub(lambda m: WORDINGS[m.group(0)], text)).strip()
