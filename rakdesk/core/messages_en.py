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
    "Jenis rencana harus RAK atau IKU.": "A plan must be a RAK or an IKU.",
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
}
