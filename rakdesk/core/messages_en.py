"""English for the core's messages (see rakdesk/core/i18n.py), keyed by the
Indonesian text written in the code. Keep the ``{named}`` fields as they are;
tests/test_core_i18n.py checks that every wrapped message is here."""

MESSAGES = {
    # demo.py
    "{name} sudah ada; pilih nama lain.": "{name} already exists; choose another name.",
    # editing.py, plans.py
    "Rencana dengan id {id} tidak ada di berkas ini.":
        "There is no plan with id {id} in this file.",
    "Kolom {field} tidak bisa diubah di sini.": "The {field} column cannot be changed here.",
    "Teks terlalu panjang ({length} karakter; paling banyak {limit}).":
        "Text too long ({length} characters; at most {limit}).",
    "Rencana ini sudah final dan tidak bisa diubah. Mulai revisi berikutnya (menu Rencana) untuk "
    "mengubahnya.":
        "This plan is final and cannot be changed. Start its next revision (Plan menu) to "
        "change it.",
    "Awalan jabatan harus kosong, Plt. atau Plh.": "The title prefix must be empty, Plt. or Plh.",
    "Jenis rencana harus RAK, IKU, PK atau SK.": "A plan must be a RAK, an IKU, a PK or an SK.",
    "Tahun {year} tidak masuk akal.": "The year {year} makes no sense.",
    "(tanpa teks)": "(no text)",
    "Periode {period} tidak ada pada rencana bulanan.":
        "Period {period} does not exist in a monthly plan.",
    "Periode {period} tidak ada pada rencana triwulan.":
        "Period {period} does not exist in a quarterly plan.",
    # nip.py
    "NIP kosong.": "The NIP is empty.",
    "NIP hanya boleh berisi angka.": "A NIP may contain digits only.",
    "NIP harus 18 angka, bukan {count}.": "A NIP has 18 digits, not {count}.",
    "Tanggal lahir pada NIP ({digits}) bukan tanggal yang ada.":
        "The birth date in the NIP ({digits}) is not a real date.",
    "Bulan pengangkatan pada NIP ({digits}) tidak ada.":
        "The appointment month in the NIP ({digits}) does not exist.",
    "Tahun pengangkatan pada NIP terlalu dekat dengan tahun lahir.":
        "The appointment year in the NIP is too close to the birth year.",
    "Angka jenis kelamin pada NIP harus 1 atau 2.": "The sex digit in the NIP must be 1 or 2.",
    "Nomor urut pada NIP tidak boleh 000.": "The serial number in the NIP cannot be 000.",
    # revisions.py
    "Rencana ini sudah final. Mulai revisi berikutnya untuk mengubahnya.":
        "This plan is already final. Start its next revision to change it.",
    "Rencana ini belum final.": "This plan is not final yet.",
    "Revisi ke-{number} (final)": "Revision {number} (final)",
    "Revisi ke-{number} (draf)": "Revision {number} (draft)",
    "ASLI: sama persis (byte demi byte) dengan {kind} {year} {satker}, Revisi ke-{number}, "
    "kode {code}, difinalkan {when}.":
        "GENUINE: identical (byte for byte) to {kind} {year} {satker}, revision {number}, "
        "code {code}, finalised {when}.",
    "TIDAK ASLI: dokumen ini mengaku kode {code} (Revisi ke-{number}), tetapi isinya berbeda "
    "dari yang disimpan. Cetak ulang revisi itu dari rakdesk.":
        "NOT GENUINE: this document claims code {code} (revision {number}), but its content "
        "differs from the stored one. Print that revision again from rakdesk.",
    "TIDAK DIKENAL: dokumen ini bukan revisi yang tersimpan di berkas ini.":
        "UNKNOWN: this document is not a revision stored in this file.",
    "TIDAK DIKENAL: dokumen ini bukan revisi yang tersimpan di berkas ini (kodenya {code}).":
        "UNKNOWN: this document is not a revision stored in this file (its code is {code}).",
    # schedule.py
    "T{quarter} dicentang dari {months}; rincian bulan/minggu hilang":
        "T{quarter} ticked from {months}; the month/week detail is lost",
    "T{quarter}: catatan dari {count} bulan digabung":
        "T{quarter}: notes of {count} months joined",
    # signing.py
    "Sertifikat tidak bisa dibuka: {error}": "The certificate cannot be opened: {error}",
    "Sertifikat .p12 tidak bisa dibuka: kata sandi salah atau berkas rusak.":
        "The .p12 certificate cannot be opened: wrong password or damaged file.",
    "Ditandatangani secara digital oleh {signer}; tanda tangan utuh.":
        "Digitally signed by {signer}; the signature is intact.",
    "Ditandatangani secara digital oleh {signer}; tanda tangan TIDAK utuh (diubah).":
        "Digitally signed by {signer}; the signature is NOT intact (changed).",
    # merge/
    "Pejabat": "Official",
    "Rencana": "Plan",
    "Jadwal": "Schedule",
    "Revisi": "Revision",
    "{count} sub-unit": "{count} sub-unit(s)",
    "{count} pejabat": "{count} official(s)",
    "{count} rencana": "{count} plan(s)",
    "{count} jadwal": "{count} schedule cell(s)",
    "{count} revisi": "{count} revision(s)",
    "teks": "text",
    "nama": "name",
    "nama lengkap": "full name",
    "alamat": "address",
    "telepon": "phone",
    "kota": "city",
    "jabatan": "position",
    "tahun": "year",
    "jadwal": "schedule",
    "kertas": "paper",
    "penanda tangan": "signatory",
    "tempat tanda tangan": "place of signing",
    "tanggal tanda tangan": "date of signing",
    "kantor induk": "parent office",
    "kop": "letterhead",
    "satuan target": "target unit",
    "sumber data": "data source",
    "pakai milik sini": "kept mine",
    "pakai milik berkas lain": "took theirs",
    "simpan keduanya": "kept both",
    "kosong": "empty",
    "dihapus": "deleted",
    "minggu ke {weeks}": "week {weeks}",
    "Jadwal {period} kegiatan «{text}»": "Schedule {period} of kegiatan «{text}»",
    "Pelaksana kegiatan «{text}»": "Pelaksana of kegiatan «{text}»",
    "kode {code}": "code {code}",
    ", difinalkan {when}": ", finalised {when}",
    ", ditandatangani {signer}": ", signed by {signer}",
    "{what}{where}: di sini {mine}; di berkas lain {theirs}":
        "{what}{where}: here {mine}; in the other file {theirs}",
    "tidak ada": "none",
    "Ditambahkan: {units}.": "Added: {units}.",
    "Diperbarui: {units}.": "Updated: {units}.",
    "Dihapus (dihapus di berkas lain): {units}.": "Deleted (deleted in the other file): {units}.",
    "Dilewati: {same} sama, {newer} lebih baru di sini, {kept} tetap terhapus di sini.":
        "Skipped: {same} the same, {newer} newer here, {kept} staying deleted here.",
    "Digabung berdasarkan teks: {what}.": "Combined by their text: {what}.",
    "Konflik diselesaikan: {how}.": "Conflicts resolved: {how}.",
    "Konflik belum diselesaikan (dibiarkan seperti di sini): {count}.":
        "Conflicts not resolved (left as they are here): {count}.",
    "Berkas tidak bisa digabungkan dengan dirinya sendiri.": "A file cannot be merged with itself.",
    "berkas ini": "this file",
    "Rencana {ids} tidak ada di {name}.": "Plan {ids} is not in {name}.",
    "{count} perubahan pada {plan} tidak diambil: rencana itu sudah final di berkas ini. Mulai "
    "revisi berikutnya, lalu gabungkan lagi.":
        "{count} change(s) to {plan} not taken: that plan is final in this file. Start its next "
        "revision, then merge again.",
    "{what} tidak diambil: jadwalnya bulanan di satu berkas dan triwulanan di berkas lain. "
    "Samakan dulu, lalu gabungkan lagi.":
        "{what} not taken: its schedule is monthly in one file and quarterly in the other. "
        "Make them the same first, then merge again.",
    "Revisi ke-{number}": "Revision {number}",
    "{what} dilewati: {error}": "{what} skipped: {error}",
    "{what} tidak ditambahkan: induknya tidak ada di berkas ini.":
        "{what} not added: the row it belongs under is not in this file.",
    "{plan} final di berkas lain, tetapi berkas ini punya perubahan setelahnya: dibiarkan draf. "
    "Periksa, lalu finalkan lagi.":
        "{plan} is final in the other file, but this file has changes made after it: left as a "
        "draft. Check it, then finalise it again.",
    "{name} harus dipulihkan atau diperbarui dulu, tetapi membawa objek asing ({objects}); "
    "gabungkan dari salinan yang bersih.":
        "{name} must be recovered or updated first, but it carries foreign objects ({objects}); "
        "merge from a clean copy.",
    "{name} tidak bisa digabungkan: {tables} bukan tabel.":
        "{name} cannot be merged: {tables} is not a table.",
    "{name} tidak terbaca: {detail}": "{name} cannot be read: {detail}",
    "{name} tidak bisa digabungkan: {problems}": "{name} cannot be merged: {problems}",
    # xlsx/
    "{sheet} baris {row}": "{sheet} row {row}",
    "{name} tidak bisa dibaca: {error}": "{name} cannot be read: {error}",
    "{name} berformat Excel lama (.xls). Buka di Excel atau LibreOffice lalu simpan sebagai "
    ".xlsx, kemudian impor lagi.":
        "{name} is in the old Excel format (.xls). Open it in Excel or LibreOffice, save it as "
        ".xlsx, then import again.",
    "{name} terlalu besar ({size} MB; paling besar {limit} MB).":
        "{name} is too big ({size} MB; at most {limit} MB).",
    "{name} mencurigakan: bagian {part} mengembang terlalu besar saat dibuka (zip bomb).":
        "{name} is suspicious: its part {part} grows far too big when unpacked (zip bomb).",
    "{name} terlalu besar setelah dibuka ({size} MB; paling besar {limit} MB).":
        "{name} is too big when unpacked ({size} MB; at most {limit} MB).",
    "{name} bukan berkas Excel (.xlsx).": "{name} is not an Excel file (.xlsx).",
    "{name} rusak atau bukan berkas Excel (.xlsx).":
        "{name} is damaged or not an Excel file (.xlsx).",
    "{name} memuat XML berbahaya (DTD atau entitas di {part}); berkas tidak dibuka.":
        "{name} holds dangerous XML (a DTD or entities in {part}); the file was not opened.",
    "{name} rusak: {part} bukan XML yang sah (baris {line}).":
        "{name} is damaged: {part} is not valid XML (line {line}).",
    "{name} rusak: {part} tidak bisa dibuka ({error}).":
        "{name} is damaged: {part} cannot be opened ({error}).",
    "{name} {what}; terlalu besar untuk sebuah RAK/IKU.": "{name} {what}; too big for a RAK/IKU.",
    "berisi lebih dari {limit} sel": "holds more than {limit} cells",
    "berisi lebih dari {limit} teks berbeda": "holds more than {limit} different texts",
    "berisi lebih dari {limit} karakter teks": "holds more than {limit} characters of text",
    "{name} rusak atau bukan berkas Excel (.xlsx): bagian buku kerja tidak ada.":
        "{name} is damaged or not an Excel file (.xlsx): the workbook part is missing.",
    "{name} berisi lebih dari {limit} lembar; pisahkan lembar RAK/IKU ke berkas sendiri.":
        "{name} holds more than {limit} sheets; move the RAK/IKU sheet into a file of its own.",
    "{name} tidak berisi lembar kerja.": "{name} holds no worksheet.",
    "Lembar {sheet} berisi lebih dari {limit} baris.": "Sheet {sheet} has more than {limit} rows.",
    "teks {length} karakter dipotong menjadi {limit}":
        "text of {length} characters cut to {limit}",
    "rujukan teks '{value}' bukan angka; sel dibiarkan kosong":
        "text reference '{value}' is not a number; the cell is left empty",
    "rujukan teks {index} tidak ada di berkas; sel dibiarkan kosong":
        "text reference {index} is not in the file; the cell is left empty",
    "nilai benar/salah '{value}' tidak terbaca; dibaca sebagai teks":
        "true/false value '{value}' cannot be read; read as text",
    "tanggal '{value}' tidak terbaca; dibaca sebagai teks":
        "date '{value}' cannot be read; read as text",
    "angka '{value}' tidak terbaca; dibaca sebagai teks":
        "number '{value}' cannot be read; read as text",
    "tanggal (angka {value}) tidak ada di kalender; sel dibiarkan kosong":
        "date (number {value}) is not in the calendar; the cell is left empty",
    "Lembar {sheet}: tabel ditemukan, tetapi tidak ada baris isinya.":
        "Sheet {sheet}: a table was found, but it has no rows.",
    "Lembar {sheet}: tabel RAK/IKU tidak ditemukan (tidak ada baris judul kolom dengan SASARAN "
    "dan INDIKATOR/KEGIATAN).":
        "Sheet {sheet}: no RAK/IKU table found (no column header row with SASARAN and "
        "INDIKATOR/KEGIATAN).",
    "baris tanpa sasaran di atasnya; dibuat sasaran kosong":
        "a row with no sasaran above it; an empty sasaran was made",
    "tanda '{mark}' dibaca sebagai centang dengan catatan":
        "mark '{mark}' read as a tick with a note",
    "kegiatan tanpa teks": "a kegiatan without text",
    "tanggal '{date}' tidak ada di kalender; tanggal tanda tangan dibiarkan kosong":
        "date '{date}' is not in the calendar; the date of signing is left empty",
    "Lembar {sheet} tidak ada; yang ada: {sheets}.":
        "There is no sheet {sheet}; there are: {sheets}.",
    "{name}: tidak ada lembar berisi tabel RAK, IKU atau PK.":
        "{name}: no sheet holds a RAK, IKU or PK table.",
    "Nama satker tidak ditemukan di lembar; sebutkan dengan --satker.":
        "The satker name was not found on the sheet; give it with --satker.",
    "Tahun tidak ditemukan di lembar; sebutkan dengan --year.":
        "The year was not found on the sheet; give it with --year.",
    # filecheck.py, storage.py, safefiles.py
    "{name} adalah tautan (symlink) yang berputar ke dirinya sendiri; bukan berkas rakdesk.":
        "{name} is a link (symlink) that loops back to itself; not a rakdesk file.",
    "Berkas tidak ditemukan: {path}": "File not found: {path}",
    "{name} adalah folder, bukan berkas rakdesk.": "{name} is a folder, not a rakdesk file.",
    "Berkas {name} tidak bisa dibaca: {error}": "The file {name} cannot be read: {error}",
    "{name} kosong (0 byte); bukan berkas rakdesk.":
        "{name} is empty (0 bytes); not a rakdesk file.",
    "{name} bukan berkas rakdesk (bukan basis data SQLite).":
        "{name} is not a rakdesk file (not an SQLite database).",
    "{name} terpotong ({size} byte): kemungkinan tersalin setengah. Salin ulang dari sumbernya "
    "atau pulihkan cadangan.":
        "{name} is cut short ({size} bytes): probably only half copied. Copy it again from its "
        "source or restore a backup.",
    "{name} rusak: kepala berkas tidak sah.": "{name} is damaged: its file header is not valid.",
    "{name} terpotong ({size} dari {expected} byte): kemungkinan tersalin setengah. Salin ulang "
    "dari sumbernya atau pulihkan cadangan.":
        "{name} is cut short ({size} of {expected} bytes): probably only half copied. Copy it "
        "again from its source or restore a backup.",
    "{name} rusak dan penulisan terakhirnya tidak bisa dipulihkan: {detail}. Pulihkan dari "
    "cadangan.":
        "{name} is damaged and its last write cannot be recovered: {detail}. Restore a backup.",
    "{name} tidak bisa dibuka: {detail}": "{name} cannot be opened: {detail}",
    "{name} adalah basis data SQLite, tetapi bukan berkas rakdesk.":
        "{name} is an SQLite database, but not a rakdesk file.",
    "yang lebih baru": "a newer version",
    "{name} dibuat dengan rakdesk {needs} (skema versi {version}); rakdesk {this} ini hanya "
    "mengenal sampai versi {known}. Perbarui rakdesk ke versi {needs} atau lebih baru.":
        "{name} was made with rakdesk {needs} (schema version {version}); this rakdesk {this} "
        "knows versions up to {known} only. Update rakdesk to {needs} or later.",
    "{name} rusak: versi skemanya tidak tercatat.":
        "{name} is damaged: its schema version is not recorded.",
    "{name} rusak (pemeriksaan SQLite: {detail}). Pulihkan dari cadangan.":
        "{name} is damaged (SQLite's check: {detail}). Restore a backup.",
    "{name} rusak: {problem}. Pulihkan dari cadangan.":
        "{name} is damaged: {problem}. Restore a backup.",
    "objek yang tidak dibuat rakdesk": "objects rakdesk did not make",
    "skema yang berbeda dari skema rakdesk": "a schema that differs from rakdesk's",
    "baris yang induknya tidak ada": "rows whose parent is missing",
    ", dan {count} lagi": ", and {count} more",
    "Berkas memuat {what}: {shown}. Berkas hanya bisa dibaca, tidak diubah.":
        "The file holds {what}: {shown}. It can be read, not changed.",
    "Berkas ini dibuka hanya-baca; perubahan tidak disimpan.":
        "This file is open read-only; changes are not saved.",
    "{name} adalah folder; pilih nama berkas.": "{name} is a folder; choose a file name.",
    "{name} sedang dibuka di jendela rakdesk (proses {pid}); tutup jendelanya dulu, lalu ulangi.":
        "{name} is open in a rakdesk window (process {pid}); close that window first, then try "
        "again.",
    "Penulisan terakhir ke {name} terputus (mis. listrik padam) dan harus dipulihkan dulu; buka "
    "tanpa mode hanya-baca.":
        "The last write to {name} was cut off (e.g. a power cut) and must be recovered first; "
        "open it without read-only mode.",
    "Penulisan terakhir ke {name} terputus dan berkasnya tidak bisa ditulis untuk dipulihkan; "
    "salin berkas beserta {journal} ke laptop dulu.":
        "The last write to {name} was cut off and the file cannot be written to recover it; "
        "first copy the file together with {journal} to the laptop.",
    "{name} tidak bisa ditulis (berkas atau foldernya terkunci, mis. flashdisk yang dikunci); "
    "buka hanya-baca, atau salin dulu ke laptop.":
        "{name} cannot be written (the file or its folder is locked, e.g. a locked USB stick); "
        "open it read-only, or copy it to the laptop first.",
    "{name} memakai skema lama (versi {version}) dan harus diperbarui sebelum dibuka; buka "
    "tanpa mode hanya-baca.":
        "{name} uses an old schema (version {version}) and must be updated before it opens; "
        "open it without read-only mode.",
    "disk penuh": "disk full",
    "{name} tidak bisa diperbarui ke skema versi {version} ({why}); berkasnya tidak diubah. "
    "Cadangannya: {backup}":
        "{name} cannot be updated to schema version {version} ({why}); the file was not "
        "changed. Its backup: {backup}",
    "sebelum penggabungan": "before a merge",
    "sebelum pemulihan": "before recovery",
    "sebelum pembaruan dari skema versi {version}": "before the update from schema version "
                                                   "{version}",
    "Salinan tidak boleh menimpa berkas yang sedang dibuka.":
        "A copy cannot overwrite the file that is open.",
    "Salinan gagal diperiksa: {error}": "The copy failed its check: {error}",
    "Salinan gagal dibuat: {detail}": "The copy could not be made: {detail}",
    "Salinan ke {name} gagal: {error}": "Copying to {name} failed: {error}",
    "Disk tempat {name} penuh; tidak ada yang diubah. Kosongkan ruang atau pilih tempat lain, "
    "lalu ulangi.":
        "The disk holding {name} is full; nothing was changed. Free some space or choose another "
        "place, then try again.",
    "Disk tempat {name} penuh; berkas tidak ditulis.":
        "The disk holding {name} is full; the file was not written.",
    # schema_check.py, value_check.py
    "pemicu {name}": "trigger {name}",
    "view {name}": "view {name}",
    "tabel {name}": "table {name}",
    "indeks {name}": "index {name}",
    "jenis": "type",
    "nilai bawaan": "default value",
    "kunci utama": "primary key",
    "kolom tersembunyi": "hidden column",
    "tabel {name} tidak ada": "table {name} is missing",
    "kolom {column} tidak ada": "column {column} is missing",
    "kolom terhitung {column}": "computed column {column}",
    "kolom tambahan {column}": "extra column {column}",
    "{what} kolom {column} berbeda": "{what} of column {column} differs",
    "urutan kolom tabel {name} berbeda": "the column order of table {name} differs",
    "kunci asing tabel {name} berbeda": "the foreign keys of table {name} differ",
    "batasan tabel {name} berbeda ({keywords})":
        "the constraints of table {name} differ ({keywords})",
    "indeks {name} pada tabel {table} berbeda": "index {name} on table {table} differs",
    "indeks {name} berbeda": "index {name} differs",
    "indeks {name} tidak ada": "index {name} is missing",
    "nilai {column} (baris {row}) berjenis {kind}": "value {column} (row {row}) is of type {kind}",
    "nilai {column} (baris {row}) di luar {low}..{high}: {value}":
        "value {column} (row {row}) is outside {low}..{high}: {value}",
    "nilai {column} (baris {row}) bukan teks UTF-8": "value {column} (row {row}) is not UTF-8 text",
    "nilai {column} (baris {row}) bukan waktu: «{value}»":
        "value {column} (row {row}) is not a time: «{value}»",
    "nilai {column} (baris {row}) tidak dikenal: «{value}» (seharusnya salah satu dari "
    "{allowed})":
        "value {column} (row {row}) is unknown: «{value}» (should be one of {allowed})",
    "nilai {column} (baris {row}) bukan {meaning}: «{value}»":
        "value {column} (row {row}) is not {meaning}: «{value}»",
    "minggu 1-4": "weeks 1-4",
    "angka": "a number",
    "kunci versi": "a version key",
    "nilai schedule_cell.period (baris {row}) di luar 1..4 untuk rencana triwulan":
        "value schedule_cell.period (row {row}) is outside 1..4 for a quarterly plan",
    "{count} baris {table} tanpa {parent} (baris {rows})":
        "{count} {table} row(s) without their {parent} (rows {rows})",
    # xlsx/pk_import.py
    "'{text}' bukan jumlah rupiah": "'{text}' is not an amount of rupiah",
    "anggaran negatif '{text}'": "negative budget '{text}'",
    "anggaran '{text}' terlalu besar": "budget '{text}' is too large",
    "'{text}' bukan rupiah utuh; dibaca {amount}": "'{text}' is not whole rupiah; read as {amount}",
    "Lembar {sheet}: tabel Perjanjian Kinerja di baris {row} tidak punya kolom {column}.":
        "Sheet {sheet}: the Perjanjian Kinerja table in row {row} has no {column} column.",
    "Lembar {sheet}: tabel lampiran Perjanjian Kinerja tidak ditemukan (tidak ada baris judul "
    "kolom dengan SASARAN, INDIKATOR KINERJA dan TARGET).":
        "Sheet {sheet}: no Perjanjian Kinerja lampiran table found (no header row with "
        "SASARAN, INDIKATOR KINERJA and TARGET).",
    "target tanpa indikator; dibuat indikator kosong":
        "a target without an indikator; an empty indikator was made",
    "tabel anggaran (PROGRAM/KEGIATAN dan ANGGARAN) tidak ditemukan; PK diimpor tanpa anggaran":
        "no budget table (PROGRAM/KEGIATAN and ANGGARAN) found; the PK is imported without a "
        "budget",
    "anggaran tanpa nama program/kegiatan": "a budget amount without a program/kegiatan name",
    "Jumlah di lembar {total} berbeda dari jumlah baris anggaran {sum}; rakdesk memakai jumlah "
    "baris":
        "The Jumlah on the sheet, {total}, differs from the sum of the budget lines, {sum}; "
        "rakdesk uses the sum of the lines",
    # pk.py: Perjanjian Kinerja
    "«{text}» bukan jumlah rupiah; tulis misalnya 1.234.567.000.":
        "«{text}» is not an amount of rupiah; write for example 1.234.567.000.",
    "Anggaran ditulis dalam rupiah penuh, tanpa sen: «{text}».":
        "Budget amounts are whole rupiah, without sen: «{text}».",
    "Anggaran harus antara 0 dan 99.999.999.999.999.999 rupiah.":
        "A budget amount must be between 0 and 99.999.999.999.999.999 rupiah.",
    "Periode {period} tidak ada.": "There is no period {period}.",
    "{satker} sudah punya PK {year}.": "{satker} already has a PK {year}.",
    "{satker} sudah punya RAK {year}; bandingkan lewat Perbedaan RAK dan PK.":
        "{satker} already has a RAK {year}; compare them with RAK and PK differences.",
    "Rencana ini bukan {kind}.": "This plan is not a {kind}.",
    "Indikator «{text}» ada di PK, tidak ada di RAK.":
        "Indikator «{text}» is in the PK, not in the RAK.",
    "Indikator «{text}» ada di RAK, tidak ada di PK.":
        "Indikator «{text}» is in the RAK, not in the PK.",
    "(kosong)": "(empty)",
    "Target «{text}»: PK {pk}, RAK {rak}.": "Target «{text}»: PK {pk}, RAK {rak}.",
    "Satuan «{text}»: PK {pk}, RAK {rak}.": "Satuan «{text}»: PK {pk}, RAK {rak}.",
    "{what} berbeda: PK «{pk}», RAK «{rak}».": "{what} differs: PK «{pk}», RAK «{rak}».",
    "Tulis alasan perubahan PK (mis. pergantian pejabat).":
        "Write why the PK is changed (e.g. a new official).",
    # merge/wording.py: the PK's tables
    "Anggaran": "Budget",
    "Target triwulan": "Quarter target",
    "{count} baris anggaran": "{count} budget lines",
    "{count} target triwulan": "{count} quarter targets",
    "jumlah": "amount",
    "pihak kedua": "second party",
    # monitoring (realisasi, capaian, evidence, realisasi import)
    "Ada beberapa rencana yang cocok: {plans}. Pilih dengan --plan ID.":
        "Several plans match: {plans}. Choose one with --plan ID.",
    "Baris skala «{line}» tidak terbaca (tulis misalnya «76 – 90 Baik»).":
        "Scale line «{line}» cannot be read (write for example «76 – 90 Baik»).",
    "Baris {row}: {error}": "Row {row}: {error}",
    "Batas waktu bukan tanggal.": "The deadline is not a date.",
    "«{value}» bukan pilihan yang dikenal.": "«{value}» is not a known choice.",
    "Bukti dukung": "Evidence",
    "Pelaksanaan kegiatan": "Activity progress",
    "Periode {period} tidak ada pada rencana ini (1 sampai {last}).":
        "Period {period} does not exist in this plan (1 to {last}).",
    "Rencana {id} tidak ada (atau tidak tunggal) di berkas ini.":
        "Plan {id} is not in this file (or is not unique).",
    "Status pelaksanaan «{status}» tidak dikenal (terlaksana, sebagian, tidak).":
        "Progress status «{status}» is unknown (terlaksana, sebagian, tidak).",
    "Tautan bukti dukung kosong.": "The evidence link is empty.",
    "Tidak ada rencana untuk {satker} tahun {year} di berkas ini; sebutkan --plan ID.":
        "No plan for {satker} in {year} in this file; name it with --plan ID.",
    "belum diisi": "not filled in",
    "Realisasi dicatat pada RAK, bukan pada {kind}; pilih RAK tahun itu.":
        "Realisation is recorded on a RAK, not on a {kind}; choose that year's RAK.",
    "{count} bukti dukung": "{count} evidence item(s)",
    "{count} pelaksanaan kegiatan": "{count} activity progress entr(ies)",
    "{name} bukan PDF, JPG atau PNG.": "{name} is not a PDF, JPG or PNG.",
    "{name} terlalu besar ({size} MB); bukti dukung paling besar 10 MB.":
        "{name} is too large ({size} MB); evidence is at most 10 MB.",
    "{name}: tidak ada tabel realisasi (judul kolom Indikator dan Realisasi atau TW I..IV).":
        "{name}: no realisation table (column headings Indikator and Realisasi or TW I..IV).",
    "{name}: triwulan tidak ditemukan; tulis misalnya «Realisasi TW III» pada judul kolom "
    "atau «TRIWULAN III» pada judul lembar.":
        "{name}: quarter not found; write for example «Realisasi TW III» in a column heading "
        "or «TRIWULAN III» in the sheet title.",
    "{noun} {which} «{text}»": "{noun} {which} «{text}»",
    "batas waktu": "deadline",
    "capaian setahun": "yearly achievement",
    "catatan": "note",
    "periode": "period",
    "polaritas": "polarity",
    "realisasi": "realisation",
    "rumus capaian": "achievement formula",
    "skala kategori capaian": "achievement category scale",
    "tautan": "link",
    "target Renstra": "Renstra target",
    "tindak lanjut": "follow-up",
    "tindak lanjut selesai": "follow-up done",
    "upaya": "effort",
    "«{text}» bukan tanggal (tulis misalnya 31-03-2024).":
        "«{text}» is not a date (write for example 31-03-2024).",
    # decree.py, merge wording of decrees
    "Keputusan ini sudah final dan tidak bisa diubah. Mulai revisi berikutnya untuk "
    "mengubahnya.":
        "This decree is final and cannot be changed. Start its next revision to change it.",
    "Bagian keputusan tidak dikenal: {section}.": "Unknown part of a decree: {section}.",
    "Keputusan (SK) tidak berisi sasaran; ubah isinya di tampilan SK.":
        "A decree (SK) holds no sasaran; edit it in the SK view.",
    "Keputusan (SK) diekspor ke Word, bukan ke Excel (rakdesk export-docx).":
        "A decree (SK) is exported to Word, not to Excel (rakdesk export-docx).",
    "Hanya keputusan (SK) yang disalin dengan cara ini.":
        "Only a decree (SK) is copied this way.",
    "Keputusan": "Decree",
    "Butir keputusan": "Decree item",
    "Butir diktum": "Diktum point",
    "Tim": "Team",
    "Anggota tim": "Team member",
    "{count} keputusan": "{count} decree(s)",
    "{count} butir keputusan": "{count} decree item(s)",
    "{count} butir diktum": "{count} diktum point(s)",
    "{count} tim": "{count} team(s)",
    "{count} anggota tim": "{count} team member(s)",
    "pangkat": "rank",
    "tentang": "subject (tentang)",
    "menetapkan": "menetapkan",
    "jabatan penerbit": "issuer's position",
    "bagian": "part",
    "judul tim": "team heading",
    "tugas tim": "team tasks",
    "kedudukan dalam tim": "role in the team",
    # report_revisions.py
    "ASLI: sama persis (byte demi byte) dengan {report} {kind} {year} {satker}, "
    "Revisi ke-{number}, kode {code}, difinalkan {when}.":
        "GENUINE: identical (byte for byte) to {report} of {kind} {year} {satker}, revision "
        "{number}, code {code}, finalised {when}.",
    "Laporan «{kind}» tidak dikenal: pilih tw1, tw2, tw3, tw4 atau pengukuran.":
        "Unknown report «{kind}»: choose tw1, tw2, tw3, tw4 or pengukuran.",
    "Pengukuran Kinerja": "Pengukuran Kinerja",
    "Laporan Monitoring TW {quarter}": "Laporan Monitoring TW {quarter}",
    "PK Perubahan": "PK Perubahan (amended)",
    "{report} sudah final. Mulai revisi berikutnya untuk mengubahnya.":
        "{report} is already final. Start its next revision to change it.",
    "{report} belum final.": "{report} is not final yet.",
    "{report} sudah final: realisasinya tidak dapat diubah. Mulai revisi berikutnya "
    "laporan itu untuk mengubahnya.":
        "{report} is final: its realisasi cannot be changed. Start that report's next "
        "revision to change it.",
    "laporan monitoring final": "final monitoring reports",
    "{count} perubahan realisasi pada {plan} tidak diambil: {report} sudah final di berkas "
    "ini. Mulai revisi berikutnya laporan itu, lalu gabungkan lagi.":
        "{count} realisasi changes to {plan} were not taken: {report} is final in this file. "
        "Start that report's next revision, then merge again.",
    # performance.py, pk.py, monitoring.py: the PK wired into the monitoring
    "diketik": "typed",
    "dari PK": "from the PK",
    "dihitung dari jadwal": "counted from the schedule",
    "dibagi dari target tahun": "split from the year's target",
    "Realisasi harus antara 0 dan 99.999.999.999.999.999 rupiah.":
        "Realisasi must be between 0 and 99,999,999,999,999,999 rupiah.",
    "RAK ini sudah ada realisasinya.": "This RAK already has realisasi for it.",
    "Satuan terlalu panjang (paling banyak 60 huruf).":
        "Satuan is too long (at most 60 characters).",
}
