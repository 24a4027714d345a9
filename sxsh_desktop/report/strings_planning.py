"""The report's words for the planning fields: each option's implementation plan, the measures that keep
cleaner production going, the next audit focus and review; Vietnamese and English, merged into the report's
template by report/strings.py's `strings()`."""

from __future__ import annotations

PLANNING_STRINGS: dict[str, dict[str, str]] = {
    "vi": {
        "col_responsible": "Người phụ trách",
        "col_planned": "Dự kiến",
        "col_done_on": "Hoàn thành ngày",
        "maintain_measures": "Các biện pháp duy trì SXSH đã áp dụng: {items}.",
        "maintain_no_measures": "Chưa ghi nhận biện pháp duy trì SXSH nào.",
        "maintain_next": "Trọng tâm đánh giá tiếp theo: {step}.",
        "maintain_review": "Ngày đánh giá lại: {date}.",
        "measure_responsibilities": "mỗi giải pháp đã thực hiện có người phụ trách",
        "measure_procedures": "các cách làm mới được đưa vào hướng dẫn công việc",
        "measure_training": "công nhân vận hành và nhân viên mới được đào tạo",
        "measure_monitoring": "suất tiêu hao trên đơn vị sản phẩm được theo dõi hằng tháng",
        "measure_management_system": "SXSH là một phần của hệ thống quản lý (ISO 9001/14001/50001)",
        "measure_incentives": "sáng kiến và tiết kiệm của nhân viên được khen thưởng",
        "measure_team_meetings": "nhóm SXSH họp định kỳ",
    },
    "en": {
        "col_responsible": "Responsible",
        "col_planned": "Planned",
        "col_done_on": "Done on",
        "maintain_measures": "Measures in place to sustain CP: {items}.",
        "maintain_no_measures": "No measure to sustain CP has been recorded yet.",
        "maintain_next": "Next audit focus: {step}.",
        "maintain_review": "Next review: {date}.",
        "measure_responsibilities": "a person is responsible for each implemented solution",
        "measure_procedures": "new practices are written into work instructions",
        "measure_training": "operators and new staff are trained",
        "measure_monitoring": "consumption per unit product is monitored every month",
        "measure_management_system": "CP is part of the management system (ISO 9001/14001/50001)",
        "measure_incentives": "staff ideas and savings are rewarded",
        "measure_team_meetings": "the CP team meets regularly",
    },
}
