"""The report's words in Vietnamese (report/strings.py merges them with the summary's)."""

from __future__ import annotations

VI: dict[str, str] = {
    "title": "BÁO CÁO ĐÁNH GIÁ SẢN XUẤT SẠCH HƠN",
    "running_title": "Báo cáo đánh giá sản xuất sạch hơn",
    "draft": "BẢN NHÁP — CHƯA ĐỦ SỐ LIỆU",
    "facility": "Cơ sở",
    "address": "Địa chỉ",
    "baseline_period": "Kỳ cơ sở",
    "reporting_period": "Kỳ báo cáo",
    "consultant": "Chuyên gia tư vấn",
    "organisation": "Đơn vị tư vấn",
    "report_date": "Ngày lập báo cáo",
    "assessment_ref": "Mã đánh giá {id} · phiên bản {revision}",
    "signature_caption": "Chữ ký số của chuyên gia tư vấn",
    "unsigned": "Báo cáo này chưa được ký số.",
    "page": "Trang {n}/{total}",
    "contents": "MỤC LỤC",
    "figure": "Hình {n}. {text}",
    "table": "Bảng {n}. {text}",
    "missing_title": "Báo cáo chưa đầy đủ. Còn thiếu:",
    "yes": "Có",
    "no": "Không",
    "done": "Đã xong",
    "not_done": "Chưa xong",
    "none": "–",
    # sections
    "s_intro": "Giới thiệu",
    "s_facility": "Thông tin chung về cơ sở",
    "s_team": "Nhóm sản xuất sạch hơn",
    "s_scope": "Phạm vi và phương pháp đánh giá",
    "s_production": "Sản xuất và các đầu vào chính",
    "s_process": "Quy trình sản xuất và trọng tâm đánh giá",
    "s_balances": "Cân bằng vật liệu và năng lượng",
    "s_waste": "Dòng thải và chi phí dòng thải",
    "s_causes": "Phân tích nguyên nhân",
    "s_options": "Các cơ hội sản xuất sạch hơn",
    "s_options_list": "Danh sách cơ hội và kết quả sàng lọc",
    "s_feasibility": "Phân tích tính khả thi về kỹ thuật và môi trường",
    "s_economics": "Phân tích tính khả thi về kinh tế",
    "s_results": "Kết quả thực hiện",
    "s_sec": "Suất tiêu hao trước và sau khi thực hiện",
    "s_savings": "Lượng tiết kiệm",
    "s_energy": "Năng lượng và giảm phát thải khí nhà kính",
    "s_targets": "So sánh với mục tiêu tiết kiệm quốc gia",
    "s_factors": "Hệ số quy đổi đã sử dụng và nguồn",
    "s_implementation": "Thực hiện và duy trì sản xuất sạch hơn",
    "s_appendix": "Phụ lục: Số liệu",
    "s_app_consumption": "Số liệu tiêu thụ như đã nhập",
    "s_app_tasks": "Tiến độ 18 nhiệm vụ đánh giá",
    "s_app_settings": "Thiết lập tính toán và thông tin hồ sơ",
    # facility
    "name": "Tên cơ sở",
    "tax_code": "Mã số thuế",
    "province": "Tỉnh/thành phố",
    "sector": "Ngành sản xuất",
    "vsic": "Mã ngành (VSIC)",
    "employees": "Số lao động",
    "employees_unit": "{n} người",
    "capacity": "Công suất thiết kế",
    "products": "Sản phẩm chính",
    "no_team": "Chưa có danh sách nhóm SXSH.",
    "col_no": "TT",
    "col_name": "Họ và tên",
    "col_position": "Chức vụ",
    "col_role": "Vai trò trong nhóm",
    "assessment_type": "Loại đánh giá",
    "reference_product": "Sản phẩm quy đổi",
    "product_unit": "{name} (đơn vị: {unit})",
    "progress": "Tiến độ",
    "progress_text": "{done}/18 nhiệm vụ đã hoàn thành",
    "contact": "Liên hệ",
    "method_text": (
        "Đánh giá được thực hiện theo phương pháp luận sản xuất sạch hơn gồm 6 bước, 18 nhiệm vụ của "
        "UNEP/UNIDO, như Trung tâm Sản xuất sạch hơn Việt Nam hướng dẫn. Suất tiêu hao được tính trên một "
        "đơn vị sản phẩm quy đổi; lượng tiết kiệm được quy về sản lượng kỳ báo cáo: "
        "S = (SEC<sub>cơ sở</sub> – SEC<sub>báo cáo</sub>) × P<sub>báo cáo</sub>."
    ),
    "notes_of_team": "Ghi chú của nhóm: {text}",
    # production
    "production_intro": "Sản lượng sản phẩm quy đổi và mức tiêu thụ các đầu vào chính của toàn cơ sở trong hai kỳ.",
    "col_period": "Kỳ",
    "col_from": "Từ ngày",
    "col_to": "Đến ngày",
    "col_production": "Sản lượng",
    "col_as_entered": "Như đã nhập",
    "t_production": "Sản lượng theo kỳ",
    "t_inputs": "Tiêu thụ và định mức tiêu hao các đầu vào chính",
    "col_input": "Đầu vào",
    "col_unit": "Đơn vị",
    "col_consumption_b": "Tiêu thụ kỳ cơ sở",
    "col_consumption_r": "Tiêu thụ kỳ báo cáo",
    "col_specific_b": "Định mức kỳ cơ sở",
    "col_specific_r": "Định mức kỳ báo cáo",
    "col_specific_unit": "Đơn vị định mức",
    "col_price": "Đơn giá (VND)",
    "energy_total": (
        "Tổng năng lượng tiêu thụ: kỳ cơ sở {b_toe} TOE ({b_gj} GJ), kỳ báo cáo {r_toe} TOE ({r_gj} GJ). "
        "Suất tiêu hao năng lượng giảm từ {b_mj} xuống {r_mj} MJ/{unit} (năng lượng cuối cùng)."
    ),
    "key_energy_user": (
        "Với khoảng {toe} TOE/năm ở kỳ cơ sở, cơ sở thuộc diện cơ sở sử dụng năng lượng trọng điểm "
        "(từ 1.000 TOE/năm trở lên)."
    ),
    "no_consumption": "Chưa có số liệu tiêu thụ của cơ sở.",
    # process
    "process_intro": "Các công đoạn sản xuất theo thứ tự, cơ sở tính của số liệu dòng và công đoạn được chọn làm trọng tâm.",
    "t_steps": "Các công đoạn sản xuất",
    "col_step": "Công đoạn",
    "col_basis": "Cơ sở tính",
    "col_inputs": "Dòng vào",
    "col_outputs": "Dòng ra",
    "col_focus": "Trọng tâm",
    "f_flow_chart": "Sơ đồ công nghệ với các dòng vào, ra (số liệu cho cơ sở tính của từng công đoạn)",
    "focus_text": "Trọng tâm đánh giá: {steps}.",
    "no_focus": "Chưa chọn công đoạn trọng tâm.",
    "no_steps": "Chưa có công đoạn sản xuất nào: chưa có sơ đồ công nghệ và cân bằng.",
    # balances
    "balances_intro": (
        "Số liệu các dòng được ghi cho cơ sở tính của từng công đoạn và quy về một đơn vị sản phẩm ({unit}). "
        "Cân bằng vật liệu tính theo tấn (thể tích quy đổi qua khối lượng riêng), cân bằng năng lượng tính theo GJ. "
        "Sai số cân bằng = (vào – ra)/vào; ngưỡng chấp nhận {tol} %."
    ),
    "t_flows": "Các dòng của công đoạn {step} (cơ sở tính {basis})",
    "col_flow": "Dòng",
    "col_kind": "Loại",
    "col_direction": "Vào/Ra",
    "col_amount": "Lượng",
    "col_per_unit": "Cho 1 {unit}",
    "closure_mass": "Cân bằng vật liệu: vào {inp} t, ra {out} t, chênh lệch {diff} t ({pct})",
    "closure_energy": "Cân bằng năng lượng: vào {inp} GJ, ra {out} GJ, chênh lệch {diff} GJ ({pct})",
    "open_mass": "Cân bằng vật liệu: vào {inp} t, ra {out} t",
    "open_energy": "Cân bằng năng lượng: vào {inp} GJ, ra {out} GJ",
    "energy_sec_value": "{b_kgoe} (kỳ cơ sở), {r_kgoe} (kỳ báo cáo) kgOE/{unit}; {b_mj} và {r_mj} MJ/{unit}",
    "col_factor_value": "Giá trị",
    "col_method_step": "Bước",
    "closure_ok": "trong ngưỡng {tol} %",
    "closure_bad": "vượt ngưỡng {tol} %, cần kiểm tra lại số liệu",
    "closure_open": "chưa đủ dòng vào và ra để khép cân bằng",
    "excluded": "Không đưa vào cân bằng: {items}.",
    "f_sankey": "Sơ đồ Sankey cân bằng của công đoạn trọng tâm {step}",
    # waste
    "waste_intro": (
        "Chi phí dòng thải = lượng thải × (giá trị vật chất bị mất + chi phí xử lý, thải bỏ). "
        "Chi phí năm ước tính theo sản lượng {period} ({production})."
    ),
    "t_waste": "Các dòng thải và chi phí",
    "col_stream": "Dòng thải",
    "col_lost": "Giá trị mất (VND)",
    "col_treatment": "Xử lý (VND)",
    "col_cost_unit": "Chi phí (VND/{unit})",
    "col_cost_year": "Ước tính năm (triệu đồng)",
    "f_pareto": "Biểu đồ Pareto chi phí dòng thải trên một đơn vị sản phẩm",
    "no_cost": "Chưa có đơn giá để tính chi phí cho: {items}.",
    "no_waste": "Chưa ghi nhận dòng thải nào.",
    # causes
    "causes_intro": "Nguyên nhân phát sinh các dòng thải, do nhóm SXSH phân tích tại hiện trường.",
    "t_causes": "Dòng thải và nguyên nhân",
    "col_causes": "Nguyên nhân",
    "no_causes": "Chưa phân tích nguyên nhân cho dòng thải nào.",
    # options
    "options_intro": "{n} cơ hội SXSH được xác định; {now} thực hiện ngay, {study} cần nghiên cứu thêm, {rejected} bị loại.",
    "t_options": "Các cơ hội sản xuất sạch hơn",
    "col_id": "Mã",
    "col_option": "Cơ hội SXSH",
    "col_category": "Nhóm giải pháp",
    "col_cost_class": "Chi phí",
    "col_screening": "Sàng lọc",
    "col_status": "Trạng thái",
    "f_options": "Số cơ hội SXSH theo nhóm giải pháp và trạng thái",
    "t_feasibility": "Tính khả thi về kỹ thuật và môi trường",
    "col_technical": "Kỹ thuật",
    "col_environmental": "Môi trường",
    "economics_intro": (
        "Lợi ích ròng hằng năm = lợi ích − chi phí vận hành tăng thêm. Thời gian hoàn vốn giản đơn = vốn đầu tư / "
        "lợi ích ròng; NPV, IRR tính trên tuổi thọ của giải pháp với lãi suất chiết khấu {rate} %/năm."
    ),
    "t_economics": "Hiệu quả kinh tế của các cơ hội (triệu đồng)",
    "col_investment": "Đầu tư",
    "col_benefit": "Lợi ích ròng/năm",
    "col_payback": "Hoàn vốn (năm)",
    "col_npv": "NPV",
    "col_irr": "IRR",
    "col_expected": "Tiết kiệm dự kiến/năm",
    "col_notes": "Ghi chú",
    "immediate": "ngay",
    "no_options": "Chưa có cơ hội SXSH nào: chưa có phần giải pháp.",
    "not_given": "chưa nhập",
    # results
    "no_baseline": "Chưa có số liệu kỳ cơ sở: chưa tính được suất tiêu hao và kết quả tiết kiệm.",
    "no_reporting": "Chưa có số liệu kỳ báo cáo: chưa tính được kết quả tiết kiệm.",
    "results_intro": (
        "So sánh kỳ báo cáo ({r}) với kỳ cơ sở ({b}). Sản lượng kỳ báo cáo bằng {ratio} % kỳ cơ sở; "
        "lượng tiết kiệm được quy về sản lượng kỳ báo cáo."
    ),
    "t_sec": "Suất tiêu hao theo đơn vị sản phẩm",
    "col_change": "Thay đổi",
    "f_sec": "Suất tiêu hao trước (kỳ cơ sở) và sau (kỳ báo cáo) khi thực hiện SXSH",
    "t_savings": "Lượng tiết kiệm trong kỳ báo cáo",
    "col_saving": "Tiết kiệm",
    "col_saving_pct": "Tỷ lệ",
    "col_value": "Giá trị (triệu đồng)",
    "total": "Tổng cộng",
    "t_energy": "Năng lượng và phát thải CO2",
    "energy_b": "Tổng năng lượng kỳ cơ sở",
    "energy_r": "Tổng năng lượng kỳ báo cáo",
    "energy_sec": "Suất tiêu hao năng lượng",
    "energy_saving": "Năng lượng tiết kiệm",
    "energy_pct": "Tỷ lệ tiết kiệm năng lượng (theo TOE)",
    "co2_saving": "Giảm phát thải CO2",
    "co2_biogenic": "CO2 sinh học (báo cáo riêng, không cộng vào tổng)",
    "cost_saving": "Tổng lợi ích kinh tế",
    "no_energy": "Không có dữ liệu năng lượng cho cả hai kỳ.",
    "t_targets": "Kết quả so với mục tiêu tiết kiệm của các chương trình quốc gia",
    "col_programme": "Quyết định",
    "band_in_force": "đang có hiệu lực",
    "band_reference": "tham khảo",
    "band_indicative": "có hiệu lực, chỉ tham khảo cho ngành này",
    "col_stage": "Giai đoạn",
    "col_band": "Mục tiêu tiết kiệm",
    "col_achieved": "Đạt được",
    "col_verdict": "Đánh giá",
    "met": "Đạt",
    "not_met": "Chưa đạt",
    "targets_note": (
        "Mục tiêu theo {doc}. Mục tiêu có hiệu lực là mục tiêu của giai đoạn chứa năm kết thúc kỳ báo cáo. Mục tiêu được coi là đạt khi tỷ lệ tiết kiệm năng lượng trên đơn vị sản phẩm "
        "(tính theo TOE) đạt mức dưới của khoảng."
    ),
    "t_factors": "Hệ số quy đổi và hệ số phát thải",
    "col_factor": "Hệ số",
    "col_year": "Năm",
    "col_source": "Nguồn",
    "factor_toe": "Quy đổi TOE — {carrier}",
    "factor_ncv": "Nhiệt trị — {carrier}",
    "factor_co2": "Hệ số phát thải CO2 — {carrier}",
    "factors_note": (
        "TOE tính theo hệ số chính thức của Bộ Công Thương (với điện, 0,0001543 TOE/kWh là năng lượng sơ cấp); "
        "GJ là năng lượng cuối cùng: điện 3,6 MJ/kWh, nhiên liệu theo nhiệt trị thực."
    ),
    "warnings": "Lưu ý khi đọc kết quả",
    # implementation
    "impl_intro": "Tình trạng thực hiện các giải pháp đã chọn và kế hoạch duy trì.",
    "t_impl": "Tình trạng thực hiện các giải pháp",
    "impl_counts": "{implemented} giải pháp đã thực hiện, {selected} giải pháp đã chọn đang chuẩn bị hoặc triển khai.",
    "t_maintain": "Các nhiệm vụ thực hiện và duy trì (bước 5, 6)",
    "col_task": "Nhiệm vụ",
    "col_done": "Hoàn thành",
    "no_selected": "Chưa có giải pháp nào được chọn hoặc thực hiện.",
    # appendix
    "col_carrier": "Loại nhiên liệu",
    "col_quantity": "Lượng",
    "col_unit_price": "Đơn giá",
    "col_setting": "Thiết lập",
    "discount_rate": "Lãi suất chiết khấu",
    "grid_year": "Năm của hệ số phát thải lưới điện",
    "tolerance": "Ngưỡng sai số cân bằng",
    "assessment_id": "Mã đánh giá",
    "revision": "Phiên bản",
    "created": "Ngày tạo",
    "updated": "Cập nhật lần cuối",
    "producer": "Lập bằng",
    "latest": "mới nhất",
    # benchmark against the norm
    "s_benchmark": "So sánh với định mức tiêu hao năng lượng",
    "benchmark_intro": (
        "Suất tiêu hao năng lượng của cơ sở (năng lượng cuối cùng: điện 3,6 MJ/kWh, nhiên liệu theo nhiệt trị "
        "thấp) so với định mức của nhóm quy mô và giai đoạn tương ứng ({process}). Định mức là mức tối đa: "
        "cơ sở đạt khi suất tiêu hao không vượt định mức."
    ),
    "t_benchmark": "Suất tiêu hao năng lượng so với định mức ({unit})",
    "col_class": "Nhóm quy mô (sản lượng năm)",
    "col_norm_period": "Giai đoạn định mức",
    "col_norm": "Định mức ({unit})",
    "col_facility_sec": "Suất tiêu hao của cơ sở ({unit})",
    "col_vs_norm": "So với định mức",
    "within_norm": "Đạt — thấp hơn định mức {pct}",
    "at_norm": "Đạt — bằng định mức",
    "above_norm": "Vượt định mức {pct}",
    "not_compared": "Chưa so được",
    "t_best": "So với mức thực hành tốt nhất",
    "col_best": "Mức thực hành tốt nhất",
    "col_best_value": "Giá trị",
    "col_facility": "Mức của cơ sở",
    "col_gap": "Chênh lệch",
    "best_higher": "cao hơn {pct}",
    "best_lower": "thấp hơn {pct}",
    "best_equal": "bằng",
    "best_scope_other": "Áp dụng cho {scope}; cơ sở không thuộc phạm vi này, chỉ để tham khảo.",
    "best_scope_same": "Áp dụng cho {scope}.",
    "norm_source": "Nguồn định mức: {document}; {year}{status}.",
    "annual_output": "sản lượng {value}",
    "status_official": "văn bản chính thức",
    "status_secondary": "nguồn thứ cấp, chưa đối chiếu văn bản gốc",
    "norm_basis": "Phạm vi năng lượng của định mức: {basis}",
    "benchmark_note": "Lưu ý: {text}",
    # placeholders of a template
    "not_entered": "chưa nhập số liệu",
    "baseline_placeholder": (
        "Chưa nhập số liệu kỳ cơ sở. Đánh giá được tạo từ mẫu ngành; kỳ cơ sở hiện chỉ là chỗ trống do mẫu "
        "tạo sẵn, chưa có sản lượng và thời gian thực, nên chưa tính được suất tiêu hao và kết quả tiết kiệm."
    ),
    "flows_not_measured": (
        "Chưa đo, chưa nhập số liệu cho {n} dòng điển hình do mẫu ngành tạo sẵn ({items}); các dòng này "
        "không có trong bảng và cân bằng cho tới khi nhập số liệu."
    ),
    "flows_none_measured": (
        "Các dòng của công đoạn này chưa được đo, chưa nhập số liệu ({n} dòng điển hình do mẫu ngành tạo sẵn: "
        "{items}); chưa lập được bảng dòng và cân bằng."
    ),
    "process_not_measured": (
        "Sơ đồ có các dòng điển hình do mẫu ngành tạo sẵn; dòng ghi “chưa đo” là dòng chưa nhập số liệu."
    ),
    # missing list
    "m_no_baseline": "kỳ cơ sở (sản lượng, thời gian)",
    "m_no_reporting": "kỳ báo cáo (sản lượng, thời gian)",
    "m_no_options": "cơ hội SXSH",
    "m_no_steps": "công đoạn sản xuất và các dòng vào, ra",
    "m_no_consumption": "số liệu tiêu thụ của cơ sở",
    "m_no_team": "danh sách nhóm SXSH",
}
