"""The document's fields by their display names: 'periods.baseline.production' is "Sản lượng kỳ cơ
sở" on a Vietnamese screen; a row of a list is named by its number ("Lượng tiêu thụ, dòng 2")."""

from __future__ import annotations

import re

# the path with its list indices as [] → (vi, en)
_FIELDS: dict[str, tuple[str, str]] = {
    "document": ("Tài liệu đánh giá", "Assessment document"),
    "id": ("Mã đánh giá", "Assessment id"),
    "created_at": ("Thời điểm tạo", "Created"),
    "updated_at": ("Thời điểm sửa", "Updated"),
    "language": ("Ngôn ngữ", "Language"),
    "assessment_type": ("Loại đánh giá", "Assessment type"),
    "template": ("Mẫu ngành", "Sector template"),
    "facility.name": ("Tên cơ sở", "Facility name"),
    "facility.tax_code": ("Mã số thuế", "Tax code"),
    "facility.province": ("Tỉnh/thành phố", "Province"),
    "facility.address": ("Địa chỉ", "Address"),
    "facility.vsic": ("Mã ngành VSIC", "VSIC code"),
    "facility.sector": ("Ngành", "Sector"),
    "facility.employees": ("Số lao động", "Employees"),
    "facility.design_capacity": ("Công suất thiết kế", "Design capacity"),
    "product.name": ("Tên sản phẩm", "Product name"),
    "product.unit": ("Đơn vị sản phẩm", "Product unit"),
    "periods.baseline": ("Kỳ cơ sở", "Baseline period"),
    "periods.baseline.start": ("Ngày bắt đầu kỳ cơ sở", "Baseline start"),
    "periods.baseline.end": ("Ngày kết thúc kỳ cơ sở", "Baseline end"),
    "periods.baseline.production": ("Sản lượng kỳ cơ sở", "Baseline production"),
    "periods.reporting": ("Kỳ báo cáo", "Reporting period"),
    "periods.reporting.start": ("Ngày bắt đầu kỳ báo cáo", "Reporting start"),
    "periods.reporting.end": ("Ngày kết thúc kỳ báo cáo", "Reporting end"),
    "periods.reporting.production": ("Sản lượng kỳ báo cáo", "Reporting production"),
    "consumption[]": ("Tiêu thụ", "Consumption"),
    "consumption[].resource": ("Tài nguyên tiêu thụ", "Consumed resource"),
    "consumption[].carrier": ("Loại nhiên liệu", "Fuel"),
    "consumption[].period": ("Kỳ của số tiêu thụ", "Consumption period"),
    "consumption[].quantity": ("Lượng tiêu thụ", "Consumption"),
    "consumption[].unit_price": ("Đơn giá", "Unit price"),
    "process_steps[]": ("Công đoạn", "Process step"),
    "process_steps[].id": ("Mã công đoạn", "Step id"),
    "process_steps[].name": ("Tên công đoạn", "Step name"),
    "process_steps[].basis": ("Cơ sở tính của công đoạn", "Step basis"),
    "process_steps[].flows[]": ("Dòng vật chất", "Flow"),
    "process_steps[].flows[].id": ("Mã dòng vật chất", "Flow id"),
    "process_steps[].flows[].name": ("Tên dòng vật chất", "Flow name"),
    "process_steps[].flows[].resource": ("Tài nguyên của dòng", "Flow resource"),
    "process_steps[].flows[].quantity": ("Lượng của dòng", "Flow quantity"),
    "process_steps[].flows[].unit_price": ("Đơn giá của dòng", "Flow unit price"),
    "process_steps[].flows[].treatment_cost": ("Chi phí xử lý", "Treatment cost"),
    "options[]": ("Giải pháp", "Option"),
    "options[].id": ("Mã giải pháp", "Option id"),
    "options[].title": ("Tên giải pháp", "Option title"),
    "options[].process_step": ("Công đoạn của giải pháp", "Option's process step"),
    "options[].investment": ("Vốn đầu tư", "Investment"),
    "options[].annual_saving": ("Tiết kiệm hằng năm", "Annual saving"),
    "options[].annual_operating_cost": ("Chi phí vận hành hằng năm", "Annual operating cost"),
    "options[].lifetime_years": ("Tuổi thọ (năm)", "Lifetime (years)"),
    "options[].resource_savings[].resource": ("Tài nguyên tiết kiệm", "Resource saved"),
    "options[].resource_savings[].quantity": ("Lượng tiết kiệm", "Resource saving"),
    "options[].responsible": ("Người phụ trách giải pháp", "Responsible for the option"),
    "options[].planned_date": ("Ngày dự kiến thực hiện", "Planned date"),
    "options[].done_date": ("Ngày hoàn thành", "Done date"),
    "process_steps[].basis_label": ("Tên cơ sở tính của công đoạn", "Basis label"),
    "focus_matrix.criteria[].id": ("Mã tiêu chí chọn trọng tâm", "Focus criterion id"),
    "focus_matrix.criteria[].name": ("Tên tiêu chí chọn trọng tâm", "Focus criterion name"),
    "focus_matrix.criteria[].weight": ("Trọng số tiêu chí", "Focus criterion weight"),
    "focus_matrix.scores": ("Điểm của công đoạn", "Step score"),
    "maintenance.measures[]": ("Biện pháp duy trì SXSH", "Measure to sustain CP"),
    "maintenance.next_focus": ("Trọng tâm đánh giá tiếp theo", "Next audit focus"),
    "maintenance.review_date": ("Ngày đánh giá lại", "Next review date"),
    "executive_summary": ("Tóm tắt", "Summary"),
    "conclusions": ("Kết luận và kiến nghị", "Conclusions and recommendations"),
    "tasks[].task": ("Nhiệm vụ", "Task"),
    "settings.discount_rate": ("Tỷ lệ chiết khấu", "Discount rate"),
    "settings.grid_emission_factor_year": ("Năm của hệ số phát thải lưới điện", "Grid emission factor year"),
    "settings.balance_tolerance_percent": ("Sai lệch cân bằng cho phép", "Balance tolerance"),
    "settings.regression_min_r2": ("R² tối thiểu của mô hình", "Minimum R² of the model"),
    "settings.regression_max_p_slope": ("Giá trị p tối đa của hệ số", "Maximum p-value of the slope"),
    "settings.savings_methods": ("Phương pháp tính tiết kiệm", "Savings method"),
    "benchmark_process": ("Công đoạn áp dụng định mức", "Sub-process of the norm"),
    "monitoring_layout.period": ("Kỳ đọc số của bảng theo dõi", "Reading period of the monitoring table"),
    "monitoring_layout.resources[]": ("Tài nguyên của bảng theo dõi", "Resource of the monitoring table"),
    "monitoring_layout.drivers[].key": ("Yếu tố ảnh hưởng của bảng theo dõi", "Driver of the monitoring table"),
    "monitoring_layout.units": ("Đơn vị của bảng theo dõi", "Unit of the monitoring table"),
    "readings[]": ("Kỳ đọc", "Reading"),
    "readings[].end": ("Ngày kết thúc kỳ đọc", "Reading end"),
    "readings[].period": ("Kỳ của kỳ đọc", "Reading period"),
    "readings[].production": ("Sản lượng kỳ đọc", "Reading production"),
    "readings[].consumption[].resource": ("Tài nguyên của kỳ đọc", "Reading resource"),
    "readings[].consumption[].quantity": ("Lượng tiêu thụ kỳ đọc", "Reading consumption"),
    "readings[].drivers": ("Yếu tố ảnh hưởng của kỳ đọc", "Reading driver"),
    # the document's sections, for what its schema refuses of one as a whole (a field missing in it)
    "format": ("Định dạng tài liệu", "Document format"),
    "format_version": ("Phiên bản định dạng tài liệu", "Document format version"),
    "revision": ("Số phiên bản của tài liệu", "Revision"),
    "facility": ("Thông tin cơ sở", "Facility"),
    "consultant": ("Thông tin tư vấn viên", "Consultant"),
    "team": ("Nhóm đánh giá", "Audit team"),
    "team[]": ("Thành viên nhóm đánh giá", "Team member"),
    "product": ("Sản phẩm", "Product"),
    "periods": ("Các kỳ", "Periods"),
    "consumption": ("Tiêu thụ", "Consumption"),
    "process_steps": ("Các công đoạn", "Process steps"),
    "options": ("Các giải pháp", "Options"),
    "tasks": ("Các nhiệm vụ", "Tasks"),
    "tasks[]": ("Nhiệm vụ", "Task"),
    "settings": ("Thiết lập", "Settings"),
    "readings": ("Các kỳ đọc", "Readings"),
    "focus_matrix": ("Ma trận chọn trọng tâm", "Focus matrix"),
    "maintenance": ("Duy trì sản xuất sạch hơn", "Sustaining cleaner production"),
    "monitoring_layout": ("Bảng theo dõi", "Monitoring table"),
}

_PATH = re.compile(r"^[a-z_][a-z0-9_]*(?:\[\d+\])?(?:\.[a-z0-9_]+(?:\[\d+\])?)*$")
_INDEX = re.compile(r"\[(\d+)\]")
_ROW = {"vi": "dòng {n}", "en": "row {n}"}


def is_path(text: str) -> bool:
    """Whether a field is named by the document's path (rather than by a label already in words)."""
    return bool(_PATH.match(text.split(" (", 1)[0]))


def field_label(field: str, language: str = "vi") -> str:
    """The field's display name ("Lượng tiêu thụ, dòng 3"); a label already in words as given; ""
    for a path the catalogue does not know (a person is never shown a bare path)."""
    if not field:
        return ""
    if not is_path(field):
        return field
    path = field.split(" (", 1)[0]
    rows = [int(n) + 1 for n in _INDEX.findall(path)]
    generic = _INDEX.sub("[]", path)
    names = _FIELDS.get(generic)
    while names is None and "." in generic:  # readings[].drivers.temperature → readings[].drivers
        generic = generic.rsplit(".", 1)[0]
        names = _FIELDS.get(generic)
    if names is None:
        return ""
    lang = "vi" if language == "vi" else "en"
    label = names[0] if lang == "vi" else names[1]
    if rows:
        label += ", " + ", ".join(_ROW[lang].format(n=n) for n in rows)
    return label
