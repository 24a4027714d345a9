"""The words of the norm comparison (benchmark.py): why there is no comparison, and the notes on a period."""

from __future__ import annotations

from .methodology import Label

REASONS = {
    "no_template": Label(
        "Đánh giá này không tạo từ mẫu ngành nên chưa có định mức để so sánh.",
        "This assessment was not made from a sector template, so there is no norm to compare with.",
    ),
    "unknown_template": Label(
        "Không tìm thấy mẫu ngành '{key}' nên chưa có định mức để so sánh.",
        "The sector template '{key}' is not installed, so there is no norm to compare with.",
    ),
    "no_norms": Label(
        "Mẫu ngành này không có định mức tiêu hao năng lượng chính thức nào được biết.",
        "No official energy norm is known for this sector template.",
    ),
    "choose_process": Label(
        "Mẫu ngành có định mức cho nhiều công đoạn; hãy chọn công đoạn mà số liệu năng lượng của cơ sở bao trùm.",
        "The template has norms for several sub-processes; choose the one the facility's energy data cover.",
    ),
    "unknown_process": Label(
        "Mẫu ngành không có định mức cho công đoạn '{key}'.",
        "The template has no norm for the sub-process '{key}'.",
    ),
    "no_production": Label(
        "Chưa nhập sản lượng: chưa so được với định mức.",
        "No production entered yet: the norm cannot be compared.",
    ),
    "no_energy": Label(
        "Chưa có số liệu tiêu thụ năng lượng: chưa so được với định mức.",
        "No energy consumption entered yet: the norm cannot be compared.",
    ),
    "unit_mismatch": Label(
        "Đơn vị sản phẩm '{unit}' không quy đổi được sang đơn vị của định mức ({norm_unit}).",
        "The product unit '{unit}' cannot be converted to the norm's unit ({norm_unit}).",
    ),
}

NOTES = {
    "period_outside": Label(
        "Năm {year} nằm ngoài các giai đoạn của định mức ({periods}): không so với định mức.",
        "{year} is outside the norm's periods ({periods}): no comparison with the norm.",
    ),
    "replaced": Label(
        "Kỳ kết thúc ngày {end}, khi {document} đã được thay bằng {replaced_by}: định mức theo {replaced_by} "
        "chưa có trong dữ liệu tham chiếu, nên không kết luận đạt hay không đạt.",
        "The period ends on {end}, when {document} had been replaced by {replaced_by}: the norm of {replaced_by} "
        "is not in the reference data yet, so no verdict is given.",
    ),
    "expired": Label(
        "Kỳ kết thúc ngày {end}, sau khi {document} hết hiệu lực: không so với định mức.",
        "The period ends on {end}, after {document} ceased to be in force: no comparison with the norm.",
    ),
    "not_yet": Label(
        "Kỳ kết thúc ngày {end}, trước khi {document} có hiệu lực ({since}): không so với định mức.",
        "The period ends on {end}, before {document} took effect ({since}): no comparison with the norm.",
    ),
    "no_class": Label(
        "Sản lượng năm {capacity} {unit} không thuộc nhóm quy mô nào của định mức.",
        "An annual production of {capacity} {unit} falls in none of the norm's capacity classes.",
    ),
    "no_value": Label(
        "Định mức không có giá trị cho nhóm quy mô và giai đoạn này.",
        "The norm gives no figure for this capacity class and period.",
    ),
    "unconvertible": Label(
        "'{resource}': không quy đổi được {unit} sang năng lượng; bỏ qua bản ghi này.",
        "'{resource}': {unit} cannot be converted to energy; this entry is left out.",
    ),
    "no_energy_period": Label(
        "Kỳ này chưa có số liệu tiêu thụ năng lượng.",
        "This period has no energy consumption data.",
    ),
    "best_scope": Label(
        "Mức thực hành tốt nhất này chỉ áp dụng cho: {scope}.",
        "This best-practice figure is for: {scope}.",
    ),
}
