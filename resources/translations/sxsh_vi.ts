<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AssessmentListModel</name>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Basis</source>
        <translation>Cơ sở tính</translation>
    </message>
    <message>
        <source>Flows of the step</source>
        <translation>Các dòng của công đoạn</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Treatment cost</source>
        <translation>Chi phí xử lý</translation>
    </message>
    <message>
        <source>Sankey diagram of the step</source>
        <translation>Biểu đồ Sankey của công đoạn</translation>
    </message>
    <message>
        <source>Delete the selected flows</source>
        <translation>Xóa các dòng đã chọn</translation>
    </message>
    <message>
        <source>Fill the first selected value down</source>
        <translation>Điền giá trị đầu tiên đã chọn xuống các ô bên dưới</translation>
    </message>
    <message>
        <source>Material and energy balance</source>
        <translation>Cân bằng vật liệu và năng lượng</translation>
    </message>
    <message>
        <source>Choose a process step and record every input and output for one basis: a batch, a day or an amount of product. Type quantities with their unit (12,5 tấn, 3.600 kWh). The balance should close within the tolerance; a large gap means a flow is missing or mis-measured.</source>
        <translation>Chọn một công đoạn và ghi mọi đầu vào, đầu ra cho cùng một cơ sở tính: một mẻ, một ngày hoặc một lượng sản phẩm. Nhập lượng kèm đơn vị (12,5 tấn, 3.600 kWh). Cân bằng phải khớp trong phạm vi sai số cho phép; chênh lệch lớn nghĩa là còn thiếu một dòng hoặc đo chưa đúng.</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Basis (product units)</source>
        <translation>Cơ sở tính (đơn vị sản phẩm)</translation>
    </message>
    <message>
        <source>The amount of product the flows are recorded for</source>
        <translation>Lượng sản phẩm mà các dòng được tính cho</translation>
    </message>
    <message>
        <source>label, e.g. one brew</source>
        <translation>nhãn, ví dụ một mẻ nấu</translation>
    </message>
    <message>
        <source>Basis label</source>
        <translation>Nhãn cơ sở tính</translation>
    </message>
    <message>
        <source>Show per unit product</source>
        <translation>Hiển thị trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Thêm đầu vào</translation>
    </message>
    <message>
        <source>Add output</source>
        <translation>Thêm đầu ra</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Add input flow</source>
        <translation>Thêm dòng đầu vào</translation>
    </message>
    <message>
        <source>Add output flow</source>
        <translation>Thêm dòng đầu ra</translation>
    </message>
    <message>
        <source>Delete selected flow</source>
        <translation>Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>The diagram appears when the step has inputs and outputs of mass or of energy.</source>
        <translation>Biểu đồ hiện ra khi công đoạn có đầu vào và đầu ra về khối lượng hoặc năng lượng.</translation>
    </message>
    <message>
        <source>There are no process steps yet.</source>
        <translation>Chưa có công đoạn nào.</translation>
    </message>
    <message>
        <source>Product: {name} ({unit})</source>
        <translation>Sản phẩm: {name} ({unit})</translation>
    </message>
    <message>
        <source>Unit of “{name}”: a unit is required</source>
        <translation>Đơn vị của “{name}”: cần có đơn vị</translation>
    </message>
    <message>
        <source>A flow needs a name.</source>
        <translation>Dòng cần có tên.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <source>Type a number and a unit, like 12,5 tấn or 3.600 kWh</source>
        <translation>Nhập số và đơn vị, ví dụ 12,5 tấn hoặc 3.600 kWh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>In the balance</source>
        <translation>Tính vào cân bằng</translation>
    </message>
    <message>
        <source>{what} of “{name}”</source>
        <translation>{what} của “{name}”</translation>
    </message>
    <message>
        <source>Quantity per unit product</source>
        <translation>Lượng trên đơn vị sản phẩm</translation>
    </message>
</context>
<context>
    <name>ClosureBox</name>
    <message>
        <source>unknown unit</source>
        <translation>đơn vị không xác định</translation>
    </message>
    <message>
        <source>a volume without a density (give the density)</source>
        <translation>thể tích chưa có khối lượng riêng (hãy nhập khối lượng riêng)</translation>
    </message>
    <message>
        <source>no calorific value for this fuel</source>
        <translation>chưa có nhiệt trị của nhiên liệu này</translation>
    </message>
    <message>
        <source>no quantity entered yet</source>
        <translation>chưa nhập lượng</translation>
    </message>
    <message>
        <source>a count is not a mass or an energy</source>
        <translation>số lượng (đếm) không phải là khối lượng hay năng lượng</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Sai số cân bằng</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Not in the balance</source>
        <translation>Không tính vào cân bằng</translation>
    </message>
    <message>
        <source>Mass closure</source>
        <translation>Sai số cân bằng khối lượng</translation>
    </message>
    <message>
        <source>Energy closure</source>
        <translation>Sai số cân bằng năng lượng</translation>
    </message>
    <message>
        <source>per {unit} of product</source>
        <translation>trên {unit} sản phẩm</translation>
    </message>
    <message>
        <source>per {basis}</source>
        <translation>cho {basis}</translation>
    </message>
    <message>
        <source>No closure: it needs inputs and outputs.</source>
        <translation>Chưa tính được sai số: cần có cả đầu vào và đầu ra.</translation>
    </message>
    <message>
        <source>Closure error {closure} is above the tolerance of {tol}: look for a missing or mis-measured flow.</source>
        <translation>Sai số cân bằng {closure} vượt mức cho phép {tol}: hãy tìm dòng còn thiếu hoặc đo chưa đúng.</translation>
    </message>
    <message>
        <source>Closure error {closure}, within the tolerance of {tol}.</source>
        <translation>Sai số cân bằng {closure}, trong mức cho phép {tol}.</translation>
    </message>
    <message>
        <source>Every flow is in the balance.</source>
        <translation>Mọi dòng đều được tính vào cân bằng.</translation>
    </message>
    <message>
        <source>No flows.</source>
        <translation>Chưa có dòng nào.</translation>
    </message>
    <message>
        <source>In {inp} · out {out} · difference {diff} {unit} {where}</source>
        <translation>Vào {inp} · ra {out} · chênh lệch {diff} {unit} {where}</translation>
    </message>
</context>
<context>
    <name>ConsumptionEdits</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dạng năng lượng</translation>
    </message>
    <message>
        <source>The energy carrier of the official table, when the resource name is not one</source>
        <translation>Dạng năng lượng theo bảng chính thức, khi tên tài nguyên không phải là một dạng năng lượng trong bảng</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Quantity ({resource})</source>
        <translation>Lượng ({resource})</translation>
    </message>
    <message>
        <source>A reading needs a resource.</source>
        <translation>Số đo cần có tài nguyên.</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>Sửa số đo</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Thêm số đo</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Xóa số đo</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>trọng số</translation>
    </message>
    <message>
        <source>a weight from 0 to 10</source>
        <translation>trọng số từ 0 đến 10</translation>
    </message>
    <message>
        <source>Edit focus criterion</source>
        <translation>Sửa tiêu chí chọn trọng tâm</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <source>Sector (VSIC code)</source>
        <translation>Ngành (mã VSIC)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh/thành phố:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Nhóm th&amp;eo:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Energy saved, TOE/year</source>
        <translation>Năng lượng tiết kiệm, TOE/năm</translation>
    </message>
    <message>
        <source>Energy saved, GJ/year</source>
        <translation>Năng lượng tiết kiệm, GJ/năm</translation>
    </message>
    <message>
        <source>Water saved, m³/year</source>
        <translation>Nước tiết kiệm, m³/năm</translation>
    </message>
    <message>
        <source>Cost saved, million VND/year</source>
        <translation>Chi phí tiết kiệm, triệu đồng/năm</translation>
    </message>
    <message>
        <source>CO₂ avoided, t/year</source>
        <translation>CO₂ giảm, tấn/năm</translation>
    </message>
    <message>
        <source>Met the target in force</source>
        <translation>Đạt mục tiêu đang có hiệu lực</translation>
    </message>
    <message>
        <source>By method: regression / ratio</source>
        <translation>Theo phương pháp: hồi quy / tỷ số</translation>
    </message>
    <message>
        <source>Regression / ratio</source>
        <translation>Hồi quy / tỷ số</translation>
    </message>
    <message>
        <source>Met the target in force (of all)</source>
        <translation>Đạt mục tiêu đang có hiệu lực (trên tổng số)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Số liệu theo nhóm</translation>
    </message>
    <message>
        <source>Charts of the figures</source>
        <translation>Biểu đồ số liệu</translation>
    </message>
    <message>
        <source>No received assessments for these filters.</source>
        <translation>Không có báo cáo đánh giá nào đã nhận khớp với bộ lọc này.</translation>
    </message>
    <message>
        <source>Newest revision of each received assessment, whatever its review state; savings per year after the changes, normalised to the reporting period's output.</source>
        <translation>Phiên bản mới nhất của mỗi báo cáo đánh giá đã nhận, ở mọi trạng thái thẩm định; tiết kiệm mỗi năm sau khi thực hiện giải pháp, quy về sản lượng kỳ báo cáo.</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả tỉnh/thành phố</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>VSIC</source>
        <translation>VSIC</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>GJ</source>
        <translation>GJ</translation>
    </message>
    <message>
        <source>Water, m³</source>
        <translation>Nước, m³</translation>
    </message>
    <message>
        <source>tCO₂</source>
        <translation>tấn CO₂</translation>
    </message>
    <message>
        <source>Million VND</source>
        <translation>Triệu đồng</translation>
    </message>
    <message>
        <source>Met band</source>
        <translation>Đạt mức</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
</context>
<context>
    <name>DataFolderPage</name>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Your assessments are kept in a database in this folder, with automatic backups beside it. Choose another folder (a second disk, an encrypted drive) if you wish.</source>
        <translation>Các đánh giá của bạn được lưu trong một cơ sở dữ liệu ở thư mục này, kèm các bản sao lưu tự động bên cạnh. Bạn có thể chọn thư mục khác (ổ đĩa thứ hai, ổ đĩa mã hóa) nếu muốn.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Mặc định</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. The current database is copied there if the folder has none; an existing database there is used as it is.</source>
        <translation>Thư mục mới được dùng từ lần khởi động sau. Cơ sở dữ liệu hiện tại được sao chép sang nếu thư mục đó chưa có; nếu đã có thì dùng nguyên cơ sở dữ liệu ở đó.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Received assessment</source>
        <translation>Báo cáo đánh giá đã nhận</translation>
    </message>
    <message>
        <source>Open the signed &amp;report</source>
        <translation>Mở &amp;báo cáo đã ký</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>&amp;Tin cậy người ký này…</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Choose a received assessment in the list.</source>
        <translation>Chọn một báo cáo đánh giá đã nhận trong danh sách.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>kỳ cơ sở</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>kỳ báo cáo</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Target in force %1: %2</source>
        <translation>Mục tiêu đang có hiệu lực %1: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>(the signer is trusted now)</source>
        <translation>(người ký nay đã được tin cậy)</translation>
    </message>
    <message>
        <source>%1 (%2 received), on %3</source>
        <translation>%1 (đã nhận %2), ngày %3</translation>
    </message>
    <message>
        <source>%1 → %2 since 1/7/2025</source>
        <translation>%1 → %2 từ 1/7/2025</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Before (per unit)</source>
        <translation>Trước (trên đơn vị SP)</translation>
    </message>
    <message>
        <source>After (per unit)</source>
        <translation>Sau (trên đơn vị SP)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation>Tiết kiệm %</translation>
    </message>
    <message>
        <source>Saving, VND</source>
        <translation>Tiết kiệm, đồng</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>The document cannot be read by this version of the app.</source>
        <translation>Phiên bản ứng dụng này không đọc được tài liệu.</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>hồi quy</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ số</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Energy: %1 TOE (%2 GJ), %3 % per unit product</source>
        <translation>Năng lượng: %1 TOE (%2 GJ), %3 % trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>CO₂: %1 t</source>
        <translation>CO₂: %1 tấn</translation>
    </message>
    <message>
        <source>Cost: %1 VND/year</source>
        <translation>Chi phí: %1 đồng/năm</translation>
    </message>
    <message>
        <source>Savings after the changes</source>
        <translation>Tiết kiệm sau khi thực hiện</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Ý kiến (%1)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The report cannot be opened: %1</source>
        <translation>Không mở được báo cáo: %1</translation>
    </message>
    <message>
        <source>The report was written to %1; open it with a PDF viewer.</source>
        <translation>Báo cáo đã được ghi ra %1; hãy mở bằng trình đọc PDF.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>SXSH Desktop hit an error it did not expect: %1</source>
        <translation>SXSH Desktop gặp một lỗi không lường trước: %1</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Báo cáo lỗi đã được ghi vào %1.</translation>
    </message>
    <message>
        <source>The report could not be written to the log folder.</source>
        <translation>Không ghi được báo cáo lỗi vào thư mục nhật ký.</translation>
    </message>
    <message>
        <source>What you entered before is stored. Copy the report and send it with a few words on what you were doing.</source>
        <translation>Những gì bạn đã nhập trước đó vẫn được lưu. Hãy sao chép báo cáo và gửi kèm vài dòng về việc bạn đang làm.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Sao chép báo cáo</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export sync package</source>
        <translation>Xuất gói đồng bộ</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>One file for the Sở: the assessment, its signed report and a manifest, all signed with your identity. Exporting counts a new revision when the assessment changed since its last export.</source>
        <translation>Một tệp duy nhất gửi Sở: hồ sơ đánh giá, báo cáo đã ký và bảng kê nội dung, tất cả được ký bằng chứng thư của bạn. Nếu hồ sơ có thay đổi kể từ lần xuất trước, lần xuất này được tính là một phiên bản mới.</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Language of the report in the package</source>
        <translation>Ngôn ngữ của báo cáo trong gói</translation>
    </message>
    <message>
        <source>&amp;Encrypt for the Sở: only the holder of this certificate's key can open the package</source>
        <translation>&amp;Mã hoá cho Sở: chỉ người giữ khoá của chứng thư này mới mở được gói</translation>
    </message>
    <message>
        <source>The Sở's certificate</source>
        <translation>Chứng thư của Sở</translation>
    </message>
    <message>
        <source>The Sở's certificate (.pem, .cer, .crt)</source>
        <translation>Chứng thư của Sở (.pem, .cer, .crt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Tệp gói</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>A package is signed: set your signing identity first in Edit › Preferences › Signing identity.</source>
        <translation>Gói đồng bộ phải được ký: hãy thiết lập chứng thư ký số trước, tại Sửa › Tùy chọn › Chứng thư ký số.</translation>
    </message>
    <message>
        <source>Your identity's certificate has expired: renew it in Edit › Preferences › Signing identity.</source>
        <translation>Chứng thư của bạn đã hết hạn: hãy gia hạn tại Sửa › Tùy chọn › Chứng thư ký số.</translation>
    </message>
    <message>
        <source>This assessment is not complete: it lacks %1. A package holds the signed report, and a draft cannot be signed; fill these in first.</source>
        <translation>Hồ sơ đánh giá chưa đầy đủ: còn thiếu %1. Gói đồng bộ chứa báo cáo đã ký, mà bản nháp thì không ký được; hãy nhập bổ sung các phần này trước.</translation>
    </message>
    <message>
        <source>The assessment is complete: it can be packaged.</source>
        <translation>Hồ sơ đánh giá đã đầy đủ: có thể đóng gói.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Chứng thư (*.pem *.cer *.crt *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>For: %1, valid until %2</source>
        <translation>Gửi: %1, hiệu lực đến %2</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Lưu gói thành</translation>
    </message>
    <message>
        <source>Sync packages (*.sxsh)</source>
        <translation>Gói đồng bộ (*.sxsh)</translation>
    </message>
    <message>
        <source>Choose the file to write the package to.</source>
        <translation>Hãy chọn tệp để ghi gói.</translation>
    </message>
    <message>
        <source>Choose the Sở's certificate.</source>
        <translation>Hãy chọn chứng thư của Sở.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Đang tạo gói…</translation>
    </message>
    <message>
        <source>The package is written</source>
        <translation>Đã ghi gói đồng bộ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dung lượng:</translation>
    </message>
    <message>
        <source>Package id:</source>
        <translation>Mã gói:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Encrypted for:</source>
        <translation>Mã hoá cho:</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mở &amp;thư mục chứa tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>%1 (the revision goes up when the assessment changed since its last export)</source>
        <translation>%1 (phiên bản tăng lên khi hồ sơ có thay đổi kể từ lần xuất trước)</translation>
    </message>
    <message>
        <source>not encrypted: anyone with the file can read it</source>
        <translation>không mã hoá: ai có tệp cũng đọc được</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Ngôn ngữ của báo cáo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>&amp;Sign with my identity</source>
        <translation>&amp;Ký bằng chứng thư của tôi</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.vn (empty: none)</source>
        <translation>ví dụ http://timestamp.example.vn (để trống: không dùng)</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Máy chủ cấp dấu thời gian</translation>
    </message>
    <message>
        <source>Without a timestamp server the report is signed offline (PAdES B-B); with one that answers, the signing time is certified (PAdES B-T).</source>
        <translation>Không có máy chủ cấp dấu thời gian, báo cáo được ký ngoại tuyến (PAdES B-B); nếu máy chủ phản hồi, thời điểm ký được chứng thực (PAdES B-T).</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>Máy chủ &amp;dấu thời gian:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Tệp báo cáo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>This assessment is not complete: it lacks %1. The report will be an unsigned draft, marked as such on its cover; a draft cannot be signed. Fill these in to make the signed report.</source>
        <translation>Hồ sơ đánh giá chưa đầy đủ: còn thiếu %1. Báo cáo sẽ là bản nháp không ký, có ghi rõ trên trang bìa; bản nháp không thể ký. Hãy nhập bổ sung các phần này để lập báo cáo có ký.</translation>
    </message>
    <message>
        <source>The report can be signed. It will say what the assessment still lacks: %1.</source>
        <translation>Báo cáo có thể ký. Báo cáo sẽ ghi rõ những phần hồ sơ còn thiếu: %1.</translation>
    </message>
    <message>
        <source>The assessment is complete: the report can be signed.</source>
        <translation>Hồ sơ đánh giá đã đầy đủ: báo cáo có thể ký.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Hãy chọn tệp để ghi báo cáo.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Chữ ký:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mở &amp;thư mục chứa tệp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>The signed report is written</source>
        <translation>Đã ghi báo cáo có ký</translation>
    </message>
    <message>
        <source>signed by %1 — %2</source>
        <translation>do %1 ký — %2</translation>
    </message>
    <message>
        <source>The draft report is written</source>
        <translation>Đã ghi bản nháp báo cáo</translation>
    </message>
    <message>
        <source>unsigned draft (the assessment is not complete)</source>
        <translation>bản nháp không ký (hồ sơ chưa đầy đủ)</translation>
    </message>
    <message>
        <source>The report is written</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>không ký</translation>
    </message>
    <message>
        <source>No PDF viewer could be started for %1.</source>
        <translation>Không mở được trình xem PDF cho %1.</translation>
    </message>
</context>
<context>
    <name>ExportSupport</name>
    <message>
        <source>No signing identity yet: make or choose one in Edit › Preferences › Signing identity.</source>
        <translation>Chưa có chứng thư ký số: hãy tạo hoặc chọn chứng thư tại Sửa › Tùy chọn › Chứng thư ký số.</translation>
    </message>
    <message>
        <source>%1 — the certificate expired on %2: renew it in Edit › Preferences › Signing identity.</source>
        <translation>%1 — chứng thư đã hết hạn ngày %2: hãy gia hạn tại Sửa › Tùy chọn › Chứng thư ký số.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, hiệu lực đến %2</translation>
    </message>
    <message>
        <source>(self-issued)</source>
        <translation>(tự cấp)</translation>
    </message>
    <message>
        <source>— on the USB token %1</source>
        <translation>— trên USB token %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>PIN of your USB token %1 (key %2):</source>
        <translation>Mã PIN của USB token %1 (khoá %2):</translation>
    </message>
    <message>
        <source>Passphrase of your identity %1 (%2):</source>
        <translation>Mật khẩu chứng thư của %1 (%2):</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Sent to the default printer.</source>
        <translation>Đã gửi đến máy in mặc định.</translation>
    </message>
    <message>
        <source>Printing failed (%1).</source>
        <translation>Không in được (%1).</translation>
    </message>
    <message>
        <source>There is no printing command here: the report is open in the PDF viewer; print it from there.</source>
        <translation>Máy này không có lệnh in: báo cáo đã được mở trong trình xem PDF; hãy in từ đó.</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;VSIC code:</source>
        <translation>Mã ngành &amp;VSIC:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>&amp;Ngành:</translation>
    </message>
    <message>
        <source>E&amp;mployees:</source>
        <translation>Số lao độn&amp;g:</translation>
    </message>
    <message>
        <source>Design &amp;capacity:</source>
        <translation>&amp;Công suất thiết kế:</translation>
    </message>
    <message>
        <source>P&amp;roducts:</source>
        <translation>Sản &amp;phẩm:</translation>
    </message>
    <message>
        <source>10 digits, e.g. 2901234567</source>
        <translation>10 chữ số, ví dụ 2901234567</translation>
    </message>
    <message>
        <source>e.g. 150.000 hL/năm</source>
        <translation>ví dụ 150.000 hL/năm</translation>
    </message>
    <message>
        <source>separated by ';'</source>
        <translation>cách nhau bằng dấu ';'</translation>
    </message>
    <message>
        <source>Reference product (for consumption per unit product)</source>
        <translation>Sản phẩm quy chuẩn (để tính tiêu hao trên đơn vị sản phẩm)</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Sản p&amp;hẩm:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>e.g. hL, t, tấn, pcs</source>
        <translation>ví dụ hL, t, tấn, chai</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>Loại đánh giá</translation>
    </message>
    <message>
        <source>T&amp;ype of assessment:</source>
        <translation>&amp;Loại đánh giá:</translation>
    </message>
    <message>
        <source>Sector template</source>
        <translation>Mẫu ngành</translation>
    </message>
    <message>
        <source>The sector's norms and best practice the monitoring page compares the facility with</source>
        <translation>Định mức và thực hành tốt nhất của ngành mà trang quan trắc dùng để so sánh với cơ sở</translation>
    </message>
    <message>
        <source>&amp;Sector template:</source>
        <translation>&amp;Mẫu ngành:</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Consultant's na&amp;me:</source>
        <translation>Tên chuyên &amp;gia:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Tổ chức:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-mai&amp;l:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>CP team</source>
        <translation>Nhóm SXSH</translation>
    </message>
    <message>
        <source>CP team members</source>
        <translation>Thành viên nhóm SXSH</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Thêm thành viên</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>&amp;Xóa thành viên</translation>
    </message>
    <message>
        <source>Remove the selected members</source>
        <translation>Bỏ các thành viên đã chọn</translation>
    </message>
    <message>
        <source>Notes on the team</source>
        <translation>Ghi chú về nhóm</translation>
    </message>
    <message>
        <source>Decision forming the team (number, date), meeting schedule …</source>
        <translation>Quyết định thành lập nhóm (số, ngày), lịch họp …</translation>
    </message>
    <message>
        <source>Facility and CP team</source>
        <translation>Cơ sở và nhóm SXSH</translation>
    </message>
    <message>
        <source>Task 1. Record who the facility is and who does the assessment. Form the CP team: a leader from management, the people who know the process steps, energy and quality, and the consultant. Name the reference product and its unit: every consumption is compared per unit of it.</source>
        <translation>Nhiệm vụ 1. Ghi thông tin về cơ sở và người thực hiện đánh giá. Thành lập nhóm SXSH: một lãnh đạo làm trưởng nhóm, những người nắm rõ các công đoạn sản xuất, năng lượng và chất lượng, cùng chuyên gia tư vấn. Ghi sản phẩm quy chuẩn và đơn vị của nó: mọi mức tiêu thụ đều được so sánh trên một đơn vị sản phẩm này.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>số lao động</translation>
    </message>
    <message>
        <source>a whole number of people, 0 or more</source>
        <translation>một số nguyên người, từ 0 trở lên</translation>
    </message>
    <message>
        <source>design capacity</source>
        <translation>công suất thiết kế</translation>
    </message>
    <message>
        <source>Edit facility</source>
        <translation>Sửa thông tin cơ sở</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Sửa sản phẩm</translation>
    </message>
    <message>
        <source>Edit consultant</source>
        <translation>Sửa thông tin chuyên gia</translation>
    </message>
    <message>
        <source>Change the type of assessment</source>
        <translation>Đổi loại đánh giá</translation>
    </message>
    <message>
        <source>Attach the sector template</source>
        <translation>Gắn mẫu ngành</translation>
    </message>
    <message>
        <source>Take off the sector template</source>
        <translation>Bỏ mẫu ngành</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (không tìm thấy)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Thêm thành viên nhóm</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Xóa thành viên nhóm</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>Chưa lưu “%1”: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>FillDown</name>
    <message numerus="yes">
        <source>Fill down %n cell(s)</source>
        <translation><numerusform>Điền xuống %n ô</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SXSH Desktop</source>
        <translation>Chào mừng đến với SXSH Desktop</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <source>The data folder was not changed: %1</source>
        <translation>Thư mục dữ liệu không được thay đổi: %1</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>SXSH Desktop uses %1 from the next start. Restart now?</source>
        <translation>SXSH Desktop sẽ dùng %1 từ lần khởi động sau. Khởi động lại ngay?</translation>
    </message>
</context>
<context>
    <name>FlowEdits</name>
    <message>
        <source>Quantity of “{name}”</source>
        <translation>Lượng của “{name}”</translation>
    </message>
    <message>
        <source>Edit flow “{name}”</source>
        <translation>Sửa dòng “{name}”</translation>
    </message>
    <message>
        <source>New input</source>
        <translation>Đầu vào mới</translation>
    </message>
    <message>
        <source>New output</source>
        <translation>Đầu ra mới</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Delete flow “{name}”</source>
        <translation>Xóa dòng “{name}”</translation>
    </message>
    <message>
        <source>Change the basis</source>
        <translation>Đổi cơ sở tính</translation>
    </message>
    <message>
        <source>Change the basis label</source>
        <translation>Đổi nhãn cơ sở tính</translation>
    </message>
</context>
<context>
    <name>FlowchartPage</name>
    <message>
        <source>Flow chart of the process</source>
        <translation>Sơ đồ dòng của quy trình</translation>
    </message>
    <message>
        <source>&amp;Focus steps only</source>
        <translation>Chỉ các công đoạn &amp;trọng tâm</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa &amp;chiều rộng</translation>
    </message>
    <message>
        <source>&amp;Export PNG…</source>
        <translation>&amp;Xuất PNG…</translation>
    </message>
    <message>
        <source>No process steps yet: list them on the page of task 2, then record their inputs and outputs in the balance (task 5).</source>
        <translation>Chưa có công đoạn nào: liệt kê các công đoạn ở trang của nhiệm vụ 2, rồi ghi đầu vào, đầu ra của chúng trong phần cân bằng (nhiệm vụ 5).</translation>
    </message>
    <message>
        <source>Task 4. The chart is drawn from the process steps and their flows: inputs come in from the left, outputs (product, by-products, waste, losses) leave on the right, per the amount of product each step is recorded for. Check that every input and output is there; add missing ones in the balance (task 5). Export it as PNG for the report.</source>
        <translation>Nhiệm vụ 4. Sơ đồ được vẽ từ các công đoạn và các dòng vật chất, năng lượng của chúng: đầu vào đi vào từ bên trái, đầu ra (sản phẩm, sản phẩm phụ, chất thải, tổn thất) đi ra bên phải, tính cho lượng sản phẩm mà mỗi công đoạn được ghi nhận. Kiểm tra xem đã đủ mọi đầu vào, đầu ra chưa; bổ sung phần còn thiếu trong cân bằng (nhiệm vụ 5). Xuất sơ đồ ra PNG để đưa vào báo cáo.</translation>
    </message>
    <message>
        <source>Process flow chart: %1</source>
        <translation>Sơ đồ dòng quy trình sản xuất: %1</translation>
    </message>
    <message>
        <source>AUDIT FOCUS</source>
        <translation>TRỌNG TÂM ĐÁNH GIÁ</translation>
    </message>
    <message>
        <source>flows per %1</source>
        <translation>các dòng tính cho %1</translation>
    </message>
    <message>
        <source>Export the flow chart</source>
        <translation>Xuất sơ đồ dòng</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity file</source>
        <translation>Tệp chứng thư</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp chứng thư (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Chứng thư ký số</translation>
    </message>
    <message>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <source>PIN of the USB token %1:</source>
        <translation>Mã PIN của USB token %1:</translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.dll)</source>
        <translation>Thư viện PKCS#11 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 libraries (*.so *.dylib)</source>
        <translation>Thư viện PKCS#11 (*.so *.dylib)</translation>
    </message>
    <message>
        <source>The token's PKCS#11 library</source>
        <translation>Thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the token's PKCS#11 library (the file its driver installed).</source>
        <translation>Hãy chọn thư viện PKCS#11 của token (tệp do trình điều khiển token cài đặt).</translation>
    </message>
    <message>
        <source>Give the token label and the key label (the token's manager shows them).</source>
        <translation>Hãy nhập nhãn token và nhãn khoá (phần mềm quản lý token hiển thị chúng).</translation>
    </message>
    <message>
        <source>The token signs as %1, valid from %2 until %3.</source>
        <translation>Token ký với danh nghĩa %1, có hiệu lực từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Reports and sync packages are signed with your identity: a key and a certificate. Make a self-issued one here, use the .p12 file a certification authority gave you, or the USB token it issued.</source>
        <translation>Báo cáo và gói đồng bộ được ký bằng chứng thư của bạn: một khoá và một chứng thư số. Hãy tạo một chứng thư tự cấp tại đây, dùng tệp .p12 do tổ chức chứng thực cấp cho bạn, hoặc USB token do tổ chức đó cấp.</translation>
    </message>
    <message>
        <source>Current identity: %1 on the USB token %2 (key %3), valid until %4</source>
        <translation>Chứng thư hiện tại: %1 trên USB token %2 (khoá %3), có hiệu lực đến %4</translation>
    </message>
    <message>
        <source>Current identity: %1 (%2), valid until %3</source>
        <translation>Chứng thư hiện tại: %1 (%2), hiệu lực đến %3</translation>
    </message>
    <message>
        <source>&amp;Later (keep the current one, if any)</source>
        <translation>Để &amp;sau (giữ chứng thư hiện có, nếu có)</translation>
    </message>
    <message>
        <source>&amp;Create a self-issued identity</source>
        <translation>&amp;Tạo chứng thư tự cấp</translation>
    </message>
    <message>
        <source>&amp;Use an identity file (.p12, .pfx)</source>
        <translation>&amp;Dùng tệp chứng thư (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Mật khẩu của tệp:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>PKCS#11 library of the token</source>
        <translation>Thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>the token driver's PKCS#11 library</source>
        <translation>thư viện PKCS#11 của trình điều khiển token</translation>
    </message>
    <message>
        <source>The certification authority's token driver installs it, usually as a .dll in C:\Windows\System32 (its manual names it).</source>
        <translation>Trình điều khiển token của tổ chức chứng thực cài đặt thư viện này, thường là một tệp .dll trong C:\Windows\System32 (tài liệu hướng dẫn của token ghi tên tệp).</translation>
    </message>
    <message>
        <source>Usually one of: %1 — or the library of the token's driver.</source>
        <translation>Thường là một trong: %1 — hoặc thư viện của trình điều khiển token.</translation>
    </message>
    <message>
        <source>&amp;Key label:</source>
        <translation>Nhãn &amp;khoá:</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Nhãn token</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Nhãn khoá</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>Kiể&amp;m tra…</translation>
    </message>
    <message>
        <source>Asks the PIN, opens the token and shows who its certificate names</source>
        <translation>Hỏi mã PIN, mở token và cho biết chứng thư số của token mang tên ai</translation>
    </message>
    <message>
        <source>The passphrase and the PIN are never stored: you type them when you sign. If the passphrase is lost, the identity cannot be used; make a new one.</source>
        <translation>Mật khẩu và mã PIN không bao giờ được lưu: bạn nhập chúng mỗi khi ký. Nếu quên mật khẩu, chứng thư không dùng được nữa; hãy tạo chứng thư mới.</translation>
    </message>
    <message>
        <source>Test the token first: its PIN is asked (not kept) and who its certificate names is shown.</source>
        <translation>Hãy kiểm tra token trước: mã PIN được hỏi (không lưu lại) và tên người mà chứng thư số của token ghi sẽ được hiển thị.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Use a USB token (&amp;PKCS#11)</source>
        <translation>Dùng USB token (&amp;PKCS#11)</translation>
    </message>
    <message>
        <source>L&amp;ibrary:</source>
        <translation>Thư &amp;viện:</translation>
    </message>
    <message>
        <source>Tok&amp;en label:</source>
        <translation>&amp;Nhãn token:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>An identity names its holder: fill in your name and organisation first.</source>
        <translation>Chứng thư ghi tên người giữ: hãy điền tên và tổ chức của bạn trước.</translation>
    </message>
    <message>
        <source>Choose the identity file.</source>
        <translation>Hãy chọn tệp chứng thư.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import packages for review</source>
        <translation>Nhập gói dữ liệu để thẩm định</translation>
    </message>
    <message>
        <source>Choose package files (.sxsh) or a folder of them, or drop them here. Each package is checked — intact, who signed it, whether that signer is trusted — before anything is stored; a package that fails a check is refused with the reason.</source>
        <translation>Chọn các tệp gói (.sxsh) hoặc một thư mục chứa chúng, hoặc kéo thả vào đây. Mỗi gói được kiểm tra — còn nguyên vẹn không, ai ký, người ký có được tin cậy không — trước khi lưu; gói không qua kiểm tra sẽ bị từ chối kèm lý do.</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Các gói cần nhập</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>&amp;Xoá danh sách</translation>
    </message>
    <message>
        <source>Also import packages from signers this office does not trust yet (marked “unknown signer”; they cannot be approved until the signer is trusted)</source>
        <translation>Nhập cả gói của người ký mà cơ quan chưa tin cậy (đánh dấu “chưa tin cậy”; chỉ phê duyệt được khi người ký đã được tin cậy)</translation>
    </message>
    <message>
        <source>Only for encrypted packages: the office's key (.p12 or PEM)</source>
        <translation>Chỉ dùng cho gói được mã hoá: khoá của cơ quan (.p12 hoặc PEM)</translation>
    </message>
    <message>
        <source>Key file for encrypted packages</source>
        <translation>Tệp khoá cho gói được mã hoá</translation>
    </message>
    <message>
        <source>Choose &amp;key…</source>
        <translation>Chọn &amp;khoá…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khoá:</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v trên %m gói</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>What happened to each package</source>
        <translation>Kết quả của từng gói</translation>
    </message>
    <message>
        <source>&amp;Trust this signer and import again…</source>
        <translation>&amp;Tin cậy người ký này và nhập lại…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>Chọn các gói</translation>
    </message>
    <message>
        <source>SXSH packages (*.sxsh);;All files (*)</source>
        <translation>Gói SXSH (*.sxsh);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder of packages</source>
        <translation>Chọn thư mục chứa các gói</translation>
    </message>
    <message>
        <source>The office's key for encrypted packages</source>
        <translation>Khoá của cơ quan cho gói được mã hoá</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx *.pem);;All files (*)</source>
        <translation>Khoá (*.p12 *.pfx *.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Some packages are encrypted: they are refused without the office's key.</source>
        <translation>Có gói được mã hoá: nếu không có khoá của cơ quan, các gói này sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>The key cannot be opened: %1</source>
        <translation>Không mở được khoá: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase of %1 (empty if it has none):</source>
        <translation>Cụm mật khẩu của %1 (để trống nếu không có):</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Đang kiểm tra các gói…</translation>
    </message>
    <message>
        <source>Stopping after the package being checked…</source>
        <translation>Sẽ dừng sau gói đang kiểm tra…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Việc nhập đã dừng: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <source>%1 imported, %2 already here, %3 refused.</source>
        <translation>Đã nhập %1, đã có từ trước %2, bị từ chối %3.</translation>
    </message>
    <message>
        <source>This office trusts no signer yet: packages are refused until their signer is trusted (choose a refused package, then “Trust this signer”).</source>
        <translation>Cơ quan chưa tin cậy người ký nào: các gói sẽ bị từ chối cho đến khi người ký được tin cậy (chọn một gói bị từ chối, rồi bấm “Tin cậy người ký này”).</translation>
    </message>
    <message>
        <source>Trusted signers: %1</source>
        <translation>Người ký được tin cậy: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> và %1 người khác</translation>
    </message>
    <message>
        <source>The signer's certificate cannot be read from %1.</source>
        <translation>Không đọc được chứng thư của người ký trong %1.</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Tin cậy người ký này</translation>
    </message>
    <message>
        <source>Trust every package signed by %1 (%2)?

Certificate SHA-256:
%3

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</source>
        <translation>Tin cậy mọi gói do %1 (%2) ký?

Dấu vân tay SHA-256 của chứng thư:
%3

Hãy đối chiếu dấu vân tay này với dấu vân tay do chuyên gia tư vấn cung cấp (qua điện thoại hoặc trực tiếp) trước khi tin cậy.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the windows. Reports can be made in either language.</source>
        <translation>Ngôn ngữ của giao diện. Báo cáo có thể lập bằng cả hai ngôn ngữ.</translation>
    </message>
</context>
<context>
    <name>MVPanel</name>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Tài nguyên:</translation>
    </message>
    <message>
        <source>Resource of the regression</source>
        <translation>Tài nguyên của mô hình hồi quy</translation>
    </message>
    <message>
        <source>Reckon this resource's saving by the regression model</source>
        <translation>Tính tiết kiệm của tài nguyên này theo mô hình hồi quy</translation>
    </message>
    <message>
        <source>Consumption against production</source>
        <translation>Tiêu thụ theo sản lượng</translation>
    </message>
    <message>
        <source>Cumulative saving (CUSUM)</source>
        <translation>Tiết kiệm cộng dồn (CUSUM)</translation>
    </message>
    <message>
        <source>The chart appears when the resource has monthly readings.</source>
        <translation>Biểu đồ hiện khi tài nguyên có số đọc hằng tháng.</translation>
    </message>
    <message>
        <source>The CUSUM appears when the reporting period has readings.</source>
        <translation>Biểu đồ CUSUM hiện khi kỳ báo cáo có số đọc.</translation>
    </message>
    <message>
        <source>no monthly readings of the baseline</source>
        <translation>kỳ cơ sở chưa có số đọc hằng tháng</translation>
    </message>
    <message>
        <source>No model: {reason}</source>
        <translation>Chưa có mô hình: {reason}</translation>
    </message>
    <message>
        <source>R² {value} {sign} {limit}</source>
        <translation>R² {value} {sign} {limit}</translation>
    </message>
    <message>
        <source>p of the slope {value} {sign} {limit}</source>
        <translation>p của hệ số sản lượng {value} {sign} {limit}</translation>
    </message>
    <message>
        <source>the slope is not positive</source>
        <translation>hệ số sản lượng không dương</translation>
    </message>
    <message>
        <source>The model is not valid: {why}</source>
        <translation>Mô hình chưa đạt: {why}</translation>
    </message>
    <message>
        <source>The model is valid: {why}</source>
        <translation>Mô hình đạt: {why}</translation>
    </message>
    <message>
        <source>Enter monthly readings to fit a baseline model (ISO 50006).</source>
        <translation>Nhập số đọc hằng tháng để lập mô hình đường cơ sở (ISO 50006).</translation>
    </message>
    <message>
        <source>E = {formula} ({unit}; P in {p_unit})
R² {r2}, adjusted R² {adj}, CV(RMSE) {cv}, NMBE {nmbe}, p of the slope {p}, {n} readings</source>
        <translation>E = {formula} ({unit}; P tính bằng {p_unit})
R² {r2}, R² hiệu chỉnh {adj}, CV(RMSE) {cv}, NMBE {nmbe}, p của hệ số sản lượng {p}, {n} kỳ đọc</translation>
    </message>
    <message>
        <source>Method: regression. Adjusted baseline {adjusted} {unit}, saving {saving} {unit} ({pct}).</source>
        <translation>Phương pháp: hồi quy. Đường cơ sở điều chỉnh {adjusted} {unit}, tiết kiệm {saving} {unit} ({pct}).</translation>
    </message>
    <message>
        <source>the data are for whole periods</source>
        <translation>số liệu là của cả kỳ</translation>
    </message>
    <message>
        <source>Method: ratio of specific consumption, because {reason}.</source>
        <translation>Phương pháp: tỷ số suất tiêu hao, vì {reason}.</translation>
    </message>
    <message>
        <source>Choose the method of {resource}</source>
        <translation>Chọn phương pháp cho {resource}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SXSH Desktop</source>
        <translation>SXSH Desktop</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Mọi thay đổi được lưu ngay khi bạn nhập</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Assessments list</source>
        <translation>&amp;Danh sách đánh giá</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Đánh giá &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import assessment document…</source>
        <translation>&amp;Nhập tệp đánh giá…</translation>
    </message>
    <message>
        <source>&amp;Export assessment document…</source>
        <translation>&amp;Xuất tệp đánh giá…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Xuất &amp;báo cáo…</translation>
    </message>
    <message>
        <source>Export s&amp;ync package…</source>
        <translation>Xuất gói đồ&amp;ng bộ…</translation>
    </message>
    <message>
        <source>&amp;Back up the database now</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Không gian làm việc</translation>
    </message>
    <message>
        <source>&amp;Consultant workspace</source>
        <translation>Không gian của &amp;chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>&amp;Review workspace (Sở)</source>
        <translation>Không gian &amp;thẩm định (Sở)</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Người ký được tin cậy…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Guide to this page</source>
        <translation>&amp;Hướng dẫn cho trang này</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;About SXSH Desktop</source>
        <translation>&amp;Giới thiệu SXSH Desktop</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <source>The assessment was not made: %1</source>
        <translation>Chưa tạo được đánh giá: %1</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>Cơ sở mới</translation>
    </message>
    <message>
        <source>Import an assessment document</source>
        <translation>Nhập tệp đánh giá</translation>
    </message>
    <message>
        <source>Assessment documents (*.json);;All files (*)</source>
        <translation>Tệp đánh giá (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Đã nhập.</translation>
    </message>
    <message>
        <source>Already in the store, unchanged.</source>
        <translation>Đã có trong cơ sở dữ liệu, không thay đổi.</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>Đã thay thế.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>The document was not imported: %1</source>
        <translation>Không nhập được tệp: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Export the assessment document</source>
        <translation>Xuất tệp đánh giá</translation>
    </message>
    <message>
        <source>Assessment documents (*.json)</source>
        <translation>Tệp đánh giá (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Chưa sao lưu được: %1</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Welcome to SXSH Desktop</source>
        <translation>Chào mừng đến với SXSH Desktop</translation>
    </message>
    <message>
        <source>Review workspace — SXSH Desktop</source>
        <translation>Thẩm định — SXSH Desktop</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>%1 — SXSH Desktop</source>
        <translation>%1 — SXSH Desktop</translation>
    </message>
    <message>
        <source>Review workspace</source>
        <translation>Không gian thẩm định</translation>
    </message>
    <message>
        <source>Import the packages consultants send (Import packages…, or drop .sxsh files on the list). Each is checked: intact, who signed it, whether this office trusts the signer. Choose one to read it, add comments and take a review step; the dashboard sums the figures; export the figures as CSV or the approved packages for the ministry.</source>
        <translation>Nhập các gói dữ liệu do tư vấn gửi (Nhập gói dữ liệu…, hoặc kéo thả tệp .sxsh vào danh sách). Mỗi gói được kiểm tra: còn nguyên vẹn, ai đã ký, cơ quan có tin cậy người ký hay không. Chọn một báo cáo để đọc, thêm nhận xét và chuyển bước thẩm định; bảng tổng hợp cộng các số liệu; xuất số liệu ra CSV hoặc xuất các gói đã phê duyệt để gửi Bộ.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Danh sách đánh giá</translation>
    </message>
    <message>
        <source>Open an assessment from the list, make a new one (blank or from a sector template) or import an assessment document. Each assessment follows the 18 tasks of the method in the navigator on the left; every change is saved as you make it.</source>
        <translation>Mở một đánh giá trong danh sách, tạo đánh giá mới (trống hoặc theo mẫu ngành) hoặc nhập một tệp đánh giá. Mỗi đánh giá đi theo 18 nhiệm vụ của phương pháp ở thanh điều hướng bên trái; mọi thay đổi được lưu ngay khi bạn nhập.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Thư mục nhật ký</translation>
    </message>
    <message>
        <source>The log and error reports are in %1</source>
        <translation>Nhật ký và các báo cáo lỗi nằm trong %1</translation>
    </message>
    <message>
        <source>About SXSH Desktop</source>
        <translation>Giới thiệu SXSH Desktop</translation>
    </message>
    <message>
        <source>SXSH Desktop %1: cleaner production assessments, offline.</source>
        <translation>SXSH Desktop %1: đánh giá sản xuất sạch hơn, không cần Internet.</translation>
    </message>
</context>
<context>
    <name>MaintainingPage</name>
    <message>
        <source>'%1' is not a date; write it like 31/12/2025 or 2025-12-31</source>
        <translation>'%1' không phải là ngày; hãy viết như 31/12/2025 hoặc 2025-12-31</translation>
    </message>
    <message>
        <source>Sustaining cleaner production (task 17)</source>
        <translation>Duy trì sản xuất sạch hơn (nhiệm vụ 17)</translation>
    </message>
    <message>
        <source>A person is responsible for each implemented solution</source>
        <translation>Mỗi giải pháp đã thực hiện có người chịu trách nhiệm</translation>
    </message>
    <message>
        <source>New practices are written into work instructions</source>
        <translation>Cách làm mới được đưa vào hướng dẫn công việc</translation>
    </message>
    <message>
        <source>Operators and new staff are trained</source>
        <translation>Công nhân vận hành và nhân viên mới được đào tạo</translation>
    </message>
    <message>
        <source>Consumption per unit product is monitored every month</source>
        <translation>Suất tiêu hao trên đơn vị sản phẩm được theo dõi hằng tháng</translation>
    </message>
    <message>
        <source>CP is part of the management system (ISO 9001/14001/50001)</source>
        <translation>SXSH được lồng ghép vào hệ thống quản lý (ISO 9001/14001/50001)</translation>
    </message>
    <message>
        <source>Staff ideas and savings are rewarded</source>
        <translation>Sáng kiến và kết quả tiết kiệm của người lao động được khen thưởng</translation>
    </message>
    <message>
        <source>The CP team meets regularly</source>
        <translation>Nhóm SXSH họp định kỳ</translation>
    </message>
    <message>
        <source>How CP is sustained</source>
        <translation>Cách duy trì SXSH</translation>
    </message>
    <message>
        <source>How the solutions are kept working: who checks what, how often, which indicators are reported to management …</source>
        <translation>Cách duy trì hiệu quả các giải pháp: ai kiểm tra gì, bao lâu một lần, chỉ số nào được báo cáo lãnh đạo …</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>The next audit focus (task 18)</source>
        <translation>Trọng tâm đánh giá tiếp theo (nhiệm vụ 18)</translation>
    </message>
    <message>
        <source>Next audit focus</source>
        <translation>Trọng tâm đánh giá tiếp theo</translation>
    </message>
    <message>
        <source>e.g. 31/12/2025</source>
        <translation>ví dụ 31/12/2025</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Lần rà soát tới</translation>
    </message>
    <message>
        <source>Why this focus next</source>
        <translation>Lý do chọn trọng tâm này</translation>
    </message>
    <message>
        <source>Why this step next: what the monitoring showed, remaining waste …</source>
        <translation>Vì sao chọn công đoạn này: kết quả quan trắc cho thấy gì, lãng phí còn lại …</translation>
    </message>
    <message>
        <source>Next &amp;focus:</source>
        <translation>&amp;Trọng tâm tới:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Rà soát &amp;lần tới:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Maintaining cleaner production</source>
        <translation>Duy trì sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Tasks 17–18. Solutions fade unless someone keeps them: tick what the facility has put in place and write the plan (who, how often, which indicators). Then choose the next audit focus, usually the step that now wastes most, and when the team will review it.</source>
        <translation>Nhiệm vụ 17–18. Giải pháp sẽ mai một nếu không có người duy trì: đánh dấu những gì cơ sở đã thiết lập và ghi kế hoạch (ai làm, bao lâu một lần, theo dõi chỉ số nào). Sau đó chọn trọng tâm đánh giá tiếp theo, thường là công đoạn hiện gây lãng phí nhiều nhất, và thời điểm nhóm rà soát lại.</translation>
    </message>
    <message>
        <source>Sustaining measure</source>
        <translation>Biện pháp duy trì</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Ngày rà soát tới</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source> (current focus)</source>
        <translation> (trọng tâm hiện tại)</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>the page is not part of this build</source>
        <translation>trang này không có trong bản cài đặt này</translation>
    </message>
    <message>
        <source>This page could not be loaded: %1. What is stored is unchanged; the other pages work. Send the report from the log folder (Help › Open the log folder) to whoever supports the app.</source>
        <translation>Không mở được trang này: %1. Dữ liệu đã lưu không thay đổi; các trang khác vẫn dùng được. Hãy gửi báo cáo trong thư mục nhật ký (Trợ giúp › Mở thư mục nhật ký) cho người hỗ trợ phần mềm.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Implementation plan</source>
        <translation>Kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Metered consumption</source>
        <translation>Mức tiêu thụ đo được</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Dạng năng lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Savings per resource</source>
        <translation>Tiết kiệm theo từng tài nguyên</translation>
    </message>
    <message>
        <source>Specific consumption before and after</source>
        <translation>Suất tiêu hao trước và sau</translation>
    </message>
    <message>
        <source>Delete the selected readings</source>
        <translation>Xóa các số đọc đã chọn</translation>
    </message>
    <message>
        <source>Fill the first selected value down</source>
        <translation>Điền giá trị đầu tiên đã chọn xuống các ô bên dưới</translation>
    </message>
    <message>
        <source>Implementation and monitoring</source>
        <translation>Thực hiện và quan trắc</translation>
    </message>
    <message>
        <source>Plan who implements each selected option and by when. Then record production and metered consumption for a baseline period before the changes and a reporting period after them: the savings per unit product follow, normalised to the reporting output.</source>
        <translation>Lập kế hoạch ai thực hiện từng giải pháp đã chọn và hạn hoàn thành. Sau đó ghi sản lượng và mức tiêu thụ đo được cho kỳ cơ sở trước khi thay đổi và kỳ báo cáo sau khi thay đổi: mức tiết kiệm trên đơn vị sản phẩm được tính ra, quy theo sản lượng kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>Số liệu quan trắc</translation>
    </message>
    <message>
        <source>Monthly readings</source>
        <translation>Số đọc hằng tháng</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Mô hình hồi quy</translation>
    </message>
    <message>
        <source>Options selected or implemented (select them on the options page).</source>
        <translation>Các giải pháp đã chọn hoặc đã thực hiện (chọn ở trang các cơ hội SXSH).</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>{period}: start date</source>
        <translation>{period}: ngày bắt đầu</translation>
    </message>
    <message>
        <source>{period}: end date</source>
        <translation>{period}: ngày kết thúc</translation>
    </message>
    <message>
        <source>{period}: production</source>
        <translation>{period}: sản lượng</translation>
    </message>
    <message>
        <source>Production ({period})</source>
        <translation>Sản lượng ({period})</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Thêm số đo</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Xóa số đo</translation>
    </message>
    <message>
        <source>Add consumption reading</source>
        <translation>Thêm số đo tiêu thụ</translation>
    </message>
    <message>
        <source>Delete selected consumption reading</source>
        <translation>Xóa số đo tiêu thụ đang chọn</translation>
    </message>
    <message>
        <source>Savings per unit product</source>
        <translation>Tiết kiệm trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>The chart appears when a resource has data for both periods.</source>
        <translation>Biểu đồ hiện ra khi có tài nguyên có số liệu cho cả hai kỳ.</translation>
    </message>
    <message>
        <source>Against the energy norm</source>
        <translation>So với định mức năng lượng</translation>
    </message>
    <message>
        <source>Norm for the &amp;sub-process:</source>
        <translation>Định mức của &amp;công đoạn:</translation>
    </message>
    <message>
        <source>Sub-process of the norm</source>
        <translation>Công đoạn áp dụng định mức</translation>
    </message>
    <message>
        <source>(choose the sub-process the energy data cover)</source>
        <translation>(chọn công đoạn mà số liệu năng lượng bao trùm)</translation>
    </message>
    <message>
        <source>The comparison with the norm cannot be computed.</source>
        <translation>Chưa tính được phép so sánh với định mức.</translation>
    </message>
    <message>
        <source>SEC in %1</source>
        <translation>Suất tiêu hao (%1)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <source>Against the norm</source>
        <translation>So với định mức</translation>
    </message>
    <message>
        <source>within, %1 below</source>
        <translation>đạt, thấp hơn %1</translation>
    </message>
    <message>
        <source>exceeded by %1</source>
        <translation>vượt %1</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Thực hành tốt nhất</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>norm period {period}</source>
        <translation>giai đoạn định mức {period}</translation>
    </message>
    <message>
        <source>annual production {production} {unit}: capacity class “{cls}”, norm period {period}</source>
        <translation>sản lượng năm {production} {unit}: nhóm quy mô “{cls}”, giai đoạn định mức {period}</translation>
    </message>
    <message>
        <source>{label}: {value} {unit}</source>
        <translation>{label}: {value} {unit}</translation>
    </message>
    <message>
        <source>the facility: {value} {unit}</source>
        <translation>cơ sở: {value} {unit}</translation>
    </message>
    <message>
        <source>only for {scope}: not this facility's size</source>
        <translation>chỉ áp dụng cho {scope}: không đúng quy mô của cơ sở này</translation>
    </message>
    <message>
        <source>for {scope}</source>
        <translation>áp dụng cho {scope}</translation>
    </message>
    <message>
        <source>Norm: {document} ({status})</source>
        <translation>Định mức: {document} ({status})</translation>
    </message>
    <message>
        <source>Best practice: {document} ({status})</source>
        <translation>Thực hành tốt nhất: {document} ({status})</translation>
    </message>
    <message>
        <source>Energy counted: {basis}</source>
        <translation>Năng lượng được tính: {basis}</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>văn bản chính thức</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>nguồn thứ cấp</translation>
    </message>
    <message>
        <source>Choose the sub-process of the norm</source>
        <translation>Chọn công đoạn áp dụng định mức</translation>
    </message>
    <message>
        <source>Energy: {before} → {after} TOE/{unit}; saving {toe} TOE ({gj} GJ), {pct}; CO₂ {co2} t; {vnd} VND</source>
        <translation>Năng lượng: {before} → {after} TOE/{unit}; tiết kiệm {toe} TOE ({gj} GJ), {pct}; CO₂ {co2} t; {vnd} đồng</translation>
    </message>
    <message>
        <source>Energy saving: needs energy data for both periods.</source>
        <translation>Tiết kiệm năng lượng: cần số liệu năng lượng cho cả hai kỳ.</translation>
    </message>
    <message>
        <source>Target {programme} {period}: {band} %</source>
        <translation>Mục tiêu {programme} giai đoạn {period}: {band} %</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>chỉ để tham khảo</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang có hiệu lực</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Done date</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Edit plan of {id}</source>
        <translation>Sửa kế hoạch của {id}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Edit option {id}</source>
        <translation>Sửa giải pháp {id}</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>SEC before</source>
        <translation>Suất tiêu hao trước</translation>
    </message>
    <message>
        <source>SEC after</source>
        <translation>Suất tiêu hao sau</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation>Tiết kiệm %</translation>
    </message>
    <message>
        <source>VND saved</source>
        <translation>Số tiền tiết kiệm (đồng)</translation>
    </message>
    <message>
        <source>{period}: start</source>
        <translation>{period}: bắt đầu</translation>
    </message>
    <message>
        <source>{period}: end</source>
        <translation>{period}: kết thúc</translation>
    </message>
    <message>
        <source>{period}: the start, the end and the production are all needed.</source>
        <translation>{period}: cần đủ ngày bắt đầu, ngày kết thúc và sản lượng.</translation>
    </message>
    <message>
        <source>Change the {period}</source>
        <translation>Sửa {period}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Steps and tasks of the assessment</source>
        <translation>Các bước và nhiệm vụ của đánh giá</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Tiến độ chung</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>Đã xong %1/%2 nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang làm</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa bắt đầu</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>Đã xong %1/%2 nhiệm vụ</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Nhiệm vụ %1: %2</translation>
    </message>
    <message>
        <source>Mark task %1 done</source>
        <translation>Đánh dấu nhiệm vụ %1 đã xong</translation>
    </message>
    <message>
        <source>Mark task %1 not done</source>
        <translation>Bỏ đánh dấu xong nhiệm vụ %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <source>e.g. Công ty CP Bia Sông Lam</source>
        <translation>ví dụ: Công ty CP Bia Sông Lam</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Tên cơ sở:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Bắt đầu từ:</translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) cannot be used (greyed in the list); the others can.</source>
        <translation><numerusform>%n tệp mẫu không dùng được (tô xám trong danh sách); các mẫu khác vẫn dùng được.</numerusform></translation>
    </message>
    <message>
        <source>Preview of the template</source>
        <translation>Xem trước mẫu ngành</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Enter the facility's name</source>
        <translation>Hãy nhập tên cơ sở</translation>
    </message>
    <message>
        <source>Blank assessment</source>
        <translation>Đánh giá trống</translation>
    </message>
    <message>
        <source>An assessment with no process steps, flows or options: you enter them yourself. Without a sector template there is no energy norm to compare the facility with.</source>
        <translation>Một đánh giá chưa có công đoạn, dòng vào ra hay cơ hội SXSH nào: bạn tự nhập. Không có mẫu ngành thì không có định mức năng lượng để so sánh với cơ sở.</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>văn bản chính thức</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>nguồn thứ cấp</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Typical options</source>
        <translation>Cơ hội SXSH điển hình</translation>
    </message>
    <message>
        <source>Energy norms</source>
        <translation>Định mức tiêu hao năng lượng</translation>
    </message>
    <message>
        <source>Capacity class</source>
        <translation>Nhóm quy mô</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Thực hành tốt nhất</translation>
    </message>
    <message>
        <source>Process steps (%1)</source>
        <translation>Các công đoạn (%1)</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Vào:</translation>
    </message>
    <message>
        <source>Out:</source>
        <translation>Ra:</translation>
    </message>
    <message>
        <source>No energy norm is known for this sector.</source>
        <translation>Chưa biết định mức tiêu hao năng lượng nào cho ngành này.</translation>
    </message>
    <message>
        <source>The template gives no quantities: each flow starts at 0 until you enter what was measured, and the baseline is a placeholder (last year, 1 %1) until you enter the real period.</source>
        <translation>Mẫu ngành không có số liệu: mỗi dòng vào ra bắt đầu bằng 0 cho đến khi bạn nhập số đo được, và kỳ cơ sở chỉ là tạm (năm trước, 1 %1) cho đến khi bạn nhập kỳ thực tế.</translation>
    </message>
    <message>
        <source>Your template: %1</source>
        <translation>Mẫu của bạn: %1</translation>
    </message>
</context>
<context>
    <name>OptionColumns</name>
    <message>
        <source>An option needs a title.</source>
        <translation>Cơ hội cần có tên.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Mức chi phí</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Payback, years</source>
        <translation>Hoàn vốn, năm</translation>
    </message>
    <message>
        <source>NPV, VND</source>
        <translation>NPV, đồng</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
</context>
<context>
    <name>OptionEdits</name>
    <message>
        <source>Edit option {id}</source>
        <translation>Sửa giải pháp {id}</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Tuổi thọ</translation>
    </message>
    <message>
        <source>Lifetime: must be more than 0 years</source>
        <translation>Tuổi thọ: phải lớn hơn 0 năm</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Lãi suất chiết khấu</translation>
    </message>
    <message>
        <source>Discount rate: give a percent between 0 and 100</source>
        <translation>Lãi suất chiết khấu: nhập phần trăm từ 0 đến 100</translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation>Đổi lãi suất chiết khấu</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Cơ hội mới</translation>
    </message>
    <message>
        <source>Add option {id}</source>
        <translation>Thêm cơ hội {id}</translation>
    </message>
    <message>
        <source>Delete option {id}</source>
        <translation>Xóa cơ hội {id}</translation>
    </message>
    <message>
        <source>Saving of {resource}</source>
        <translation>Tiết kiệm {resource}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Các cơ hội SXSH</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Cost class</source>
        <translation>Mức chi phí</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Annual saving</source>
        <translation>Tiết kiệm hằng năm</translation>
    </message>
    <message>
        <source>Annual operating cost</source>
        <translation>Chi phí vận hành hằng năm</translation>
    </message>
    <message>
        <source>Resource savings</source>
        <translation>Tài nguyên tiết kiệm được</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <source>Saving per year</source>
        <translation>Tiết kiệm mỗi năm</translation>
    </message>
    <message>
        <source>Cleaner-production options</source>
        <translation>Các cơ hội sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>List every option the team finds for the causes of waste, with its category and cost class. Screen them (implement now, study further, reject), then judge the technical, economic and environmental feasibility and select what to implement. Payback, NPV and IRR follow the figures.</source>
        <translation>Liệt kê mọi cơ hội nhóm tìm ra cho các nguyên nhân gây lãng phí, kèm nhóm giải pháp và mức chi phí. Sàng lọc chúng (thực hiện ngay, cần nghiên cứu thêm, loại bỏ), rồi phân tích tính khả thi về kỹ thuật, kinh tế, môi trường và chọn giải pháp để thực hiện. Thời gian hoàn vốn, NPV và IRR được tính từ các số liệu.</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Thêm cơ hội</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Xóa cơ hội</translation>
    </message>
    <message>
        <source>Delete selected option</source>
        <translation>Xóa cơ hội đang chọn</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Xếp hạng theo</translation>
    </message>
    <message>
        <source>Rank options by</source>
        <translation>Xếp hạng các cơ hội theo</translation>
    </message>
    <message>
        <source>order entered</source>
        <translation>thứ tự nhập</translation>
    </message>
    <message>
        <source>NPV, highest first</source>
        <translation>NPV, cao nhất trước</translation>
    </message>
    <message>
        <source>payback, shortest first</source>
        <translation>thời gian hoàn vốn, ngắn nhất trước</translation>
    </message>
    <message>
        <source>IRR, highest first</source>
        <translation>IRR, cao nhất trước</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Lãi suất chiết khấu</translation>
    </message>
    <message>
        <source>Discount rate, percent per year</source>
        <translation>Lãi suất chiết khấu, phần trăm mỗi năm</translation>
    </message>
    <message>
        <source>Used for the NPV of every option (percent per year)</source>
        <translation>Dùng để tính NPV của mọi giải pháp (phần trăm mỗi năm)</translation>
    </message>
    <message>
        <source>Economic feasibility</source>
        <translation>Khả thi về kinh tế</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Technical feasibility</source>
        <translation>Khả thi về kỹ thuật</translation>
    </message>
    <message>
        <source>Environmental feasibility</source>
        <translation>Khả thi về môi trường</translation>
    </message>
    <message>
        <source>Equipment, space, skills, effect on production and quality …</source>
        <translation>Thiết bị, mặt bằng, kỹ năng, ảnh hưởng đến sản xuất và chất lượng …</translation>
    </message>
    <message>
        <source>Less waste, emissions, water; any new impact …</source>
        <translation>Giảm chất thải, khí thải, nước; tác động mới nếu có …</translation>
    </message>
    <message>
        <source>Lifetime in years</source>
        <translation>Tuổi thọ tính theo năm</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Tuổi thọ (năm)</translation>
    </message>
    <message>
        <source>Net annual benefit</source>
        <translation>Lợi ích ròng hằng năm</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Hoàn vốn</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Thêm mức tiết kiệm</translation>
    </message>
    <message>
        <source>Delete saving</source>
        <translation>Xóa mức tiết kiệm</translation>
    </message>
    <message>
        <source>Add resource saving</source>
        <translation>Thêm tài nguyên tiết kiệm</translation>
    </message>
    <message>
        <source>Delete selected resource saving</source>
        <translation>Xóa tài nguyên tiết kiệm đang chọn</translation>
    </message>
    <message>
        <source>No option yet: add one.</source>
        <translation>Chưa có cơ hội nào: hãy thêm một cơ hội.</translation>
    </message>
    <message>
        <source>{v} VND/year</source>
        <translation>{v} đồng/năm</translation>
    </message>
    <message>
        <source>{v} years</source>
        <translation>{v} năm</translation>
    </message>
    <message>
        <source>{v} VND at {r}</source>
        <translation>{v} đồng với lãi suất {r}</translation>
    </message>
    <message>
        <source>{v} TOE</source>
        <translation>{v} TOE</translation>
    </message>
    <message>
        <source>{v} GJ</source>
        <translation>{v} GJ</translation>
    </message>
    <message>
        <source>{v} t CO₂</source>
        <translation>{v} t CO₂</translation>
    </message>
    <message>
        <source>These savings come to: %1 (the factors and prices of the savings summary)</source>
        <translation>Quy đổi các khoản tiết kiệm này: %1 (theo hệ số và đơn giá của bảng tổng hợp tiết kiệm)</translation>
    </message>
</context>
<context>
    <name>PackageNotice</name>
    <message>
        <source>Sync package</source>
        <translation>Gói đồng bộ</translation>
    </message>
    <message>
        <source>Sync packages are opened in the review workspace.</source>
        <translation>Gói đồng bộ được mở trong khu vực thẩm định.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import it for review now? Packages from signers who are not trusted are refused; nothing is changed for a package that was already imported.</source>
        <translation>Nhập gói này để thẩm định ngay? Gói của người ký chưa được tin cậy sẽ bị từ chối; gói đã nhập trước đó thì không có gì thay đổi.</translation>
    </message>
    <message>
        <source>This package cannot be imported.</source>
        <translation>Không nhập được gói này.</translation>
    </message>
    <message>
        <source>&amp;Import for review</source>
        <translation>&amp;Nhập để thẩm định</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Notes of task %1</source>
        <translation>Ghi chú nhiệm vụ %1</translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Chứng thư ký số</translation>
    </message>
</context>
<context>
    <name>ProcessStepsPage</name>
    <message>
        <source>Process steps, in the order of production</source>
        <translation>Các công đoạn sản xuất, theo thứ tự</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Các công đoạn</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Thêm công đoạn</translation>
    </message>
    <message>
        <source>&amp;Delete step</source>
        <translation>&amp;Xóa công đoạn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Norms and notes</source>
        <translation>Định mức và ghi chú</translation>
    </message>
    <message>
        <source>Norms (định mức) of consumption per unit product, their source …</source>
        <translation>Định mức tiêu hao trên đơn vị sản phẩm, nguồn của định mức …</translation>
    </message>
    <message>
        <source>Selecting the audit focus</source>
        <translation>Xác định trọng tâm đánh giá</translation>
    </message>
    <message>
        <source>Focus criteria and weights</source>
        <translation>Tiêu chí chọn trọng tâm và trọng số</translation>
    </message>
    <message>
        <source>Scores of the process steps</source>
        <translation>Điểm của các công đoạn</translation>
    </message>
    <message>
        <source>Make it the &amp;focus</source>
        <translation>Chọn làm &amp;trọng tâm</translation>
    </message>
    <message>
        <source>Why this focus</source>
        <translation>Lý do chọn trọng tâm</translation>
    </message>
    <message>
        <source>Why this focus: waste, cost, potential, what the team agreed …</source>
        <translation>Lý do chọn trọng tâm: lãng phí, chi phí, tiềm năng, điều nhóm đã thống nhất …</translation>
    </message>
    <message>
        <source>Process steps and the audit focus</source>
        <translation>Các công đoạn và trọng tâm đánh giá</translation>
    </message>
    <message>
        <source>Tasks 2–3. List the steps of production in order, each with the amount of product its inputs and outputs will be recorded for. Note the norms of consumption. Then score each step against the criteria (0–5; the weights say what counts most): the step with the highest total is the suggested audit focus. Tick Focus for the step(s) you audit.</source>
        <translation>Nhiệm vụ 2–3. Liệt kê các công đoạn sản xuất theo thứ tự, mỗi công đoạn kèm lượng sản phẩm mà đầu vào, đầu ra của nó sẽ được tính cho. Ghi các định mức tiêu hao. Sau đó chấm điểm từng công đoạn theo các tiêu chí (0–5; trọng số cho biết tiêu chí nào quan trọng hơn): công đoạn có tổng điểm cao nhất là trọng tâm được gợi ý. Đánh dấu cột Trọng tâm cho (các) công đoạn được đánh giá.</translation>
    </message>
    <message>
        <source>Cost of waste</source>
        <translation>Chi phí dòng thải</translation>
    </message>
    <message>
        <source>Use of materials and energy</source>
        <translation>Mức tiêu thụ nguyên liệu, năng lượng</translation>
    </message>
    <message>
        <source>Potential to improve</source>
        <translation>Tiềm năng cải thiện</translation>
    </message>
    <message>
        <source>Environmental impact</source>
        <translation>Tác động môi trường</translation>
    </message>
    <message>
        <source>Interest of management and staff</source>
        <translation>Sự quan tâm của lãnh đạo và công nhân</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Công đoạn mới</translation>
    </message>
    <message>
        <source>Add process step</source>
        <translation>Thêm công đoạn</translation>
    </message>
    <message>
        <source>Delete process step</source>
        <translation>Xóa công đoạn</translation>
    </message>
    <message>
        <source>Move process step</source>
        <translation>Chuyển vị trí công đoạn</translation>
    </message>
    <message>
        <source>Make the suggested step the focus</source>
        <translation>Chọn công đoạn được gợi ý làm trọng tâm</translation>
    </message>
    <message>
        <source>Score the steps to see which one to audit first.</source>
        <translation>Chấm điểm các công đoạn để biết nên đánh giá công đoạn nào trước.</translation>
    </message>
    <message>
        <source>Suggested audit focus: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Trọng tâm đánh giá được gợi ý: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (already a focus)</source>
        <translation> (đã là trọng tâm)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Reviewer profile</source>
        <translation>Hồ sơ cán bộ thẩm định</translation>
    </message>
    <message>
        <source>Your name and organisation are kept as the reviewer of each review step you take. You can change the name at each step.</source>
        <translation>Tên và cơ quan của bạn được ghi là người thẩm định ở mỗi bước thẩm định bạn thực hiện. Bạn có thể sửa tên ở từng bước.</translation>
    </message>
    <message>
        <source>Reviewer's name</source>
        <translation>Tên cán bộ thẩm định</translation>
    </message>
    <message>
        <source>Consultant profile</source>
        <translation>Hồ sơ chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Your name and organisation are filled in as the consultant of each new assessment. You can change them in every assessment.</source>
        <translation>Tên và tổ chức của bạn được điền sẵn làm chuyên gia tư vấn cho mỗi đánh giá mới. Bạn có thể sửa lại trong từng đánh giá.</translation>
    </message>
    <message>
        <source>Consultant's name</source>
        <translation>Tên chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tổ &amp;chức:</translation>
    </message>
</context>
<context>
    <name>ProvinceField</name>
    <message>
        <source>Not one of the 34 provincial units since 1/7/2025; kept as typed.</source>
        <translation>Không thuộc 34 đơn vị hành chính cấp tỉnh từ 1/7/2025; giữ nguyên như đã nhập.</translation>
    </message>
    <message>
        <source>%1 → %2 since 1/7/2025</source>
        <translation>%1 → %2 từ 1/7/2025</translation>
    </message>
</context>
<context>
    <name>ReadingsKeys</name>
    <message>
        <source>Paste readings</source>
        <translation>Dán số đọc</translation>
    </message>
    <message>
        <source>There is no such period yet: enter its dates first.</source>
        <translation>Chưa có kỳ này: hãy nhập ngày của kỳ trước.</translation>
    </message>
    <message>
        <source>The pasted block is {n} columns wide; from this cell the table has {m}.</source>
        <translation>Khối dán rộng {n} cột; từ ô này bảng chỉ còn {m} cột.</translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>Period of the readings</source>
        <translation>Kỳ của các số đọc</translation>
    </message>
    <message>
        <source>One row a month (or any span: 01/01/2024 – 15/02/2024). Paste a block from Excel or LibreOffice with Ctrl+V from the chosen cell; Ctrl+C copies the selected cells. A period with readings takes its production and consumption from their sums.</source>
        <translation>Mỗi tháng một dòng (hoặc một khoảng bất kỳ: 01/01/2024 – 15/02/2024). Dán một khối ô từ Excel hoặc LibreOffice bằng Ctrl+V từ ô đang chọn; Ctrl+C sao chép các ô đã chọn. Kỳ có số đọc lấy sản lượng và mức tiêu thụ bằng tổng các số đọc.</translation>
    </message>
    <message>
        <source>Add month</source>
        <translation>Thêm tháng</translation>
    </message>
    <message>
        <source>Fill the period's months</source>
        <translation>Điền đủ các tháng của kỳ</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Add a month after the last reading</source>
        <translation>Thêm một tháng sau số đọc cuối</translation>
    </message>
    <message>
        <source>Add a row for every month of the period</source>
        <translation>Thêm một dòng cho mỗi tháng của kỳ</translation>
    </message>
    <message>
        <source>Delete the selected readings</source>
        <translation>Xóa các số đọc đã chọn</translation>
    </message>
    <message>
        <source>Monthly readings</source>
        <translation>Số đọc hằng tháng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Production ({unit})</source>
        <translation>Sản lượng ({unit})</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Cooling degree days</source>
        <translation>Độ-ngày làm mát (CDD)</translation>
    </message>
    <message>
        <source>Driver suggested by the sector template: {driver}</source>
        <translation>Yếu tố tác động do mẫu ngành gợi ý: {driver}</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>dòng {row}, {column}</translation>
    </message>
    <message>
        <source>Edit a reading</source>
        <translation>Sửa số đọc</translation>
    </message>
    <message>
        <source>Add a month</source>
        <translation>Thêm tháng</translation>
    </message>
</context>
<context>
    <name>ReceivedModel</name>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Dấu vân tay SHA-256 của chứng thư: %1</translation>
    </message>
</context>
<context>
    <name>ReportTextsBox</name>
    <message>
        <source>The consultant's texts</source>
        <translation>Nội dung do chuyên gia tư vấn viết</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Kết luận và kiến nghị</translation>
    </message>
    <message>
        <source>Empty: the report writes the summary from the figures.</source>
        <translation>Để trống: báo cáo tự viết phần tóm tắt từ các số liệu.</translation>
    </message>
    <message>
        <source>Empty: the report writes the conclusions and recommendations from the figures.</source>
        <translation>Để trống: báo cáo tự viết phần kết luận và kiến nghị từ các số liệu.</translation>
    </message>
    <message>
        <source>What you write here is printed instead of the report's own text.</source>
        <translation>Nội dung viết ở đây được in thay cho phần báo cáo tự viết.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <source>C&amp;onclusions and
recommendations:</source>
        <translation>Kết &amp;luận và
kiến nghị:</translation>
    </message>
    <message>
        <source>Edit the report's summary</source>
        <translation>Sửa phần tóm tắt của báo cáo</translation>
    </message>
    <message>
        <source>Edit the report's conclusions</source>
        <translation>Sửa phần kết luận và kiến nghị của báo cáo</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <source>The database is damaged (%1). No backup was made, so your earlier backups are kept; but there is no good backup to restore. Export what you can and ask for help.</source>
        <translation>Cơ sở dữ liệu bị hỏng (%1). Không tạo bản sao lưu nào, nên các bản sao lưu trước vẫn được giữ; nhưng không có bản sao lưu tốt nào để khôi phục. Hãy xuất những gì còn đọc được và nhờ hỗ trợ.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The database is damaged (%1). No backup was made, so your earlier backups are kept.

Restore the newest good backup, made %2? The damaged file is kept beside the backups.</source>
        <translation>Cơ sở dữ liệu bị hỏng (%1). Không tạo bản sao lưu nào, nên các bản sao lưu trước vẫn được giữ.

Khôi phục bản sao lưu tốt mới nhất, tạo lúc %2? Tệp bị hỏng được giữ lại cạnh các bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Chưa khôi phục bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>SXSH backups (sxsh-*.db);;All files (*)</source>
        <translation>Bản sao lưu SXSH (sxsh-*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup made %1?

The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu tạo lúc %1?

Cơ sở dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác bằng cách khôi phục bản sao đó.</translation>
    </message>
    <message>
        <source>Backup restored; the database as it was is kept as %1</source>
        <translation>Đã khôi phục bản sao lưu; cơ sở dữ liệu trước đó được giữ tại %1</translation>
    </message>
</context>
<context>
    <name>ResultsStrip</name>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <source>The results cannot be computed: %1</source>
        <translation>Chưa tính được kết quả: %1</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>No consumption entered for both periods yet</source>
        <translation>Chưa nhập mức tiêu thụ cho cả hai kỳ</translation>
    </message>
    <message>
        <source>Specific consumption (per unit product): baseline → reporting</source>
        <translation>Suất tiêu hao (trên đơn vị sản phẩm): kỳ cơ sở → kỳ báo cáo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy&lt;/b&gt; %1 → %2 TOE/%3 %4</source>
        <translation>&lt;b&gt;Năng lượng&lt;/b&gt; %1 → %2 TOE/%3 %4</translation>
    </message>
    <message>
        <source>Energy saving: %1 TOE (%2 GJ) normalised to reporting output</source>
        <translation>Tiết kiệm năng lượng: %1 TOE (%2 GJ), quy theo sản lượng kỳ báo cáo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy&lt;/b&gt; –</source>
        <translation>&lt;b&gt;Năng lượng&lt;/b&gt; –</translation>
    </message>
    <message>
        <source>Target %1: none in force (%2 for reference)</source>
        <translation>Mục tiêu %1: chưa có (tham khảo %2)</translation>
    </message>
    <message>
        <source>Target %1: no data</source>
        <translation>Mục tiêu %1: chưa có số liệu</translation>
    </message>
    <message>
        <source>Target %1: met</source>
        <translation>Mục tiêu %1: đạt</translation>
    </message>
    <message>
        <source>Target %1: not met</source>
        <translation>Mục tiêu %1: chưa đạt</translation>
    </message>
    <message>
        <source>Norm %1: no verdict</source>
        <translation>Định mức %1: không kết luận</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n cảnh báo</numerusform></translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Không có cảnh báo</translation>
    </message>
    <message>
        <source>Target: no reporting period</source>
        <translation>Mục tiêu: chưa có kỳ báo cáo</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>chỉ để tham khảo</translation>
    </message>
    <message>
        <source>Norm: choose the sub-process</source>
        <translation>Định mức: hãy chọn công đoạn</translation>
    </message>
    <message>
        <source>Norm: %1 — within</source>
        <translation>Định mức: %1 — đạt</translation>
    </message>
    <message>
        <source>Norm: %1 — exceeded by %2 %</source>
        <translation>Định mức: %1 — vượt %2 %</translation>
    </message>
    <message>
        <source>Norm: %1 — no data yet</source>
        <translation>Định mức: %1 — chưa đủ số liệu</translation>
    </message>
    <message>
        <source>Norm: no data yet</source>
        <translation>Định mức: chưa đủ số liệu</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>kỳ báo cáo</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>kỳ cơ sở</translation>
    </message>
    <message>
        <source>Facility: %1 %2 (%3, %4)</source>
        <translation>Cơ sở: %1 %2 (%3, năm %4)</translation>
    </message>
    <message>
        <source>Norm: %1 for the capacity class “%2”, period %3</source>
        <translation>Định mức: %1 cho nhóm quy mô “%2”, giai đoạn %3</translation>
    </message>
    <message>
        <source>official</source>
        <translation>văn bản chính thức</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>nguồn thứ cấp</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Nguồn: %1 (%2)</translation>
    </message>
    <message>
        <source>Details on the monitoring page (task 16).</source>
        <translation>Chi tiết ở trang quan trắc (nhiệm vụ 16).</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export the figures</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>Đã ghi %1 dòng vào %2</translation>
    </message>
    <message>
        <source>Export the approved packages</source>
        <translation>Xuất các gói đã phê duyệt</translation>
    </message>
    <message>
        <source>No assessment is approved yet: there is nothing to send to the ministry.</source>
        <translation>Chưa có báo cáo đánh giá nào được phê duyệt: chưa có gì để gửi Bộ.</translation>
    </message>
    <message>
        <source>%1 approved package(s) and approved.csv written to %2</source>
        <translation>Đã ghi %1 gói đã phê duyệt và approved.csv vào %2</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Cần bổ sung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Đã có phiên bản mới</translation>
    </message>
    <message>
        <source>Back to received</source>
        <translation>Trở lại “Đã nhận”</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Không chấp nhận</translation>
    </message>
    <message>
        <source>Trusted signer</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <translation>Chưa tin cậy</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Bị sửa đổi</translation>
    </message>
    <message>
        <source>Not a valid package</source>
        <translation>Không phải gói hợp lệ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Đã nhập từ trước</translation>
    </message>
    <message>
        <source>Older revision, not applied</source>
        <translation>Phiên bản cũ hơn, không áp dụng</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <source>Review step</source>
        <translation>Bước thẩm định</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Trusted a signer</source>
        <translation>Tin cậy người ký</translation>
    </message>
    <message>
        <source>Stopped trusting a signer</source>
        <translation>Thôi tin cậy người ký</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Imported; replaces revision %1, which stays in the history</source>
        <translation>Đã nhập; thay cho phiên bản %1 (vẫn giữ trong lịch sử)</translation>
    </message>
    <message>
        <source>signed by someone this office does not trust yet (marked)</source>
        <translation>do người mà cơ quan chưa tin cậy ký (đã đánh dấu)</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>Đã nhập từ trước; không có gì thay đổi</translation>
    </message>
    <message>
        <source>Revision %1 is older than revision %2, which is already here; nothing changed</source>
        <translation>Phiên bản %1 cũ hơn phiên bản %2 đã có; không có gì thay đổi</translation>
    </message>
    <message>
        <source>Signed by %1, who is not a trusted signer; trust the signer to import it</source>
        <translation>Do %1 ký, người này chưa được tin cậy; hãy tin cậy người ký để nhập gói</translation>
    </message>
    <message>
        <source>The package is encrypted: choose the office's key file to open it</source>
        <translation>Gói được mã hoá: hãy chọn tệp khoá của cơ quan để mở</translation>
    </message>
    <message>
        <source>The package is encrypted for another recipient; this key cannot open it</source>
        <translation>Gói được mã hoá cho nơi nhận khác; khoá này không mở được</translation>
    </message>
    <message>
        <source>Changed after it was signed: %1</source>
        <translation>Bị sửa đổi sau khi ký: %1</translation>
    </message>
    <message>
        <source>Not a package that can be taken: %1</source>
        <translation>Không nhận được gói này: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>Trạng thái thẩm định</translation>
    </message>
    <message>
        <source>A comment for the consultant (sent with a step, or added on its own)</source>
        <translation>Ý kiến gửi chuyên gia tư vấn (kèm một bước thẩm định, hoặc thêm riêng)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Thêm ý &amp;kiến</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Your name, for the audit log</source>
        <translation>Tên của bạn, để ghi vào nhật ký</translation>
    </message>
    <message>
        <source>Review state:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Người thẩm định:</translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation> — %1, %2</translation>
    </message>
    <message>
        <source>The package was signed by someone this office does not trust: trust the signer first (“Trust this signer…”), then approve.</source>
        <translation>Gói do người mà cơ quan chưa tin cậy ký: hãy tin cậy người ký trước (“Tin cậy người ký này…”), rồi phê duyệt.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Hãy viết ý kiến trước.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace — received assessments</source>
        <translation>Thẩm định — các báo cáo đánh giá đã nhận</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Người ký được tin cậy…</translation>
    </message>
    <message>
        <source>The certificates whose packages this office imports</source>
        <translation>Các chứng thư số mà gói do chúng ký được cơ quan này nhập</translation>
    </message>
    <message>
        <source>Export figures (&amp;CSV)…</source>
        <translation>Xuất số liệu (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;approved packages…</source>
        <translation>Xuất các gói đã &amp;phê duyệt…</translation>
    </message>
    <message>
        <source>Facility, tax code, consultant or signer</source>
        <translation>Cơ sở, mã số thuế, chuyên gia tư vấn hoặc người ký</translation>
    </message>
    <message>
        <source>Search received assessments</source>
        <translation>Tìm báo cáo đánh giá đã nhận</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Trạng thái thẩm định</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Received assessments</source>
        <translation>Báo cáo đánh giá đã nhận</translation>
    </message>
    <message>
        <source>No packages received yet. Import packages (.sxsh) with “Import packages…”, or drop package files or a folder of them here.</source>
        <translation>Chưa nhận gói nào. Hãy nhập gói (.sxsh) bằng “Nhập gói dữ liệu…”, hoặc kéo thả tệp gói hay thư mục chứa gói vào đây.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng tổng hợp</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả tỉnh/thành phố</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation><numerusform>%n báo cáo đánh giá</numerusform></translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Tin cậy người ký này</translation>
    </message>
    <message>
        <source>The signer's certificate cannot be read.</source>
        <translation>Không đọc được chứng thư của người ký.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Your work</source>
        <translation>Công việc của bạn</translation>
    </message>
    <message>
        <source>What do you use SXSH Desktop for? Only what your work needs is shown; both stay in the View menu.</source>
        <translation>Bạn dùng SXSH Desktop cho việc gì? Chỉ những gì công việc của bạn cần mới được hiện ra; cả hai vẫn có trong trình đơn Không gian làm việc.</translation>
    </message>
    <message>
        <source>&amp;Consultant: I carry out cleaner-production assessments</source>
        <translation>&amp;Tư vấn: tôi thực hiện đánh giá sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>&amp;Reviewer at a Department of Industry and Trade (Sở Công Thương): I receive and review them</source>
        <translation>Cán bộ thẩm định ở &amp;Sở Công Thương: tôi tiếp nhận và thẩm định các báo cáo</translation>
    </message>
</context>
<context>
    <name>SamplePage</name>
    <message>
        <source>Sample assessment</source>
        <translation>Đánh giá mẫu</translation>
    </message>
    <message>
        <source>A complete (fictional) brewery assessment shows every step of the method with its figures. It can be deleted like any assessment.</source>
        <translation>Một đánh giá đầy đủ (giả định) của nhà máy bia cho thấy mọi bước của phương pháp cùng số liệu. Có thể xóa nó như mọi đánh giá khác.</translation>
    </message>
    <message>
        <source>Open the &amp;sample assessment (a brewery) to look around</source>
        <translation>Mở đánh giá &amp;mẫu (một nhà máy bia) để làm quen</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Tổng điểm có trọng số</translation>
    </message>
    <message>
        <source>Score from 0 (not at all) to 5 (very much)</source>
        <translation>Điểm từ 0 (không đáng kể) đến 5 (rất lớn)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>a whole number from 0 to 5</source>
        <translation>một số nguyên từ 0 đến 5</translation>
    </message>
    <message>
        <source>Score a process step</source>
        <translation>Chấm điểm công đoạn</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Cleaner production assessments</source>
        <translation>Các đánh giá sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Search by facility, province or date (e.g. 2024-03)</source>
        <translation>Tìm theo cơ sở, tỉnh hoặc ngày (ví dụ 2024-03)</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>Tìm đánh giá</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Các đánh giá</translation>
    </message>
    <message>
        <source>No assessments yet. Make a new one or import an assessment document.</source>
        <translation>Chưa có đánh giá nào. Hãy tạo đánh giá mới hoặc nhập một tệp đánh giá.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Đánh giá &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import document…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation>Đánh giá đang chọn</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại đánh giá</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Nhiệm vụ đã xong</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Các công đoạn</translation>
    </message>
    <message>
        <source>Options (implemented)</source>
        <translation>Cơ hội SXSH (đã thực hiện)</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Xóa đánh giá</translation>
    </message>
    <message>
        <source>Delete the assessment of “%1”? This cannot be undone; export it first if you may need it again.</source>
        <translation>Xóa đánh giá của “%1”? Không thể hoàn tác thao tác này; hãy xuất tệp trước nếu có thể cần dùng lại.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Flows recorded per</source>
        <translation>Các dòng tính cho</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Trọng tâm</translation>
    </message>
    <message>
        <source>Inputs / outputs</source>
        <translation>Đầu vào / đầu ra</translation>
    </message>
    <message>
        <source>The amount of product the step's flows are recorded for, e.g. '100 hL' or '1 t'</source>
        <translation>Lượng sản phẩm mà các dòng của công đoạn được tính cho, ví dụ '100 hL' hoặc '1 t'</translation>
    </message>
    <message>
        <source>a code is required (letters, digits, '-')</source>
        <translation>cần có mã (chữ, số, '-')</translation>
    </message>
    <message>
        <source>Change step code</source>
        <translation>Đổi mã công đoạn</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>cơ sở tính</translation>
    </message>
    <message>
        <source>Edit process step</source>
        <translation>Sửa công đoạn</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role in the CP team</source>
        <translation>Vai trò trong nhóm SXSH</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Sửa thành viên nhóm</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Blank assessment</source>
        <translation>Đánh giá trống</translation>
    </message>
    <message>
        <source>No template: enter the steps yourself</source>
        <translation>Không dùng mẫu: tự nhập các công đoạn</translation>
    </message>
    <message>
        <source>your template</source>
        <translation>mẫu của bạn</translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — không dùng được</translation>
    </message>
    <message>
        <source>This template file cannot be used: %1</source>
        <translation>Không dùng được tệp mẫu này: %1</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <source>Trusted signers</source>
        <translation>Người ký được tin cậy</translation>
    </message>
    <message>
        <source>Packages are imported only when they are signed with one of these certificates. Before adding a certificate, compare its SHA-256 fingerprint with the one the consultant reads out to you (by telephone or in person).</source>
        <translation>Chỉ những gói được ký bằng một trong các chứng thư số này mới được nhập. Trước khi thêm một chứng thư số, hãy so dấu vân tay SHA-256 của nó với dấu vân tay chuyên gia tư vấn đọc cho bạn (qua điện thoại hoặc gặp trực tiếp).</translation>
    </message>
    <message>
        <source>No signer is trusted yet: every package is refused until its signer is trusted. Add the consultant's certificate (.pem, .cer, .crt or .der).</source>
        <translation>Chưa có người ký nào được tin cậy: mọi gói đều bị từ chối cho đến khi người ký được tin cậy. Hãy thêm chứng thư số của chuyên gia tư vấn (.pem, .cer, .crt hoặc .der).</translation>
    </message>
    <message>
        <source>Removing a signer only affects packages imported from now on: packages already imported keep the verdict they were given at import. Every change is written to the audit log.</source>
        <translation>Gỡ một người ký chỉ ảnh hưởng đến các gói được nhập từ nay trở đi: các gói đã nhập giữ nguyên kết quả kiểm tra chữ ký lúc nhập. Mọi thay đổi đều được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>&amp;Thêm chứng thư số…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (đã hết hạn)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>Tin cậy từ</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Serial number: %1
SHA-256: %2</source>
        <translation>Số sê-ri: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>The consultant's certificate</source>
        <translation>Chứng thư số của chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt *.der);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.cer *.crt *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>Thêm chứng thư số</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate (%2).</source>
        <translation>%1 không chứa chứng thư số đọc được (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) is trusted already.</source>
        <translation>%1 (%2) đã được tin cậy từ trước.</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Tin cậy người ký này</translation>
    </message>
    <message>
        <source>Trust every package signed with this certificate?

It names: %1
Organisation: %2
Serial number: %3
Valid until: %4

SHA-256 fingerprint:
%5

Compare this fingerprint with the one the consultant gives you (by telephone or in person) before you trust it.</source>
        <translation>Tin cậy mọi gói được ký bằng chứng thư số này?

Mang tên: %1
Tổ chức: %2
Số sê-ri: %3
Hiệu lực đến: %4

Dấu vân tay SHA-256:
%5

Hãy so dấu vân tay này với dấu vân tay chuyên gia tư vấn cung cấp (qua điện thoại hoặc gặp trực tiếp) trước khi tin cậy.</translation>
    </message>
    <message>
        <source>This certificate has expired: packages it signed can no longer be verified as valid.</source>
        <translation>Chứng thư số này đã hết hạn: các gói do nó ký không còn được xác nhận là hợp lệ.</translation>
    </message>
    <message>
        <source>Stop trusting %1 (%2)?

SHA-256 fingerprint:
%3

Packages signed with this certificate are refused from now on (or, if you allow it when importing, marked “unknown signer”). Packages already imported keep the verdict they were given at import: those imported as “trusted signer” stay so, keep their review state and can still be approved.</source>
        <translation>Thôi tin cậy %1 (%2)?

Dấu vân tay SHA-256:
%3

Từ nay các gói được ký bằng chứng thư số này sẽ bị từ chối (hoặc, nếu bạn cho phép khi nhập, được đánh dấu “người ký chưa được tin cậy”). Các gói đã nhập giữ nguyên kết quả kiểm tra lúc nhập: gói đã nhập với “người ký được tin cậy” vẫn giữ như vậy, giữ trạng thái xem xét và vẫn có thể được phê duyệt.</translation>
    </message>
    <message>
        <source>Remove a trusted signer</source>
        <translation>Gỡ một người ký được tin cậy</translation>
    </message>
    <message>
        <source>This signer was no longer trusted (removed meanwhile).</source>
        <translation>Người ký này đã không còn được tin cậy (đã được gỡ trong lúc đó).</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>SXSH Desktop user guide</source>
        <translation>Hướng dẫn sử dụng SXSH Desktop</translation>
    </message>
    <message>
        <source>On any page, F1 shows the part of this guide about it.</source>
        <translation>Ở mỗi trang, phím F1 mở phần của hướng dẫn này nói về trang đó.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <source>Waste streams</source>
        <translation>Các dòng thải</translation>
    </message>
    <message>
        <source>Value of the lost material</source>
        <translation>Giá trị vật liệu bị mất</translation>
    </message>
    <message>
        <source>Treatment cost</source>
        <translation>Chi phí xử lý</translation>
    </message>
    <message>
        <source>Pareto chart of waste costs</source>
        <translation>Biểu đồ Pareto chi phí dòng thải</translation>
    </message>
    <message>
        <source>Waste costs and causes</source>
        <translation>Chi phí dòng thải và nguyên nhân</translation>
    </message>
    <message>
        <source>Each waste stream costs the value of the material it carries away plus its treatment or disposal. Enter both as prices per unit of the stream. The largest streams per unit product come first; list the causes of each, starting from the top of the Pareto chart.</source>
        <translation>Chi phí của mỗi dòng thải gồm giá trị vật liệu bị thải đi cộng chi phí xử lý hoặc thải bỏ. Nhập cả hai theo giá trên một đơn vị của dòng thải. Dòng thải lớn nhất trên đơn vị sản phẩm được xếp trước; liệt kê nguyên nhân của từng dòng, bắt đầu từ đầu biểu đồ Pareto.</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Causes of the selected waste stream</source>
        <translation>Nguyên nhân của dòng thải đang chọn</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Thêm nguyên nhân</translation>
    </message>
    <message>
        <source>Delete cause</source>
        <translation>Xóa nguyên nhân</translation>
    </message>
    <message>
        <source>Delete selected cause</source>
        <translation>Xóa nguyên nhân đang chọn</translation>
    </message>
    <message>
        <source>The chart appears when a waste stream has a cost.</source>
        <translation>Biểu đồ hiện ra khi có dòng thải có chi phí.</translation>
    </message>
    <message>
        <source>{n} waste streams · total {total} VND per {unit} of product</source>
        <translation>{n} dòng thải · tổng {total} đồng trên {unit} sản phẩm</translation>
    </message>
    <message>
        <source>Choose a waste stream above.</source>
        <translation>Chọn một dòng thải ở trên.</translation>
    </message>
    <message>
        <source>Why does “{name}” ({step}) arise?</source>
        <translation>Vì sao phát sinh “{name}” ({step})?</translation>
    </message>
    <message>
        <source>{what} of “{name}”</source>
        <translation>{what} của “{name}”</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <source>Per {basis} (change it on the balance page)</source>
        <translation>Cho {basis} (đổi ở trang cân bằng)</translation>
    </message>
    <message>
        <source>Material value</source>
        <translation>Giá trị vật liệu</translation>
    </message>
    <message>
        <source>Value of the lost material per unit of the stream</source>
        <translation>Giá trị vật liệu bị mất trên một đơn vị dòng thải</translation>
    </message>
    <message>
        <source>Treatment or disposal cost per unit of the stream</source>
        <translation>Chi phí xử lý hoặc thải bỏ trên một đơn vị dòng thải</translation>
    </message>
    <message>
        <source>Lost value, VND</source>
        <translation>Giá trị mất, đồng</translation>
    </message>
    <message>
        <source>Treatment, VND</source>
        <translation>Xử lý, đồng</translation>
    </message>
    <message>
        <source>Cost per basis</source>
        <translation>Chi phí theo cơ sở tính</translation>
    </message>
    <message>
        <source>VND per {basis}</source>
        <translation>đồng cho {basis}</translation>
    </message>
    <message>
        <source>Per unit product</source>
        <translation>Trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>VND per {unit} of product</source>
        <translation>đồng trên {unit} sản phẩm</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <source>Edit waste stream “{name}”</source>
        <translation>Sửa dòng thải “{name}”</translation>
    </message>
    <message>
        <source>A cause cannot be empty; delete it instead.</source>
        <translation>Nguyên nhân không được để trống; hãy xóa nếu không cần.</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>Sửa nguyên nhân</translation>
    </message>
    <message>
        <source>New cause</source>
        <translation>Nguyên nhân mới</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>Xóa %n dòng</numerusform></translation>
    </message>
    <message>
        <source>what it would change was changed in another place since (another window, the command line); it is left as it is</source>
        <translation>phần nó sẽ thay đổi đã được sửa ở nơi khác kể từ đó (một cửa sổ khác, dòng lệnh); dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>Không hoàn tác được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>Không làm lại được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>start</source>
        <translation>ngày bắt đầu</translation>
    </message>
    <message>
        <source>end</source>
        <translation>ngày kết thúc</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Sync package</source>
        <translation>Gói đồng bộ</translation>
    </message>
</context>
</TS>