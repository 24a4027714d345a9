"""The report's words for its summary (tóm tắt), its conclusions and recommendations (kết luận và kiến
nghị), the sign-off and the target in force, Vietnamese and English; merged into report/strings.py's
template by `strings()`."""

from __future__ import annotations

SUMMARY_STRINGS: dict[str, dict[str, str]] = {
    "vi": {
        "s_summary": "Tóm tắt",
        "summary_who": (
            "Báo cáo trình bày kết quả {type} sản xuất sạch hơn tại {facility}{sector}, do {consultant} "
            "thực hiện cùng nhóm SXSH của cơ sở; kỳ cơ sở {baseline}, kỳ báo cáo {reporting}."
        ),
        "summary_options": (
            "Đã xác định {n} cơ hội SXSH: {now} thực hiện ngay, {study} cần nghiên cứu thêm, {rejected} bị loại; "
            "{implemented} cơ hội đã thực hiện và {selected} cơ hội được chọn để thực hiện."
        ),
        "summary_investment": (
            "Các cơ hội đã thực hiện và được chọn cần vốn đầu tư {investment} triệu đồng và mang lại lợi ích "
            "ròng khoảng {benefit} triệu đồng/năm."
        ),
        "summary_energy": (
            "So với kỳ cơ sở, suất tiêu hao năng lượng giảm {pct} (tính theo TOE), tương đương {toe} TOE và "
            "{co2} tấn CO2 trong kỳ báo cáo; tổng lợi ích kinh tế {vnd} triệu đồng."
        ),
        "summary_energy_up": (
            "So với kỳ cơ sở, suất tiêu hao năng lượng tăng {pct} (tính theo TOE): chưa có tiết kiệm năng lượng."
        ),
        "summary_no_results": "Chưa tính được kết quả tiết kiệm vì {what}.",
        "summary_waste": "Dòng thải tốn kém nhất là {stream} ({share} chi phí dòng thải đã tính).",
        "target_met": "Kết quả đạt mục tiêu đang áp dụng: {reason}",
        "target_not_met": "Kết quả chưa đạt mục tiêu đang áp dụng: {reason}",
        "target_reference": "{reason}",
        "s_conclusions": "Kết luận và kiến nghị",
        "s_conclusions_1": "Kết luận",
        "s_recommendations": "Kiến nghị",
        "conclusion_balances": (
            "Cân bằng vật liệu và năng lượng của {bad} trong {n} công đoạn chưa khép kín trong sai số cho phép; "
            "các số liệu đo của các công đoạn này cần được kiểm tra lại."
        ),
        "conclusion_balances_ok": "Cân bằng của các công đoạn đã tính khép kín trong sai số cho phép.",
        "recommend_selected": "Triển khai các cơ hội đã được chọn nhưng chưa thực hiện: {items}.",
        "recommend_study": "Nghiên cứu khả thi chi tiết các cơ hội cần nghiên cứu thêm: {items}.",
        "recommend_target": "Tiếp tục các giải pháp tiết kiệm năng lượng để đạt mục tiêu {band} của {programme}.",
        "recommend_monitoring": (
            "Duy trì SXSH: theo dõi định kỳ suất tiêu hao (điện, nhiên liệu, nước, nguyên liệu trên đơn vị sản "
            "phẩm), lập kế hoạch đánh giá lại và hoàn thành các nhiệm vụ còn lại ({tasks})."
        ),
        "recommend_monitoring_done": (
            "Duy trì SXSH: theo dõi định kỳ suất tiêu hao trên đơn vị sản phẩm và đánh giá lại khi thay đổi "
            "sản phẩm, công nghệ hoặc quy mô."
        ),
        "recommend_data": "Bổ sung số liệu còn thiếu: {items}.",
        "s_signoff": "Xác nhận báo cáo",
        "signoff_intro": "Các bên dưới đây xác nhận nội dung báo cáo.",
        "signoff_director": "Đại diện cơ sở (Giám đốc)",
        "signoff_leader": "Trưởng nhóm SXSH",
        "signoff_consultant": "Đơn vị tư vấn",
        "signoff_sign": "(Ký, ghi rõ họ tên)",
        "signoff_date": "Ngày ..... tháng ..... năm ..........",
        "col_programme": "Văn bản",
        "band_in_force": "đang áp dụng",
        "band_not_in_force": "không áp dụng cho kỳ báo cáo",
        "band_indicative": "chỉ để tham khảo",
        "no_feasibility": (
            "Chưa có đánh giá tính khả thi kỹ thuật và môi trường cho cơ hội nào; nhóm SXSH cần bổ sung khi "
            "nghiên cứu khả thi (nhiệm vụ 10, 12)."
        ),
    },
    "en": {
        "s_summary": "Summary",
        "summary_who": (
            "This report presents the results of the {type} cleaner production assessment at {facility}{sector}, "
            "carried out by {consultant} with the facility's CP team; baseline period {baseline}, reporting period "
            "{reporting}."
        ),
        "summary_options": (
            "{n} CP options were identified: {now} to implement now, {study} for further study, {rejected} rejected; "
            "{implemented} options have been implemented and {selected} selected for implementation."
        ),
        "summary_investment": (
            "The implemented and selected options need an investment of VND {investment} million and bring a net "
            "benefit of about VND {benefit} million a year."
        ),
        "summary_energy": (
            "Compared with the baseline, specific energy consumption fell by {pct} (on TOE), {toe} TOE and "
            "{co2} t CO2 in the reporting period; the total economic benefit is VND {vnd} million."
        ),
        "summary_energy_up": (
            "Compared with the baseline, specific energy consumption rose by {pct} (on TOE): no energy saving yet."
        ),
        "summary_no_results": "The savings cannot be computed yet: {what}.",
        "summary_waste": "The costliest waste stream is {stream} ({share} of the costed waste).",
        "target_met": "The result meets the target in force: {reason}",
        "target_not_met": "The result does not meet the target in force: {reason}",
        "target_reference": "{reason}",
        "s_conclusions": "Conclusions and recommendations",
        "s_conclusions_1": "Conclusions",
        "s_recommendations": "Recommendations",
        "conclusion_balances": (
            "The material or energy balance of {bad} of the {n} steps does not close within the tolerance; the "
            "measurements of these steps should be checked."
        ),
        "conclusion_balances_ok": "The balances of the steps computed close within the tolerance.",
        "recommend_selected": "Carry out the options selected but not yet implemented: {items}.",
        "recommend_study": "Study in detail the options marked for further study: {items}.",
        "recommend_target": "Continue the energy saving measures to meet the {band} target of {programme}.",
        "recommend_monitoring": (
            "Keep CP going: monitor specific consumption (electricity, fuel, water, materials per unit of product) "
            "regularly, plan the next assessment and complete the remaining tasks ({tasks})."
        ),
        "recommend_monitoring_done": (
            "Keep CP going: monitor specific consumption per unit of product regularly and assess again when "
            "products, technology or scale change."
        ),
        "recommend_data": "Complete the missing data: {items}.",
        "s_signoff": "Sign-off",
        "signoff_intro": "The undersigned confirm the content of this report.",
        "signoff_director": "For the facility (Director)",
        "signoff_leader": "CP team leader",
        "signoff_consultant": "Consultant",
        "signoff_sign": "(Signature, full name)",
        "signoff_date": "Date: ........................",
        "col_programme": "Document",
        "band_in_force": "in force",
        "band_not_in_force": "not in force for the reporting period",
        "band_indicative": "for reference only",
        "no_feasibility": (
            "No option has a technical or environmental feasibility assessment yet; the CP team adds them in the "
            "feasibility study (tasks 10 and 12)."
        ),
    },
}
