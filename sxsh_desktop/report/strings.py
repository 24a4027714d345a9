"""The words of the report, Vietnamese and English, from one template (one dict per language)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "vi": {
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
        "yes": "Có", "no": "Không", "done": "Đã xong", "not_done": "Chưa xong",
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
        "s_targets": "So sánh với mục tiêu Chiến lược sản xuất sạch hơn",
        "s_factors": "Hệ số quy đổi đã sử dụng và nguồn",
        "s_implementation": "Thực hiện và duy trì sản xuất sạch hơn",
        "s_appendix": "Phụ lục: Số liệu",
        "s_app_consumption": "Số liệu tiêu thụ như đã nhập",
        "s_app_tasks": "Tiến độ 18 nhiệm vụ đánh giá",
        "s_app_settings": "Thiết lập tính toán và thông tin hồ sơ",
        # facility
        "name": "Tên cơ sở", "tax_code": "Mã số thuế", "province": "Tỉnh/thành phố", "sector": "Ngành sản xuất",
        "vsic": "Mã ngành (VSIC)", "employees": "Số lao động", "employees_unit": "{n} người",
        "capacity": "Công suất thiết kế", "products": "Sản phẩm chính",
        "no_team": "Chưa có danh sách nhóm SXSH.",
        "col_no": "TT", "col_name": "Họ và tên", "col_position": "Chức vụ", "col_role": "Vai trò trong nhóm",
        "assessment_type": "Loại đánh giá", "reference_product": "Sản phẩm quy đổi",
        "product_unit": "{name} (đơn vị: {unit})", "progress": "Tiến độ",
        "progress_text": "{done}/18 nhiệm vụ đã hoàn thành", "contact": "Liên hệ",
        "method_text": (
            "Đánh giá được thực hiện theo phương pháp luận sản xuất sạch hơn gồm 6 bước, 18 nhiệm vụ của "
            "UNEP/UNIDO, như Trung tâm Sản xuất sạch hơn Việt Nam hướng dẫn. Suất tiêu hao được tính trên một "
            "đơn vị sản phẩm quy đổi; lượng tiết kiệm được quy về sản lượng kỳ báo cáo: "
            "S = (SEC<sub>cơ sở</sub> – SEC<sub>báo cáo</sub>) × P<sub>báo cáo</sub>."
        ),
        "notes_of_team": "Ghi chú của nhóm: {text}",
        # production
        "production_intro": "Sản lượng sản phẩm quy đổi và mức tiêu thụ các đầu vào chính của toàn cơ sở trong hai kỳ.",
        "col_period": "Kỳ", "col_from": "Từ ngày", "col_to": "Đến ngày", "col_production": "Sản lượng",
        "col_as_entered": "Như đã nhập",
        "t_production": "Sản lượng theo kỳ",
        "t_inputs": "Tiêu thụ và định mức tiêu hao các đầu vào chính",
        "col_input": "Đầu vào", "col_unit": "Đơn vị", "col_consumption_b": "Tiêu thụ kỳ cơ sở",
        "col_consumption_r": "Tiêu thụ kỳ báo cáo", "col_specific_b": "Định mức kỳ cơ sở",
        "col_specific_r": "Định mức kỳ báo cáo", "col_specific_unit": "Đơn vị định mức",
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
        "col_step": "Công đoạn", "col_basis": "Cơ sở tính", "col_inputs": "Dòng vào", "col_outputs": "Dòng ra",
        "col_focus": "Trọng tâm", "f_flow_chart": "Sơ đồ công nghệ với các dòng vào, ra (số liệu cho cơ sở tính của từng công đoạn)",
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
        "col_flow": "Dòng", "col_kind": "Loại", "col_direction": "Vào/Ra", "col_amount": "Lượng",
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
        "col_stream": "Dòng thải", "col_lost": "Giá trị mất (VND)", "col_treatment": "Xử lý (VND)",
        "col_cost_unit": "Chi phí (VND/{unit})", "col_cost_year": "Ước tính năm (triệu đồng)",
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
        "col_id": "Mã", "col_option": "Cơ hội SXSH", "col_category": "Nhóm giải pháp", "col_cost_class": "Chi phí",
        "col_screening": "Sàng lọc", "col_status": "Trạng thái",
        "f_options": "Số cơ hội SXSH theo nhóm giải pháp và trạng thái",
        "t_feasibility": "Tính khả thi về kỹ thuật và môi trường",
        "col_technical": "Kỹ thuật", "col_environmental": "Môi trường",
        "economics_intro": (
            "Lợi ích ròng hằng năm = lợi ích − chi phí vận hành tăng thêm. Thời gian hoàn vốn giản đơn = vốn đầu tư / "
            "lợi ích ròng; NPV, IRR tính trên tuổi thọ của giải pháp với lãi suất chiết khấu {rate} %/năm."
        ),
        "t_economics": "Hiệu quả kinh tế của các cơ hội (triệu đồng)",
        "col_investment": "Đầu tư", "col_benefit": "Lợi ích ròng/năm", "col_payback": "Hoàn vốn (năm)",
        "col_npv": "NPV", "col_irr": "IRR", "col_expected": "Tiết kiệm dự kiến/năm", "col_notes": "Ghi chú",
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
        "col_saving": "Tiết kiệm", "col_saving_pct": "Tỷ lệ", "col_value": "Giá trị (triệu đồng)",
        "total": "Tổng cộng",
        "t_energy": "Năng lượng và phát thải CO2",
        "energy_b": "Tổng năng lượng kỳ cơ sở", "energy_r": "Tổng năng lượng kỳ báo cáo",
        "energy_sec": "Suất tiêu hao năng lượng", "energy_saving": "Năng lượng tiết kiệm",
        "energy_pct": "Tỷ lệ tiết kiệm năng lượng (theo TOE)", "co2_saving": "Giảm phát thải CO2",
        "co2_biogenic": "CO2 sinh học (báo cáo riêng, không cộng vào tổng)",
        "cost_saving": "Tổng lợi ích kinh tế", "no_energy": "Không có dữ liệu năng lượng cho cả hai kỳ.",
        "t_targets": "Kết quả so với mục tiêu của Chiến lược SXSH",
        "col_stage": "Giai đoạn", "col_band": "Mục tiêu tiết kiệm", "col_achieved": "Đạt được",
        "col_verdict": "Đánh giá", "met": "Đạt", "not_met": "Chưa đạt",
        "targets_note": (
            "Mục tiêu theo {doc}. Mục tiêu được coi là đạt khi tỷ lệ tiết kiệm năng lượng trên đơn vị sản phẩm "
            "(tính theo TOE) đạt mức dưới của khoảng."
        ),
        "t_factors": "Hệ số quy đổi và hệ số phát thải",
        "col_factor": "Hệ số", "col_year": "Năm", "col_source": "Nguồn",
        "factor_toe": "Quy đổi TOE — {carrier}", "factor_ncv": "Nhiệt trị — {carrier}",
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
        "col_task": "Nhiệm vụ", "col_done": "Hoàn thành",
        "no_selected": "Chưa có giải pháp nào được chọn hoặc thực hiện.",
        # appendix
        "col_carrier": "Loại nhiên liệu", "col_quantity": "Lượng", "col_unit_price": "Đơn giá",
        "col_setting": "Thiết lập", "discount_rate": "Lãi suất chiết khấu",
        "grid_year": "Năm của hệ số phát thải lưới điện", "tolerance": "Ngưỡng sai số cân bằng",
        "assessment_id": "Mã đánh giá", "revision": "Phiên bản", "created": "Ngày tạo", "updated": "Cập nhật lần cuối",
        "producer": "Lập bằng", "latest": "mới nhất",
        # benchmark against the norm
        "s_benchmark": "So sánh với định mức tiêu hao năng lượng",
        "benchmark_intro": (
            "Suất tiêu hao năng lượng của cơ sở (năng lượng cuối cùng: điện 3,6 MJ/kWh, nhiên liệu theo nhiệt trị "
            "thấp) so với định mức của nhóm quy mô và giai đoạn tương ứng ({process}). Định mức là mức tối đa: "
            "cơ sở đạt khi suất tiêu hao không vượt định mức."
        ),
        "t_benchmark": "Suất tiêu hao năng lượng so với định mức ({unit})",
        "col_class": "Nhóm quy mô (sản lượng năm)", "col_norm_period": "Giai đoạn định mức",
        "col_norm": "Định mức ({unit})", "col_facility_sec": "Suất tiêu hao của cơ sở ({unit})",
        "col_vs_norm": "So với định mức",
        "within_norm": "Đạt — thấp hơn định mức {pct}", "at_norm": "Đạt — bằng định mức",
        "above_norm": "Vượt định mức {pct}", "not_compared": "Chưa so được",
        "t_best": "So với mức thực hành tốt nhất",
        "col_best": "Mức thực hành tốt nhất", "col_best_value": "Giá trị", "col_facility": "Mức của cơ sở",
        "col_gap": "Chênh lệch",
        "best_higher": "cao hơn {pct}", "best_lower": "thấp hơn {pct}", "best_equal": "bằng",
        "best_scope_other": "Áp dụng cho {scope}; cơ sở không thuộc phạm vi này, chỉ để tham khảo.",
        "best_scope_same": "Áp dụng cho {scope}.",
        "norm_source": "Nguồn định mức: {document}; {year}{status}.", "annual_output": "sản lượng {value}",
        "status_official": "văn bản chính thức", "status_secondary": "nguồn thứ cấp, chưa đối chiếu văn bản gốc",
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
    },
    "en": {
        "title": "CLEANER PRODUCTION ASSESSMENT REPORT",
        "running_title": "Cleaner production assessment report",
        "draft": "DRAFT — DATA INCOMPLETE",
        "facility": "Facility",
        "address": "Address",
        "baseline_period": "Baseline period",
        "reporting_period": "Reporting period",
        "consultant": "Consultant",
        "organisation": "Consulting organisation",
        "report_date": "Date of the report",
        "assessment_ref": "Assessment {id} · revision {revision}",
        "signature_caption": "Digital signature of the consultant",
        "unsigned": "This report is not digitally signed.",
        "page": "Page {n} of {total}",
        "contents": "CONTENTS",
        "figure": "Figure {n}. {text}",
        "table": "Table {n}. {text}",
        "missing_title": "This report is incomplete. Missing:",
        "yes": "Yes", "no": "No", "done": "Done", "not_done": "Not done",
        "none": "–",
        "s_intro": "Introduction",
        "s_facility": "The facility",
        "s_team": "The cleaner production team",
        "s_scope": "Scope and method of the assessment",
        "s_production": "Production and main inputs",
        "s_process": "The process and the audit focus",
        "s_balances": "Material and energy balances",
        "s_waste": "Waste streams and their cost",
        "s_causes": "Cause analysis",
        "s_options": "Cleaner production options",
        "s_options_list": "Options and screening",
        "s_feasibility": "Technical and environmental feasibility",
        "s_economics": "Economic feasibility",
        "s_results": "Results",
        "s_sec": "Specific consumption before and after",
        "s_savings": "Savings",
        "s_energy": "Energy and greenhouse gas reduction",
        "s_targets": "Against the Cleaner Production Strategy targets",
        "s_factors": "Conversion factors used and their sources",
        "s_implementation": "Implementation and maintenance",
        "s_appendix": "Appendix: data",
        "s_app_consumption": "Consumption data as entered",
        "s_app_tasks": "Progress of the 18 assessment tasks",
        "s_app_settings": "Calculation settings and record",
        "name": "Name", "tax_code": "Tax code", "province": "Province", "sector": "Sector",
        "vsic": "VSIC code", "employees": "Employees", "employees_unit": "{n} people",
        "capacity": "Design capacity", "products": "Main products",
        "no_team": "No CP team has been recorded.",
        "col_no": "No.", "col_name": "Name", "col_position": "Position", "col_role": "Role in the team",
        "assessment_type": "Type of assessment", "reference_product": "Reference product",
        "product_unit": "{name} (unit: {unit})", "progress": "Progress",
        "progress_text": "{done} of 18 tasks done", "contact": "Contact",
        "method_text": (
            "The assessment follows the UNEP/UNIDO cleaner production methodology of 6 steps and 18 tasks, as "
            "taught by the Vietnam Cleaner Production Centre. Specific consumption is per unit of the reference "
            "product; savings are normalised to the reporting period's output: "
            "S = (SEC<sub>baseline</sub> – SEC<sub>reporting</sub>) × P<sub>reporting</sub>."
        ),
        "notes_of_team": "Team notes: {text}",
        "production_intro": "Output of the reference product and the facility's use of its main inputs in both periods.",
        "col_period": "Period", "col_from": "From", "col_to": "To", "col_production": "Production",
        "col_as_entered": "As entered",
        "t_production": "Production per period",
        "t_inputs": "Consumption and specific consumption of the main inputs",
        "col_input": "Input", "col_unit": "Unit", "col_consumption_b": "Baseline use",
        "col_consumption_r": "Reporting use", "col_specific_b": "Baseline SEC",
        "col_specific_r": "Reporting SEC", "col_specific_unit": "SEC unit",
        "col_price": "Unit price (VND)",
        "energy_total": (
            "Total energy use: baseline {b_toe} TOE ({b_gj} GJ), reporting {r_toe} TOE ({r_gj} GJ). "
            "Specific energy consumption went from {b_mj} to {r_mj} MJ/{unit} (final energy)."
        ),
        "key_energy_user": (
            "At about {toe} TOE/year in the baseline, the facility is a key energy user (1,000 TOE/year or more)."
        ),
        "no_consumption": "No consumption data for the facility yet.",
        "process_intro": "The process steps in order, the basis their flows are recorded for, and the audit focus.",
        "t_steps": "Process steps",
        "col_step": "Process step", "col_basis": "Basis", "col_inputs": "Inputs", "col_outputs": "Outputs",
        "col_focus": "Focus", "f_flow_chart": "Process flow chart with inputs and outputs (per the basis of each step)",
        "focus_text": "Audit focus: {steps}.",
        "no_focus": "No audit focus has been selected.",
        "no_steps": "No process steps yet: no flow chart and no balances.",
        "balances_intro": (
            "Flows are recorded for the basis of each step and shown per unit product ({unit}). The material "
            "balance is in tonnes (volumes through their density), the energy balance in GJ. "
            "Closure error = (in – out)/in; tolerance {tol} %."
        ),
        "t_flows": "Flows of {step} (basis {basis})",
        "col_flow": "Flow", "col_kind": "Kind", "col_direction": "In/Out", "col_amount": "Quantity",
        "col_per_unit": "Per 1 {unit}",
        "closure_mass": "Material balance: in {inp} t, out {out} t, difference {diff} t ({pct})",
        "closure_energy": "Energy balance: in {inp} GJ, out {out} GJ, difference {diff} GJ ({pct})",
        "open_mass": "Material balance: in {inp} t, out {out} t",
        "open_energy": "Energy balance: in {inp} GJ, out {out} GJ",
        "energy_sec_value": "{b_kgoe} (baseline), {r_kgoe} (reporting) kgOE/{unit}; {b_mj} and {r_mj} MJ/{unit}",
        "col_method_step": "Step", "col_factor_value": "Value",
        "closure_ok": "within the {tol} % tolerance",
        "closure_bad": "above the {tol} % tolerance: check the data",
        "closure_open": "not enough inputs and outputs to close the balance",
        "excluded": "Not in the balance: {items}.",
        "f_sankey": "Sankey diagram of the balance of the focus step {step}",
        "waste_intro": (
            "Cost of a waste stream = quantity × (value of the lost material + treatment and disposal cost). "
            "Annual cost estimated on the {period} output ({production})."
        ),
        "t_waste": "Waste streams and their cost",
        "col_stream": "Waste stream", "col_lost": "Lost value (VND)", "col_treatment": "Treatment (VND)",
        "col_cost_unit": "Cost (VND/{unit})", "col_cost_year": "Per year (VND million)",
        "f_pareto": "Pareto chart of the waste cost per unit product",
        "no_cost": "No prices to cost: {items}.",
        "no_waste": "No waste streams have been recorded.",
        "causes_intro": "Causes of the waste streams, as analysed on site by the CP team.",
        "t_causes": "Waste streams and their causes",
        "col_causes": "Causes",
        "no_causes": "No causes have been analysed yet.",
        "options_intro": "{n} CP options were identified; {now} to implement now, {study} to study further, {rejected} rejected.",
        "t_options": "Cleaner production options",
        "col_id": "ID", "col_option": "Option", "col_category": "Category", "col_cost_class": "Cost",
        "col_screening": "Screening", "col_status": "Status",
        "f_options": "CP options by category and status",
        "t_feasibility": "Technical and environmental feasibility",
        "col_technical": "Technical", "col_environmental": "Environmental",
        "economics_intro": (
            "Net annual benefit = saving − added operating cost. Simple payback = investment / net benefit; "
            "NPV and IRR over the option's lifetime at a discount rate of {rate} %/year."
        ),
        "t_economics": "Economics of the options (VND million)",
        "col_investment": "Investment", "col_benefit": "Net benefit/yr", "col_payback": "Payback (yr)",
        "col_npv": "NPV", "col_irr": "IRR", "col_expected": "Expected saving/yr", "col_notes": "Notes",
        "immediate": "at once",
        "no_options": "No CP options yet: there is no solutions section.",
        "not_given": "not entered",
        "no_baseline": "No baseline period data: specific consumption and savings cannot be computed.",
        "no_reporting": "No reporting period data: savings cannot be computed.",
        "results_intro": (
            "The reporting period ({r}) against the baseline ({b}). Reporting output is {ratio} % of the baseline; "
            "savings are normalised to the reporting output."
        ),
        "t_sec": "Specific consumption per unit product",
        "col_change": "Change",
        "f_sec": "Specific consumption before (baseline) and after (reporting period)",
        "t_savings": "Savings in the reporting period",
        "col_saving": "Saving", "col_saving_pct": "Share", "col_value": "Value (VND million)",
        "total": "Total",
        "t_energy": "Energy and CO2",
        "energy_b": "Total energy, baseline", "energy_r": "Total energy, reporting period",
        "energy_sec": "Specific energy consumption", "energy_saving": "Energy saved",
        "energy_pct": "Energy saving (on TOE)", "co2_saving": "CO2 reduction",
        "co2_biogenic": "Biogenic CO2 (reported apart, not in the total)",
        "cost_saving": "Total cost saving", "no_energy": "No energy data for both periods.",
        "t_targets": "Results against the CP Strategy targets",
        "col_stage": "Period", "col_band": "Target saving", "col_achieved": "Achieved",
        "col_verdict": "Verdict", "met": "Met", "not_met": "Not met",
        "targets_note": (
            "Targets of {doc}. A target is met when the energy saving per unit product (on TOE) reaches the lower "
            "bound of its band."
        ),
        "t_factors": "Conversion and emission factors",
        "col_factor": "Factor", "col_year": "Year", "col_source": "Source",
        "factor_toe": "TOE conversion — {carrier}", "factor_ncv": "Net calorific value — {carrier}",
        "factor_co2": "CO2 emission factor — {carrier}",
        "factors_note": (
            "TOE with the official MoIT factors (for electricity 0.0001543 TOE/kWh is primary energy); GJ is final "
            "energy: electricity at 3.6 MJ/kWh, fuels by their net calorific value."
        ),
        "warnings": "Notes on the results",
        "impl_intro": "Status of the selected solutions and the plan to maintain cleaner production.",
        "t_impl": "Implementation status of the solutions",
        "impl_counts": "{implemented} solutions implemented, {selected} selected and being prepared or installed.",
        "t_maintain": "Implementation and maintenance tasks (steps 5 and 6)",
        "col_task": "Task", "col_done": "Done",
        "no_selected": "No solution has been selected or implemented yet.",
        "col_carrier": "Carrier", "col_quantity": "Quantity", "col_unit_price": "Unit price",
        "col_setting": "Setting", "discount_rate": "Discount rate",
        "grid_year": "Year of the grid emission factor", "tolerance": "Balance closure tolerance",
        "assessment_id": "Assessment id", "revision": "Revision", "created": "Created", "updated": "Last updated",
        "producer": "Produced with", "latest": "latest",
        "s_benchmark": "Benchmark against the energy norm",
        "benchmark_intro": (
            "The facility's specific energy consumption (final energy: electricity at 3.6 MJ/kWh, fuels by net "
            "calorific value) against the norm of its capacity class and period ({process}). A norm is an upper "
            "limit: the facility is within it when its specific consumption does not exceed it."
        ),
        "t_benchmark": "Specific energy consumption against the norm ({unit})",
        "col_class": "Capacity class (annual output)", "col_norm_period": "Norm period",
        "col_norm": "Norm ({unit})", "col_facility_sec": "Facility ({unit})", "col_vs_norm": "Against the norm",
        "within_norm": "Within — {pct} below the norm", "at_norm": "Within — equal to the norm",
        "above_norm": "Above the norm by {pct}", "not_compared": "Not compared",
        "t_best": "Against best practice",
        "col_best": "Best practice", "col_best_value": "Value", "col_facility": "Facility",
        "col_gap": "Difference",
        "best_higher": "{pct} higher", "best_lower": "{pct} lower", "best_equal": "equal",
        "best_scope_other": "For {scope}; the facility is outside this scope: for reference only.",
        "best_scope_same": "For {scope}.",
        "norm_source": "Source of the norm: {document}; {year}{status}.", "annual_output": "output {value}",
        "status_official": "official document", "status_secondary": "secondary source, not checked against the original",
        "norm_basis": "Energy the norm counts: {basis}",
        "benchmark_note": "Note: {text}",
        "not_entered": "no data entered yet",
        "baseline_placeholder": (
            "No baseline data entered yet. The assessment was made from a sector template and its baseline is only "
            "the template's placeholder, without a real output or dates, so specific consumption and savings cannot "
            "be computed."
        ),
        "flows_not_measured": (
            "{n} typical flows laid out by the sector template are not measured yet ({items}); they are left out "
            "of the table and the balance until their data are entered."
        ),
        "flows_none_measured": (
            "The flows of this step are not measured yet ({n} typical flows laid out by the sector template: "
            "{items}); there is no flow table or balance yet."
        ),
        "process_not_measured": (
            "The chart shows the typical flows laid out by the sector template; a flow marked “not measured” "
            "has no data yet."
        ),
        "m_no_baseline": "the baseline period (output, dates)",
        "m_no_reporting": "the reporting period (output, dates)",
        "m_no_options": "CP options",
        "m_no_steps": "process steps with their inputs and outputs",
        "m_no_consumption": "the facility's consumption data",
        "m_no_team": "the CP team",
    },
}

RESOURCE_NAMES = {
    "electricity": ("Điện", "Electricity"),
    "water": ("Nước", "Water"),
    "steam": ("Hơi", "Steam"),
    "compressed_air": ("Khí nén", "Compressed air"),
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def strings(language: str) -> dict[str, str]:
    return STRINGS["vi" if language == "vi" else "en"]
