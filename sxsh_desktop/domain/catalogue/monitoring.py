"""What the savings computation warns of (domain/savings.py, readings.py, mv.py, regression.py): a period
missing, readings that disagree with the entries, a resource left out of the totals, why a resource keeps
the ratio method, a reporting month the model must extrapolate to.

The English is the line `sxsh savings` prints (a resource by its key, a unit as typed); a `Named`
parameter (a resource, a unit) is said by its name on a screen and in Vietnamese, a `Figure` the
Vietnamese way. The Vietnamese names a resource without quotes: it is a name, not a key.
"""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


_EXTRAPOLATES_EN = "lies outside the baseline's range"

MONITORING: dict[str, dict[str, str]] = {
    # -- the savings per unit product (domain/savings.py)
    "savings.no_baseline": _t(
        "No baseline period: savings cannot be computed.", "Chưa có kỳ cơ sở: chưa tính được tiết kiệm."
    ),
    "savings.placeholder_baseline": _t(
        "No baseline data entered yet (the template's placeholder period): savings cannot be computed.",
        "Chưa nhập số liệu kỳ cơ sở (kỳ cơ sở đang là giá trị tạm của mẫu): chưa tính được tiết kiệm.",
    ),
    "savings.no_reporting": _t(
        "No reporting period: savings cannot be computed.", "Chưa có kỳ báo cáo: chưa tính được tiết kiệm."
    ),
    "savings.production_ratio": _t(
        "Reporting production is {ratio} of the baseline (outside ±10 %): the specific consumption may move "
        "with output alone.",
        "Sản lượng kỳ báo cáo bằng {ratio} kỳ cơ sở (ngoài ±10 %): suất tiêu hao có thể thay đổi chỉ do sản lượng.",
    ),
    "savings.missing_period": _t(
        "'{resource}' has data for the {period} period only: left out of the totals.",
        "{resource} chỉ có số liệu {period}: không đưa vào tổng.",
    ),
    "savings.zero_baseline": _t(
        "'{resource}': baseline consumption is zero, so no saving percent.",
        "{resource}: tiêu thụ kỳ cơ sở bằng 0, không tính được phần trăm tiết kiệm.",
    ),
    "savings.no_energy": _t(
        "No energy data for both periods: the strategy targets cannot be checked.",
        "Không có dữ liệu năng lượng cho cả hai kỳ: chưa so được với mục tiêu Chiến lược.",
    ),
    "savings.grid_year": _t(
        "No official grid emission factor for {asked}; the factor of {used} is used.",
        "Không có hệ số phát thải lưới điện chính thức năm {asked}; dùng năm {used}.",
    ),
    "savings.unknown_fuel": _t(
        "'{resource}' looks like a fuel but is not in the table of factors, so it is not in the energy totals; "
        "set its carrier, e.g. {examples}.",
        "{resource} có vẻ là nhiên liệu nhưng không có trong bảng hệ số: chưa tính vào tổng năng lượng; "
        "hãy chọn dạng năng lượng của nó, ví dụ {examples}.",
    ),
    "savings.not_entered": _t(
        "'{resource}' ({when}): no quantity entered yet — left out of the totals.",
        "{resource} ({when}): chưa nhập lượng — không tính vào tổng.",
    ),
    "savings.when.baseline": _t("baseline", "kỳ cơ sở"),
    "savings.when.reporting": _t("reporting period", "kỳ báo cáo"),
    "savings.unconvertible": _t(
        "'{resource}': {unit} cannot be converted to {target}; this entry is left out.",
        "{resource}: không quy đổi được {unit} sang {target}; bỏ qua bản ghi này.",
    ),
    # -- the readings' sums against the entries (domain/readings.py)
    "readings.consumption_differs": _t(
        "'{resource}', {period} period: the entry {entered} differs from the readings' sum {summed} {unit} "
        "({diff}); the readings' sum is used.",
        "{resource} ({period}): số nhập {entered} khác tổng các kỳ đọc {summed} {unit} ({diff}); dùng tổng các kỳ đọc.",
    ),
    "readings.production_differs": _t(
        "{period} production: the entry {entered} differs from the readings' sum {summed} {unit} ({diff}); "
        "the readings' sum is used.",
        "Sản lượng {period}: số nhập {entered} khác tổng các kỳ đọc {summed} {unit} ({diff}); dùng tổng các kỳ đọc.",
    ),
    "readings.no_production": _t(
        "{n} of the {total} {period} readings have no production: the period's production holds only the others.",
        "{n} trên {total} kỳ đọc của {period} chưa có sản lượng: sản lượng của kỳ chỉ gồm các kỳ đọc còn lại.",
    ),
    "readings.gap": _t(
        "The {period} readings cover {covered} of its {days} days: its totals hold only the days read.",
        "Các kỳ đọc của {period} phủ {covered} trên {days} ngày: tổng chỉ gồm những ngày có số đọc.",
    ),
    # -- the method of each resource (domain/mv.py)
    "mv.ratio_because": _t(
        "'{resource}': the ratio method is used because {reason}.",
        "{resource}: dùng phương pháp suất tiêu hao (tỷ số) vì {reason}.",
    ),
    "mv.chosen": _t("the ratio method was chosen", "người dùng chọn phương pháp tỷ số"),
    "mv.invalid": _t("the model is not valid: {reasons}", "mô hình chưa đạt: {reasons}"),
    "mv.no_reporting": _t("the reporting period has no data of it", "kỳ báo cáo chưa có số liệu của tài nguyên này"),
    "mv.driver_missing": _t(
        "the reporting reading {span} has no value of the driver '{driver}'",
        "kỳ đọc {span} của kỳ báo cáo thiếu yếu tố '{driver}'",
    ),
    "mv.whole_period_drivers": _t(
        "the reporting period has no readings to give the driver {drivers}",
        "kỳ báo cáo không có số đọc để tính yếu tố {drivers}",
    ),
    "mv.outside_range.production": _t(
        "'{resource}': the production of {spans} " + _EXTRAPOLATES_EN + " ({low} {unit} – {high} {unit}): "
        "the model extrapolates.",
        "{resource}: sản lượng của {spans} nằm ngoài khoảng của kỳ cơ sở ({low} {unit} – {high} {unit}): "
        "mô hình phải ngoại suy.",
    ),
    "mv.outside_range.driver": _t(
        "'{resource}': the '{driver}' of {spans} " + _EXTRAPOLATES_EN + " ({low} – {high}): the model extrapolates.",
        "{resource}: yếu tố '{driver}' của {spans} nằm ngoài khoảng của kỳ cơ sở ({low} – {high}): "
        "mô hình phải ngoại suy.",
    ),
    "mv.partly_read": _t(
        "'{resource}' is read in {n} of the {total} {period} readings: its specific consumption is on the "
        "production of those readings.",
        "{resource} chỉ có số đọc ở {n} trên {total} kỳ đọc của {period}: suất tiêu hao tính trên sản lượng "
        "của các kỳ đọc đó.",
    ),
    # -- the baseline model (domain/regression.py)
    "model.too_few": _t(
        "only {n} baseline readings (at least {need} are needed)", "chỉ có {n} kỳ đọc kỳ cơ sở (cần ít nhất {need})"
    ),
    "model.singular": _t(
        "production (or another driver) does not vary between the readings, so the fixed part cannot be told apart",
        "sản lượng (hoặc yếu tố khác) không đổi giữa các kỳ đọc nên không tách được phần cố định",
    ),
    "model.no_dof": _t("too few readings for {p} coefficients", "quá ít kỳ đọc cho {p} hệ số"),
    "model.r2_low": _t("R² {r2} < {min}", "R² {r2} < {min}"),  # a formula, alike in both languages
    "model.p_high": _t("p of the production slope {p} > {max}", "p của hệ số sản lượng {p} > {max}"),
    "model.slope_not_positive": _t(
        "the production slope is not positive ({slope})", "hệ số sản lượng không dương ({slope})"
    ),
    "model.negative_coefficient": _t(
        "the coefficient of '{name}' is negative ({value}): check the data",
        "hệ số '{name}' âm ({value}): kiểm tra lại số liệu",
    ),
    "model.negative_intercept": _t(
        "the fixed part (intercept) is negative ({value}): check the data",
        "phần cố định (hệ số chặn) âm ({value}): kiểm tra lại số liệu",
    ),
}
