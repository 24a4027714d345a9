"""The cleaner-production method the app walks: 6 steps, 18 tasks (UNEP/UNIDO, as taught by VNCPC),
and the labels of option categories, flow kinds and statuses in Vietnamese and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    vi: str
    en: str

    def __call__(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


@dataclass(frozen=True)
class Task:
    number: int
    step: int
    name: Label


@dataclass(frozen=True)
class Step:
    number: int
    name: Label
    tasks: tuple[Task, ...]


def _t(number: int, step: int, vi: str, en: str) -> Task:
    return Task(number, step, Label(vi, en))


STEPS: tuple[Step, ...] = (
    Step(
        1,
        Label("Khởi động", "Getting started"),
        (
            _t(1, 1, "Thành lập nhóm SXSH", "Form the CP team"),
            _t(2, 1, "Liệt kê các bước công nghệ, xác định định mức", "List the process steps, set the norms"),
            _t(3, 1, "Xác định công đoạn gây lãng phí nhất", "Select the audit focus"),
        ),
    ),
    Step(
        2,
        Label("Phân tích các công đoạn sản xuất", "Analysing process steps"),
        (
            _t(4, 2, "Sơ đồ công nghệ cho trọng tâm", "Detailed flow chart of the focus"),
            _t(5, 2, "Cân bằng vật liệu và năng lượng", "Material and energy balance"),
            _t(6, 2, "Xác định chi phí dòng thải", "Cost of the waste streams"),
            _t(7, 2, "Phân tích nguyên nhân", "Cause analysis"),
        ),
    ),
    Step(
        3,
        Label("Phát triển các cơ hội SXSH", "Generating CP opportunities"),
        (
            _t(8, 3, "Xây dựng các cơ hội SXSH", "Develop CP options"),
            _t(9, 3, "Lựa chọn các cơ hội khả thi", "Screen the options"),
        ),
    ),
    Step(
        4,
        Label("Lựa chọn các giải pháp SXSH", "Selecting CP solutions"),
        (
            _t(10, 4, "Phân tích tính khả thi về kỹ thuật", "Technical feasibility"),
            _t(11, 4, "Phân tích tính khả thi về kinh tế", "Economic feasibility"),
            _t(12, 4, "Đánh giá khía cạnh môi trường", "Environmental feasibility"),
            _t(13, 4, "Lựa chọn các giải pháp để thực hiện", "Select solutions to implement"),
        ),
    ),
    Step(
        5,
        Label("Thực hiện các giải pháp SXSH", "Implementing CP solutions"),
        (
            _t(14, 5, "Chuẩn bị thực hiện", "Prepare the implementation"),
            _t(15, 5, "Thực hiện các giải pháp", "Implement the solutions"),
            _t(16, 5, "Quan trắc và đánh giá kết quả", "Monitor and evaluate the results"),
        ),
    ),
    Step(
        6,
        Label("Duy trì SXSH", "Maintaining CP"),
        (
            _t(17, 6, "Duy trì các giải pháp SXSH", "Sustain cleaner production"),
            _t(18, 6, "Lựa chọn trọng tâm đánh giá mới", "Select a new audit focus"),
        ),
    ),
)

TASKS: dict[int, Task] = {task.number: task for step in STEPS for task in step.tasks}
TASK_NUMBERS = tuple(sorted(TASKS))


def task(number: int) -> Task:
    return TASKS[number]


OPTION_CATEGORY_LABELS: dict[str, Label] = {
    "good_housekeeping": Label("Quản lý nội vi", "Good housekeeping"),
    "input_change": Label("Thay đổi nguyên liệu", "Input material change"),
    "process_control": Label("Kiểm soát quá trình tốt hơn", "Better process control"),
    "equipment_modification": Label("Cải tiến thiết bị", "Equipment modification"),
    "technology_change": Label("Thay đổi công nghệ", "Technology change"),
    "onsite_recovery": Label("Tuần hoàn, thu hồi, tái sử dụng tại chỗ", "On-site recovery and reuse"),
    "by_product": Label("Tạo sản phẩm phụ hữu ích", "Useful by-product"),
    "product_modification": Label("Cải tiến sản phẩm", "Product modification"),
}

COST_CLASS_LABELS: dict[str, Label] = {
    "no_low_cost": Label("Không/ít chi phí", "No or low cost"),
    "investment": Label("Cần đầu tư", "Investment"),
}

SCREENING_LABELS: dict[str, Label] = {
    "implement_now": Label("Thực hiện ngay", "Implement now"),
    "further_study": Label("Cần nghiên cứu thêm", "Study further"),
    "rejected": Label("Loại bỏ", "Rejected"),
}

OPTION_STATUS_LABELS: dict[str, Label] = {
    "proposed": Label("Đề xuất", "Proposed"),
    "selected": Label("Được chọn", "Selected"),
    "implemented": Label("Đã thực hiện", "Implemented"),
    "rejected": Label("Loại bỏ", "Rejected"),
}

FLOW_KIND_LABELS: dict[str, Label] = {
    "raw_material": Label("Nguyên liệu", "Raw material"),
    "auxiliary": Label("Phụ liệu, hóa chất", "Auxiliary material"),
    "water": Label("Nước", "Water"),
    "energy": Label("Năng lượng", "Energy"),
    "product": Label("Sản phẩm", "Product"),
    "by_product": Label("Sản phẩm phụ", "By-product"),
    "solid_waste": Label("Chất thải rắn", "Solid waste"),
    "wastewater": Label("Nước thải", "Wastewater"),
    "emission": Label("Khí thải", "Emission"),
    "loss": Label("Tổn thất", "Loss"),
}

DIRECTION_LABELS: dict[str, Label] = {
    "input": Label("Đầu vào", "Input"),
    "output": Label("Đầu ra", "Output"),
}

ASSESSMENT_TYPE_LABELS: dict[str, Label] = {
    "rapid": Label("Đánh giá nhanh", "Rapid assessment"),
    "detailed": Label("Đánh giá chi tiết", "Detailed assessment"),
}

PERIOD_LABELS: dict[str, Label] = {
    "baseline": Label("Kỳ cơ sở", "Baseline period"),
    "reporting": Label("Kỳ báo cáo", "Reporting period"),
}
