"""What the store cannot do, and a database's failure in words: the English `sxsh` prints (the store's
own refusals as they always read; a database driver's error said plainly, never its SQL), in Vietnamese
for the desktop app. `detail` is a constraint's name or the driver's first line, as written."""

from __future__ import annotations


def _t(en: str, vi: str) -> dict[str, str]:
    return {"en": en, "vi": vi}


DATABASE = {
    "database.disk_full": _t(
        "the disk is full; free some space and try again", "ổ đĩa đã đầy; hãy giải phóng bớt dung lượng rồi thử lại"
    ),
    "database.damaged": _t(
        "the database file is damaged; restore a backup (sxsh restore BACKUP)",
        "tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu",
    ),
    "database.busy": _t(
        "the database is busy (another program is writing to it); try again",
        "cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại",
    ),
    "database.read_only": _t(
        "the database file is read-only; it cannot be changed", "tệp cơ sở dữ liệu chỉ đọc; không thể thay đổi"
    ),
    "database.cannot_open": _t(
        "the database file cannot be opened (missing folder or no permission)",
        "không mở được tệp cơ sở dữ liệu (thiếu thư mục hoặc không có quyền)",
    ),
    "database.disk_io": _t(
        "the disk could not be read or written (disk I/O error)", "không đọc hoặc ghi được ổ đĩa (lỗi vào/ra của đĩa)"
    ),
    "database.authentication": _t(
        "the database server refused the user name or password",
        "máy chủ cơ sở dữ liệu không chấp nhận tên người dùng hoặc mật khẩu",
    ),
    "database.not_allowed": _t(
        "the database server does not accept connections from this computer and user",
        "máy chủ cơ sở dữ liệu không nhận kết nối từ máy tính và người dùng này",
    ),
    "database.refused": _t(
        "the database server cannot be reached (connection refused); is it running?",
        "không kết nối được máy chủ cơ sở dữ liệu (bị từ chối kết nối); máy chủ có đang chạy không?",
    ),
    "database.unknown_host": _t(
        "the database server's host name is not known", "không tìm thấy tên máy chủ cơ sở dữ liệu"
    ),
    "database.timeout": _t(
        "the database server did not answer in time", "máy chủ cơ sở dữ liệu không trả lời kịp thời"
    ),
    "database.connection_lost": _t(
        "the connection to the database server was lost; try again",
        "mất kết nối với máy chủ cơ sở dữ liệu; hãy thử lại",
    ),
    "database.no_connections": _t(
        "the database server has no free connections; try again later",
        "máy chủ cơ sở dữ liệu hết kết nối trống; hãy thử lại sau",
    ),
    "database.conflict": _t(
        "another import changed the same records at the same moment; try again",
        "một lần nhập khác đã thay đổi cùng các bản ghi vào đúng lúc này; hãy thử lại",
    ),
    "database.schema": _t(
        "the database lacks part of its schema (made by another app, or damaged)",
        "cơ sở dữ liệu thiếu một phần cấu trúc (do ứng dụng khác tạo, hoặc bị hỏng)",
    ),
    "database.duplicate": _t("a record with the same key is already stored", "đã có một bản ghi cùng khoá được lưu"),
    "database.check": _t("a value is outside what the store accepts", "một giá trị nằm ngoài phạm vi được lưu"),
    "database.check_named": _t(
        "a value is outside what the store accepts ({detail})", "một giá trị nằm ngoài phạm vi được lưu ({detail})"
    ),
    "database.required": _t("a required value is missing", "thiếu một giá trị bắt buộc"),
    "database.dangling": _t("a record points at one that is not stored", "một bản ghi trỏ tới bản ghi không được lưu"),
    "database.too_large": _t("a number is too large for the store", "một số quá lớn để lưu"),
    "database.characters": _t("a text holds characters the store cannot keep", "một văn bản chứa ký tự không lưu được"),
    "database.too_long": _t("a text is longer than the store keeps", "một văn bản dài hơn mức được lưu"),
    "database.no_database": _t(
        "the database named in the URL does not exist on the server",
        "cơ sở dữ liệu ghi trong địa chỉ không có trên máy chủ",
    ),
    "database.no_role": _t(
        "the database server does not know this user", "máy chủ cơ sở dữ liệu không biết người dùng này"
    ),
    "database.other": _t("{detail}", "lỗi cơ sở dữ liệu: {detail}"),
}

STORE = {
    "store.newer_app": _t(
        "This database was made by a newer version of SXSH Desktop (revision {revision}); "
        "update the app to open it. The file was not changed.",
        "Cơ sở dữ liệu này do một phiên bản SXSH Desktop mới hơn tạo (bản sửa đổi {revision}); hãy cập nhật ứng "
        "dụng để mở. Tệp không bị thay đổi.",
    ),
    "store.cannot_open": _t("{path} cannot be opened ({error}).", "Không mở được {path} ({error})."),
    "store.not_ours": _t(
        "{path} is not an SXSH Desktop database; it was not changed.",
        "{path} không phải cơ sở dữ liệu của SXSH Desktop; tệp không bị thay đổi.",
    ),
    "store.not_sqlite": _t(
        "{path} is not a readable SQLite database ({error}); it was not changed.",
        "{path} không phải cơ sở dữ liệu SQLite đọc được ({error}); tệp không bị thay đổi.",
    ),
    "store.not_ours_server": _t(
        "This database is not an SXSH Desktop database; it was not changed.",
        "Cơ sở dữ liệu này không phải của SXSH Desktop; không có gì bị thay đổi.",
    ),
    "store.with_backup": _t(
        "{problem}; the newest good backup is {path} (made {made}): sxsh restore {path}",
        "{problem}; bản sao lưu tốt gần nhất là {path} (lập lúc {made}): hãy khôi phục từ bản này",
    ),
    "store.no_assessment": _t("There is no assessment with id {id}.", "Không có đánh giá nào mang mã {id}."),
    "store.assessment_exists": _t(
        "An assessment with id {id} is already in the store.", "Đã có một đánh giá mang mã {id} trong cơ sở dữ liệu."
    ),
    "store.no_step": _t(
        "There is no process step with id '{step}' in assessment {id}.",
        "Không có công đoạn mã '{step}' trong đánh giá {id}.",
    ),
    "store.no_flow": _t(
        "There is no flow with id '{flow}' in process step '{step}'.",
        "Không có dòng vật chất mã '{flow}' trong công đoạn '{step}'.",
    ),
    "store.no_option": _t(
        "There is no option with id '{option}' in assessment {id}.",
        "Không có giải pháp mã '{option}' trong đánh giá {id}.",
    ),
    "store.no_reading": _t(
        "There is no reading number {index} (there are {count}).",
        "Không có kỳ đọc số {index} (hiện có {count}).",
    ),
    "store.not_period": _t(
        "'{period}' is not a period (baseline or reporting).", "'{period}' không phải là một kỳ (cơ sở hoặc báo cáo)."
    ),
    # the row an undo (or a redo) goes back to, as ChangedElsewhere names it
    **{
        f"subject.{key}": _t(key.replace("_", " "), vi)
        for key, vi in (
            ("flow", "Dòng vật chất"),
            ("option", "Giải pháp"),
            ("readings_of_the_period", "Các kỳ đọc của kỳ"),
            ("focus_matrix", "Ma trận chọn trọng tâm"),
            ("maintenance", "Kế hoạch duy trì"),
            ("executive_summary", "Phần tóm tắt"),
            ("conclusions", "Phần kết luận"),
            ("benchmark_process", "Công đoạn áp dụng định mức"),
            ("consumption", "Dòng tiêu thụ"),
            ("team_member", "Thành viên nhóm"),
            ("reading", "Kỳ đọc"),
            ("process_step", "Công đoạn"),
            ("reference_product", "Sản phẩm tham chiếu"),
            ("task", "Nhiệm vụ"),
            ("period", "Kỳ"),
            ("value", "Giá trị"),
            ("facility", "Thông tin cơ sở"),
            ("consultant", "Thông tin tư vấn viên"),
            ("assessment", "Đánh giá"),
            ("setting", "Thiết lập"),
        )
    },
    # what a record of the assessment is called in a refusal of its fields or of one of its rows
    "store.the_assessment": _t("The assessment", "Đánh giá"),
    "store.the_facility": _t("The facility", "Thông tin cơ sở"),
    "store.the_consultant": _t("The consultant", "Thông tin tư vấn viên"),
    "store.the_settings": _t("The settings", "Phần thiết lập"),
    "store.a_step": _t("A process step", "Công đoạn"),
    "store.team_member": _t("team member", "thành viên nhóm"),
    "store.consumption_line": _t("consumption line", "dòng tiêu thụ"),
    "store.changed_elsewhere": _t(
        "The {what} {key} was changed elsewhere since; it is left as it is.",
        "{what} {key} đã bị thay đổi ở nơi khác trong lúc đó; giữ nguyên như hiện có, không hoàn tác.",
    ),
    "store.no_field": _t("{what} has no field {fields}.", "{what} không có trường {fields}."),
    "store.no_row": _t(
        "There is no {what} number {index} (there are {count}).", "Không có {what} số {index} (hiện có {count})."
    ),
    "store.value_not_kept": _t(
        "The value for '{key}' cannot be stored ({error}).", "Không lưu được giá trị của '{key}' ({error})."
    ),
    "store.not_in_batch": _t(
        "{operations} cannot be part of a batch.", "Không thể đưa {operations} vào một lô thao tác."
    ),
    "store.batch_in_batch": _t(
        "A batch cannot run inside another batch.", "Không thể chạy một lô thao tác bên trong một lô thao tác khác."
    ),
    "store.step_flows": _t(
        "Change a step's flows with the flow operations.",
        "Các dòng vật chất của công đoạn được sửa bằng các thao tác riêng dành cho dòng vật chất.",
    ),
    "store.readings_period": _t(
        "every reading given must be of the {period} period", "mọi kỳ đọc đưa vào đều phải thuộc {period}"
    ),
    "store.other_content": _t(
        "assessment {id} is already in the store with other content; use --replace to overwrite it with the file",
        "đánh giá {id} đã có trong cơ sở dữ liệu với nội dung khác; tệp chưa được nhập",
    ),
    "store.older_revision": _t(
        "the file is revision {revision} of assessment {id}, older than the stored revision {stored}; "
        "nothing was replaced (add --force to go back to it)",
        "tệp là lần sửa {revision} của đánh giá {id}, cũ hơn lần sửa {stored} đang lưu; không có gì bị thay thế",
    ),
    "store.sample_damaged": _t("the sample assessment is damaged: {problem}", "đánh giá mẫu bị hỏng: {problem}"),
    "store.newest_revision": _t("head", "mới nhất"),  # Alembic's name of the newest revision
    # what opening the store has to say (store.warnings): printed by the CLI, in the window's status bar
    "store.read_only_opened": _t(
        "the database can only be read (the disk is full or read-only); nothing can be changed and no backup was "
        "made until space is freed",
        "cơ sở dữ liệu chỉ đọc được (ổ đĩa đã đầy hoặc chỉ cho phép đọc); không thay đổi được gì và chưa tạo bản sao "
        "lưu nào cho đến khi giải phóng được dung lượng",
    ),
    "store.daily_backup_skipped": _t(
        "the daily backup was skipped: {problem}", "đã bỏ qua bản sao lưu hằng ngày: {problem}"
    ),
    "store.daily_backup_skipped_os": _t(
        "the daily backup was skipped ({error})", "đã bỏ qua bản sao lưu hằng ngày ({error})"
    ),
    "store.migration_broken": _t(
        "The migration to {target} left {count} broken references; nothing was changed.",
        "Việc nâng cấp cơ sở dữ liệu lên bản sửa đổi {target} để lại {count} tham chiếu hỏng; không có gì bị thay đổi.",
    ),
    "review.no_received": _t("id: no received assessment '{id}'", "không có đánh giá đã nhận nào mang mã '{id}'"),
    "review.no_received_see": _t(
        "id: no received assessment '{id}' (see 'sxsh summary' or the review list)",
        "không có đánh giá đã nhận nào mang mã '{id}' (xem danh sách hồ sơ đã nhận)",
    ),
    "review.no_received_at": _t(
        "id: no received assessment '{id}' at revision {revision}",
        "không có đánh giá đã nhận nào mang mã '{id}' ở lần sửa {revision}",
    ),
    "review.ambiguous_id": _t(
        "id: '{id}' matches several received assessments; give more of the id",
        "mã '{id}' khớp với nhiều đánh giá đã nhận; hãy nhập thêm ký tự của mã",
    ),
    "review.no_revision": _t(
        "revision: assessment {id} has no revision {revision} here (there are {revisions})",
        "đánh giá {id} không có lần sửa {revision} ở đây (hiện có: {revisions})",
    ),
    # `listed`: the words the command takes, as typed (English) or by their names (Vietnamese)
    "review.not_a_state": _t(
        "state: '{state}' is not one of {listed}", "'{state}' không phải là trạng thái hồ sơ (chỉ có: {listed})"
    ),
    "review.not_a_group": _t(
        "group: '{by}' is not one of {listed}", "'{by}' không phải là cách nhóm số liệu (chỉ có: {listed})"
    ),
    "review.not_a_group_option": _t(
        "--by: '{by}' is not one of {listed}", "'{by}' không phải là cách nhóm số liệu (chỉ có: {listed})"
    ),
    "review.not_a_method": _t("method: one of {listed}", "phương pháp tính tiết kiệm phải là một trong: {listed}"),
    "group.province": _t("province", "tỉnh/thành phố"),
    "group.vsic": _t("vsic", "mã ngành VSIC"),
    "group.sector": _t("sector", "ngành"),
    "group.year": _t("year", "năm"),
    "method.regression": _t("regression", "hồi quy"),
    "method.ratio": _t("ratio", "tỷ số"),
    "review.not_a_folder": _t("{path}: is not a folder", "{path} không phải là thư mục"),
    "review.other_content": _t(
        "{path}: exists with other content; choose an empty folder",
        "{path} đã có sẵn với nội dung khác; hãy chọn một thư mục trống",
    ),
    "review.cannot_write": _t("{path}: cannot be written ({error})", "Không ghi được {path} ({error})"),
    "review.already": _t("state: the assessment is already {state}", "đánh giá đã ở trạng thái {state}"),
    "review.transition": _t(
        "state: an assessment that is {before} can become {allowed}, not {after}",
        "đánh giá ở trạng thái {before} chỉ có thể chuyển sang {allowed}, không sang {after}",
    ),
    "review.untrusted": _t(
        "state: the package was signed by {name}, who is not a trusted signer; "
        "trust the signer's certificate first (sxsh trust add)",
        "gói do {name} ký, người này chưa được tin cậy; hãy tin cậy chứng thư của người ký trước rồi phê duyệt",
    ),
    "review.empty_comment": _t("comment: the text is empty", "nhận xét đang để trống"),
    "review.no_signer": _t(
        "trust: no trusted signer with fingerprint {fingerprint}",
        "không có người ký được tin cậy nào có dấu vân tay {fingerprint}",
    ),
    "review.expired_signer": _t(
        "the certificate of {name} expired on {date}; it was not trusted (packages it signs would be refused anyway)",
        "chứng thư của {name} đã hết hạn ngày {date}; chưa được tin cậy (các gói do chứng thư này ký cũng sẽ bị "
        "từ chối)",
    ),
}
