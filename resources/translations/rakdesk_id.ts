<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="74"/>
        <source>Anggaran (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="86"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="74"/>
        <source>Realisasi (Rp)</source>
        <translation>Realisasi (Rp)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="96"/>
        <source>Realisasi anggaran through the year; typed on a final PK too</source>
        <translation>Realisasi anggaran sepanjang tahun; bisa diisi juga pada PK yang sudah final</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="146"/>
        <location filename="../../rakdesk/ui/budget_panel.py" line="192"/>
        <source>Budget (lampiran PK)</source>
        <translation>Anggaran (lampiran PK)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="149"/>
        <location filename="../../rakdesk/ui/budget_panel.py" line="216"/>
        <source>Add budget line</source>
        <translation>Tambah baris anggaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="151"/>
        <location filename="../../rakdesk/ui/budget_panel.py" line="230"/>
        <source>Delete budget line</source>
        <translation>Hapus baris anggaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="190"/>
        <source>Budget (lampiran PK): the PK is final, realisasi can still be typed</source>
        <translation>Anggaran (lampiran PK): PK sudah final, realisasi tetap bisa diisi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/budget_panel.py" line="193"/>
        <source>Jumlah: {0} · realisasi {1}</source>
        <translation>Jumlah: {0} · realisasi {1}</translation>
    </message>
</context>
<context>
    <name>DecreeActions</name>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="33"/>
        <source>&amp;Staff register...</source>
        <translation>Daftar &amp;pegawai...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="34"/>
        <source>New &amp;SK Tim Reformasi Birokrasi...</source>
        <translation>&amp;SK Tim Reformasi Birokrasi baru...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="35"/>
        <source>Export SK to &amp;Word (.docx)...</source>
        <translation>Ekspor SK ke &amp;Word (.docx)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="47"/>
        <source>Add or choose a satker first.</source>
        <translation>Tambahkan atau pilih satker dulu.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="64"/>
        <source>New SK</source>
        <translation>SK baru</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="64"/>
        <source>Year of the Tim Reformasi Birokrasi:</source>
        <translation>Tahun Tim Reformasi Birokrasi:</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="69"/>
        <source>Add SK</source>
        <translation>Tambah SK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="83"/>
        <source>Export to Word</source>
        <translation>Ekspor ke Word</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="90"/>
        <source>The Word file could not be written: {0}</source>
        <translation>Berkas Word tidak dapat ditulis: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_actions.py" line="93"/>
        <source>Saved {0}</source>
        <translation>Tersimpan {0}</translation>
    </message>
</context>
<context>
    <name>DecreeView</name>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="79"/>
        <source>Move row</source>
        <translation>Pindahkan baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="206"/>
        <source>Sequence</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="207"/>
        <source>Classification code</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="208"/>
        <source>Satker code</source>
        <translation>Kode satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="209"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="216"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="217"/>
        <source>Number as typed</source>
        <translation>Nomor diketik utuh</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="218"/>
        <source>Leave empty to build the number from its parts</source>
        <translation>Kosongkan agar nomor disusun dari bagian-bagiannya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="219"/>
        <source>About (TENTANG)</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="220"/>
        <source>Issuer</source>
        <translation>Penetap</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="221"/>
        <source>Menetapkan</source>
        <translation>Menetapkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="296"/>
        <source>Lampiran title</source>
        <translation>Judul lampiran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="272"/>
        <source>Print “Salinan sesuai dengan aslinya”</source>
        <translation>Cetak “Salinan sesuai dengan aslinya”</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="227"/>
        <source>Menimbang</source>
        <translation>Menimbang</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="227"/>
        <source>Mengingat</source>
        <translation>Mengingat</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="228"/>
        <source>Memperhatikan</source>
        <translation>Memperhatikan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="228"/>
        <source>Tembusan</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="233"/>
        <source>Numbered points of the chosen diktum</source>
        <translation>Butir bernomor diktum yang dipilih</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="239"/>
        <source>Diktum</source>
        <translation>Diktum</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="241"/>
        <source>Teams and members</source>
        <translation>Tim dan anggota</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="242"/>
        <source>Signing, copy and lampiran</source>
        <translation>Penetapan, salinan dan lampiran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="267"/>
        <source>Change place, date and issuer...</source>
        <translation>Ubah tempat, tanggal dan penetap...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="271"/>
        <source>Set</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="275"/>
        <source>Certified copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="278"/>
        <source>The office, one line per printed line</source>
        <translation>Kantor, satu baris per baris cetak</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="282"/>
        <source>Copy: office</source>
        <translation>Salinan: kantor</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="283"/>
        <source>Copy: title</source>
        <translation>Salinan: jabatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="283"/>
        <source>Sekretaris</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="287"/>
        <source>A person of the staff register, or a name typed as printed</source>
        <translation>Pegawai dari daftar pegawai, atau nama diketik seperti dicetak</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="295"/>
        <source>Copy: signed by</source>
        <translation>Salinan: ditandatangani</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="297"/>
        <source>Lampiran: KEPUTUSAN line</source>
        <translation>Lampiran: baris KEPUTUSAN</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="298"/>
        <source>Empty: KEPUTUSAN and the issuer</source>
        <translation>Kosong: KEPUTUSAN dan penetap</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="299"/>
        <source>Lampiran: TENTANG</source>
        <translation>Lampiran: TENTANG</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="300"/>
        <source>Empty: the decree&apos;s TENTANG</source>
        <translation>Kosong: TENTANG keputusan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="304"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="313"/>
        <source>Team heading (empty: none printed)</source>
        <translation>Judul tim (kosong: tidak dicetak)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="320"/>
        <source>The team&apos;s tasks, one per line</source>
        <translation>Tugas tim, satu per baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="324"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="324"/>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="325"/>
        <source>Role in the team</source>
        <translation>Kedudukan dalam tim</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="371"/>
        <source>(no number yet)</source>
        <translation>(belum bernomor)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="385"/>
        <source>(no issuer)</source>
        <translation>(belum ada penetap)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="387"/>
        <source>(no date)</source>
        <translation>(belum ada tanggal)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="430"/>
        <location filename="../../rakdesk/ui/decree_view.py" line="466"/>
        <source>Edit decree</source>
        <translation>Ubah keputusan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="438"/>
        <source>“{0}” is not in the staff register; add the person there first.</source>
        <translation>“{0}” tidak ada di daftar pegawai; tambahkan dulu di sana.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="476"/>
        <source>Delete row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="494"/>
        <source>Insert row</source>
        <translation>Sisipkan baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="501"/>
        <source>Insert point</source>
        <translation>Sisipkan butir</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="506"/>
        <source>Insert team</source>
        <translation>Sisipkan tim</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/decree_view.py" line="513"/>
        <source>Insert member</source>
        <translation>Sisipkan anggota</translation>
    </message>
</context>
<context>
    <name>DisagreementBar</name>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="54"/>
        <source>Show and make equal...</source>
        <translation>Lihat dan samakan...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="66"/>
        <source>{0} {1} differs from its {2} in {3} places: {4}</source>
        <translation>{0} {1} berbeda dengan {2}-nya di {3} hal: {4}</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="78"/>
        <source>RAK {0} and PK {1}</source>
        <translation>RAK {0} dan PK {1}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="81"/>
        <source>Where the RAK and its PK differ. Tick what to make equal, then choose which side is right.</source>
        <translation>Perbedaan RAK dengan PK-nya. Centang yang akan disamakan, lalu pilih sisi yang benar.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="93"/>
        <source>PK is right: copy to the RAK</source>
        <translation>PK yang benar: salin ke RAK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="95"/>
        <source>RAK is right: copy to the PK</source>
        <translation>RAK yang benar: salin ke PK</translation>
    </message>
</context>
<context>
    <name>FileWorkflows</name>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="38"/>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="45"/>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="59"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="69"/>
        <source>Copy saved: {0}</source>
        <translation>Salinan tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="80"/>
        <source>There is no backup of {0} yet.</source>
        <translation>Belum ada cadangan {0}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="85"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="86"/>
        <source>Put this backup in place of {0} (the current file is backed up first):</source>
        <translation>Pasang cadangan ini menggantikan {0} (berkas sekarang dicadangkan dulu):</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="111"/>
        <source>Merge from another file</source>
        <translation>Gabungkan dari berkas lain</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="123"/>
        <source>Comparing with {0}...</source>
        <translation>Membandingkan dengan {0}...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="142"/>
        <location filename="../../rakdesk/ui/file_workflows.py" line="146"/>
        <source>Merge {0}</source>
        <translation>Gabungkan {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="175"/>
        <source>Import from Excel</source>
        <translation>Impor dari Excel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="181"/>
        <source>Reading {0}...</source>
        <translation>Membaca {0}...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/file_workflows.py" line="198"/>
        <source>Import {0}</source>
        <translation>Impor {0}</translation>
    </message>
</context>
<context>
    <name>FinalBar</name>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="40"/>
        <source>Start the next revision</source>
        <translation>Mulai revisi berikutnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="55"/>
        <source>This plan is final (revision {0}, {1}); it can no longer be changed.</source>
        <translation>Rencana ini final (revisi ke-{0}, {1}); isinya tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="63"/>
        <source>This plan is final: to change it, start the next revision.</source>
        <translation>Rencana ini final: untuk mengubahnya, mulai revisi berikutnya.</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="26"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../forms/finalize_dialog.ui" line="4"/>
        <source>Finalise plan</source>
        <translation>Finalkan rencana</translation>
    </message>
    <message>
        <location filename="../../forms/finalize_dialog.ui" line="4"/>
        <source>Finalising freezes this plan as a numbered revision: its content and the exact PDF are stored in the file, the PDF carries a document code and a QR code, and the plan can no longer be edited until you start the next revision. This cannot be undone.</source>
        <translation>Finalisasi membekukan rencana ini sebagai revisi bernomor: isinya dan PDF persisnya disimpan di berkas, PDF memuat kode dokumen dan kode QR, dan rencana tidak bisa diubah lagi sampai Anda memulai revisi berikutnya. Ini tidak bisa diurungkan.</translation>
    </message>
    <message>
        <location filename="../../forms/finalize_dialog.ui" line="4"/>
        <source>Sign the PDF digitally with my certificate (.p12)</source>
        <translation>Tandatangani PDF secara digital dengan sertifikat saya (.p12)</translation>
    </message>
    <message>
        <location filename="../../forms/finalize_dialog.ui" line="4"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../forms/finalize_dialog.ui" line="4"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../rakdesk/ui/dialog_guard.py" line="44"/>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialog_guard.py" line="45"/>
        <source>Discard the changes made in this window?</source>
        <translation>Buang perubahan yang dibuat di jendela ini?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="37"/>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="38"/>
        <source>quarterly</source>
        <translation>triwulan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;, sheet {1}: {2} {3}, {4} sasaran, {5} indikator, {6} kegiatan.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, lembar {1}: {2} {3}, {4} sasaran, {5} indikator, {6} kegiatan.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="43"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="70"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="82"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;, sheet {1}: Perjanjian Kinerja, {2} sasaran, {3} indikator, {4} budget lines totalling {5}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, lembar {1}: Perjanjian Kinerja, {2} sasaran, {3} indikator, {4} baris anggaran berjumlah {5}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="92"/>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/import_dialog.py" line="101"/>
        <source>{0} already has a {1} {2}: choose another year or satker.</source>
        <translation>{0} sudah punya {1} {2}: pilih tahun atau satker lain.</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="6"/>
        <source>Import from Excel</source>
        <translation>Impor dari Excel</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="16"/>
        <source>Satker</source>
        <translation>Satker</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="18"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="29"/>
        <source>What could not be read exactly (sheet, row, column):</source>
        <translation>Yang tidak terbaca persis (lembar, baris, kolom):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="75"/>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="77"/>
        <source>Properties</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="82"/>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="99"/>
        <source> (read-only)</source>
        <translation> (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="28"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="53"/>
        <source>PDF saved: {0}</source>
        <translation>PDF tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="157"/>
        <source>&lt;b&gt;rakdesk {0}&lt;/b&gt;&lt;br&gt;Rencana Aksi Kinerja and Indikator Kinerja Utama for KPU secretariats.&lt;br&gt;&lt;br&gt;Workspace: {1}&lt;br&gt;Your data, backups and default workspace: {2}&lt;br&gt;&lt;br&gt;Python {3}, Qt {4}. Printed with the DejaVu fonts (Bitstream Vera license) where Arial or Times New Roman are missing.</source>
        <translation>&lt;b&gt;rakdesk {0}&lt;/b&gt;&lt;br&gt;Rencana Aksi Kinerja dan Indikator Kinerja Utama untuk sekretariat KPU.&lt;br&gt;&lt;br&gt;Ruang kerja: {1}&lt;br&gt;Data, cadangan dan ruang kerja bawaan Anda: {2}&lt;br&gt;&lt;br&gt;Python {3}, Qt {4}. Dicetak dengan fon DejaVu (lisensi Bitstream Vera) bila Arial atau Times New Roman tidak ada.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="144"/>
        <source>The language changes the next time rakdesk starts.</source>
        <translation>Bahasa berubah saat rakdesk dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/main_window.py" line="156"/>
        <source>About rakdesk</source>
        <translation>Tentang rakdesk</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="128"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="143"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="186"/>
        <source>This plan is still empty.</source>
        <translation>Rencana ini masih kosong.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="187"/>
        <source>Add sasaran</source>
        <translation>Tambah sasaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="190"/>
        <source>This plan is empty.</source>
        <translation>Rencana ini kosong.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="194"/>
        <source>There is no satker yet.</source>
        <translation>Belum ada satker.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="195"/>
        <source>Add satker</source>
        <translation>Tambah satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="198"/>
        <source>{0} has no plan yet.</source>
        <translation>{0} belum punya rencana.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="199"/>
        <location filename="../../rakdesk/ui/plan_area.py" line="203"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_area.py" line="202"/>
        <source>Choose a plan in the list on the left.</source>
        <translation>Pilih rencana di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="25"/>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="27"/>
        <source>Export a draft PDF</source>
        <translation>Ekspor PDF draf</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="47"/>
        <source>Final revision {0} ({1}) saved as stored: {2}</source>
        <translation>Revisi final ke-{0} ({1}) disimpan persis seperti tersimpan: {2}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pdf_export.py" line="50"/>
        <source>Draft PDF (not the final revision) saved: {0}</source>
        <translation>PDF draf (bukan revisi final) tersimpan: {0}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="27"/>
        <source>Keep mine</source>
        <translation>Pakai milik sini</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="27"/>
        <source>Take theirs</source>
        <translation>Pakai milik berkas lain</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="28"/>
        <source>Keep both</source>
        <translation>Simpan keduanya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="31"/>
        <source>Bring the plans of &lt;b&gt;{0}&lt;/b&gt; into this file. {0} itself is only read. The merge is one step: Undo takes all of it back.</source>
        <translation>Bawa rencana dari &lt;b&gt;{0}&lt;/b&gt; ke berkas ini. {0} sendiri hanya dibaca. Penggabungan adalah satu langkah: Urungkan membatalkan semuanya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="40"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="40"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="40"/>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="40"/>
        <source>In the other file</source>
        <translation>Di berkas lain</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="41"/>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="90"/>
        <source>Tick at least one plan.</source>
        <translation>Centang sedikitnya satu rencana.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="94"/>
        <source>Changed in both files: choose what to keep for each ({0}).</source>
        <translation>Diubah di kedua berkas: pilih yang disimpan untuk masing-masing ({0}).</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="95"/>
        <source>No conflicts.</source>
        <translation>Tidak ada konflik.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/merge_dialog.py" line="101"/>
        <source>All conflicts ({0})</source>
        <translation>Semua konflik ({0})</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="6"/>
        <source>Merge from another file</source>
        <translation>Gabungkan dari berkas lain</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="18"/>
        <source>Plans to bring in:</source>
        <translation>Rencana yang dibawa masuk:</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="24"/>
        <source>What the merge will do:</source>
        <translation>Yang akan dilakukan penggabungan:</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="38"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="53"/>
        <source>Keep &amp;all mine</source>
        <translation>Pakai &amp;semua milik sini</translation>
    </message>
    <message>
        <location filename="../../forms/merge_dialog.ui" line="54"/>
        <source>Take all &amp;theirs</source>
        <translation>Pakai semua milik berkas &amp;lain</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="37"/>
        <source>Import Excel...</source>
        <translation>Impor Excel...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="39"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="41"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="42"/>
        <source>Scale...</source>
        <translation>Skala...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="45"/>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="47"/>
        <source>Show monitoring</source>
        <translation>Tampilkan monitoring</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="49"/>
        <source>Import realisasi from Excel...</source>
        <translation>Impor realisasi dari Excel...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="54"/>
        <source>Capaian chart...</source>
        <translation>Grafik capaian...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="56"/>
        <source>Kategori scale of the satker...</source>
        <translation>Skala kategori satker...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="133"/>
        <source>Choose a RAK in the list on the left first.</source>
        <translation>Pilih dulu RAK di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="148"/>
        <source>Preview the triwulan&apos;s Laporan Monitoring</source>
        <translation>Pratinjau Laporan Monitoring triwulan ini</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="149"/>
        <source>Laporan Monitoring of the triwulan (PDF)...</source>
        <translation>Laporan Monitoring triwulan ini (PDF)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="150"/>
        <source>Preview the Pengukuran Kinerja</source>
        <translation>Pratinjau Pengukuran Kinerja</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="151"/>
        <source>Pengukuran Kinerja, LKjIP Bab III (PDF)...</source>
        <translation>Pengukuran Kinerja, LKjIP Bab III (PDF)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="153"/>
        <source>LKjIP Bab III tables (Word .docx)...</source>
        <translation>Tabel LKjIP Bab III (Word .docx)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="154"/>
        <source>Monitoring reports (Excel .xlsx)...</source>
        <translation>Laporan monitoring (Excel .xlsx)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="165"/>
        <source>Pengukuran Kinerja</source>
        <translation>Pengukuran Kinerja</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="181"/>
        <source>Save {0}</source>
        <translation>Simpan {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="187"/>
        <source>Saved: {0}</source>
        <translation>Tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="195"/>
        <source>Making {0}...</source>
        <translation>Menyusun {0}...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="218"/>
        <source>Import realisasi from Excel</source>
        <translation>Impor realisasi dari Excel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="228"/>
        <source>Reading {0}...</source>
        <translation>Membaca {0}...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="240"/>
        <source>Import realisasi {0}</source>
        <translation>Impor realisasi {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_actions.py" line="262"/>
        <source>Kategori scale</source>
        <translation>Skala kategori</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="37"/>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="167"/>
        <source>How this indikator is measured</source>
        <translation>Cara indikator ini diukur</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="45"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="46"/>
        <source>Higher is better</source>
        <translation>Makin tinggi makin baik</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="47"/>
        <source>Lower is better</source>
        <translation>Makin rendah makin baik</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="48"/>
        <source>Capaian when lower is better</source>
        <translation>Capaian bila makin rendah makin baik</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="51"/>
        <source>The year from its periods</source>
        <translation>Angka tahunan dari periodenya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="52"/>
        <source>Cumulative (sum of the periods)</source>
        <translation>Kumulatif (jumlah periode)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="53"/>
        <source>The last period&apos;s value</source>
        <translation>Nilai periode terakhir</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="54"/>
        <source>Average of the periods</source>
        <translation>Rata-rata periode</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="82"/>
        <source>e.g. 80%</source>
        <translation>mis. 80%</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="83"/>
        <source>Renstra end-period target</source>
        <translation>Target akhir Renstra</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="103"/>
        <source>Kategori scale of {0}</source>
        <translation>Skala kategori {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="105"/>
        <source>One band per line, highest first, e.g. «≥ 91 Sangat Baik» or «76 – 90 Baik».</source>
        <translation>Satu rentang per baris, dari yang tertinggi, mis. «≥ 91 Sangat Baik» atau «76 – 90 Baik».</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="110"/>
        <source>Default scale</source>
        <translation>Skala bawaan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="132"/>
        <source>Import realisasi from {0}</source>
        <translation>Impor realisasi dari {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="136"/>
        <source>Sheet «{0}»: realisasi of {1}, into {2} {3} {4}.</source>
        <translation>Lembar «{0}»: realisasi {1}, ke {2} {3} {4}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="138"/>
        <source>{0} indikator match, {1} rows of the sheet do not, {2} indikator of the plan are not in the sheet.</source>
        <translation>{0} indikator cocok, {1} baris lembar tidak cocok, {2} indikator rencana tidak ada di lembar.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="142"/>
        <source>Careful: the sheet is for {0}, the plan for {1}.</source>
        <translation>Perhatian: lembar untuk tahun {0}, rencana untuk tahun {1}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="150"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="151"/>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="197"/>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="154"/>
        <source>Matched</source>
        <translation>Cocok</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="156"/>
        <source>Not matched (left out)</source>
        <translation>Tidak cocok (tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="157"/>
        <source>row {0}: {1}</source>
        <translation>baris {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="159"/>
        <source>Not in the sheet</source>
        <translation>Tidak ada di lembar</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="160"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="174"/>
        <source>Record {0} indikator</source>
        <translation>Catat {0} indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="200"/>
        <source>Capaian per indikator, {0} (so far)</source>
        <translation>Capaian per indikator, {0} (sejauh ini)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="216"/>
        <source>Capaian per triwulan</source>
        <translation>Capaian per triwulan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="243"/>
        <source>Capaian chart</source>
        <translation>Grafik capaian</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="259"/>
        <source>Numbers are sasaran.indikator as in the table; the dashed line is 100 %. An indikator without realisasi has no bar.</source>
        <translation>Nomor adalah sasaran.indikator seperti di tabel; garis putus-putus adalah 100 %. Indikator tanpa realisasi tidak punya batang.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="43"/>
        <source>Triwulan {0}</source>
        <translation>Triwulan {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="189"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="190"/>
        <source>Indikator / kegiatan</source>
        <translation>Indikator / kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="191"/>
        <source>Target tahun</source>
        <translation>Target tahun</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="197"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="198"/>
        <source>Capaian</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="200"/>
        <source>Realisasi
tahun</source>
        <translation>Realisasi
tahun</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="201"/>
        <source>Capaian
tahun</source>
        <translation>Capaian
tahun</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="202"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="343"/>
        <source>Kategori: {0}</source>
        <translation>Kategori: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="347"/>
        <source>{0} bukti dukung</source>
        <translation>{0} bukti dukung</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="349"/>
        <source>The tindak lanjut is past its batas waktu.</source>
        <translation>Tindak lanjut melewati batas waktunya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="109"/>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="110"/>
        <source>Kendala</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="111"/>
        <source>Upaya / solusi</source>
        <translation>Upaya / solusi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="112"/>
        <source>Rencana tindak lanjut</source>
        <translation>Rencana tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="126"/>
        <source>e.g. 31-03-2024</source>
        <translation>mis. 31-03-2024</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="134"/>
        <source>PIC and batas waktu</source>
        <translation>PIC dan batas waktu</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="135"/>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="277"/>
        <source>Tindak lanjut carried out</source>
        <translation>Tindak lanjut sudah dilaksanakan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="141"/>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="146"/>
        <source>Drop PDF, JPG or PNG files here or on the row.</source>
        <translation>Tarik berkas PDF, JPG atau PNG ke sini atau ke barisnya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="153"/>
        <source>File...</source>
        <translation>Berkas...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="154"/>
        <source>Link...</source>
        <translation>Tautan...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="155"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="156"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="166"/>
        <source>Measurement...</source>
        <translation>Pengukuran...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="199"/>
        <source>Choose an indikator in the table.</source>
        <translation>Pilih indikator di tabel.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="271"/>
        <source>Edit catatan</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="272"/>
        <source>Edit kendala</source>
        <translation>Ubah kendala</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="273"/>
        <source>Edit upaya</source>
        <translation>Ubah upaya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="274"/>
        <source>Edit rencana tindak lanjut</source>
        <translation>Ubah rencana tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="275"/>
        <source>Edit PIC</source>
        <translation>Ubah PIC</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="276"/>
        <source>Edit batas waktu</source>
        <translation>Ubah batas waktu</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="286"/>
        <source>Add bukti dukung</source>
        <translation>Tambah bukti dukung</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="300"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} tidak bisa dibaca: {1}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="304"/>
        <source>Add bukti dukung {0}</source>
        <translation>Tambah bukti dukung {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="307"/>
        <source>{0} is already a bukti dukung of this period.</source>
        <translation>{0} sudah menjadi bukti dukung periode ini.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="314"/>
        <source>Add a link</source>
        <translation>Tambah tautan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="315"/>
        <source>Link to the bukti dukung (a shared folder or an address):</source>
        <translation>Tautan ke bukti dukung (folder bersama atau alamat):</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="319"/>
        <source>Add link</source>
        <translation>Tambah tautan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="346"/>
        <source>No program on this computer opens {0}.</source>
        <translation>Tidak ada program di komputer ini yang bisa membuka {0}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="354"/>
        <source>Remove bukti dukung {0}</source>
        <translation>Hapus bukti dukung {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="367"/>
        <source>Measurement of indikator</source>
        <translation>Pengukuran indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="182"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="188"/>
        <source>Which indikator to show</source>
        <translation>Indikator yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="189"/>
        <source>All indikator</source>
        <translation>Semua indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="190"/>
        <source>Belum diisi</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="191"/>
        <source>Below target</source>
        <translation>Di bawah target</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="192"/>
        <source>Past batas waktu</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="194"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="215"/>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="304"/>
        <source>Choose a plan in the list on the left to record its realisasi.</source>
        <translation>Pilih rencana di daftar sebelah kiri untuk mencatat realisasinya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="300"/>
        <source>Monitoring is kept on a RAK, not on a {0}: choose the RAK of this year.</source>
        <translation>Monitoring dicatat pada RAK, bukan pada {0}: pilih RAK tahun ini.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="442"/>
        <source>No kegiatan scheduled up to TW {0}.</source>
        <translation>Belum ada kegiatan terjadwal sampai TW {0}.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="445"/>
        <source>Kegiatan up to TW {0}: {1} of {2} scheduled carried out ({3} %)</source>
        <translation>Kegiatan s.d. TW {0}: {1} dari {2} jadwal terlaksana ({3} %)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="507"/>
        <source>Status of kegiatan</source>
        <translation>Status kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="514"/>
        <source>Target of {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="514"/>
        <source>Realisasi {0}</source>
        <translation>Realisasi {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_view.py" line="530"/>
        <source>Drop bukti dukung on an indikator&apos;s row.</source>
        <translation>Tarik bukti dukung ke baris indikator.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="74"/>
        <source>{0} (read from the target)</source>
        <translation>{0} (dibaca dari target)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="76"/>
        <source>e.g. %, Laporan, Kali</source>
        <translation>mis. %, Laporan, Kali</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="77"/>
        <source>Printed in the Satuan column of the Pengukuran Kinerja; empty: read from the target</source>
        <translation>Dicetak di kolom Satuan Pengukuran Kinerja; kosong: dibaca dari target</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_dialogs.py" line="79"/>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="334"/>
        <source>Target of the period from the PK&apos;s quarter targets; type to set it here.</source>
        <translation>Target periode diambil dari target triwulan PK; ketik untuk menetapkannya di sini.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="336"/>
        <source>Target of the period counted from the schedule; type to set it.</source>
        <translation>Target periode dihitung dari jadwal; ketik untuk menetapkannya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="338"/>
        <source>Target of the period split from the year&apos;s target; type to set it.</source>
        <translation>Target periode dibagi dari target tahunan; ketik untuk menetapkannya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_model.py" line="341"/>
        <source>Target of the period as typed.</source>
        <translation>Target periode seperti yang diketik.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="244"/>
        <source>Target {0} ({4}) · Realisasi {1} · Capaian {2}{3}</source>
        <translation>Target {0} ({4}) · Realisasi {1} · Capaian {2}{3}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/monitoring_panel.py" line="366"/>
        <source>Edit satuan</source>
        <translation>Ubah satuan</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="279"/>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Official</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Name with degree</source>
        <translation>Nama dan gelar</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Acting</source>
        <translation>Pelaksana tugas</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Scanned signature</source>
        <translation>Tanda tangan (pindaian)</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../forms/official_dialog.ui" line="4"/>
        <source>Stamp</source>
        <translation>Stempel</translation>
    </message>
</context>
<context>
    <name>OfficialsDialog</name>
    <message>
        <location filename="../../forms/officials_dialog.ui" line="4"/>
        <source>Officials</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <location filename="../../forms/officials_dialog.ui" line="4"/>
        <source>Add...</source>
        <translation>Tambah...</translation>
    </message>
    <message>
        <location filename="../../forms/officials_dialog.ui" line="4"/>
        <source>Edit...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <location filename="../../forms/officials_dialog.ui" line="4"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>OutputWorkflows</name>
    <message>
        <location filename="../../rakdesk/ui/output_workflows.py" line="78"/>
        <source>{0} pages sent to the printer.</source>
        <translation>{0} halaman dikirim ke pencetak.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/output_workflows.py" line="88"/>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/output_workflows.py" line="98"/>
        <source>Excel file saved: {0}</source>
        <translation>Berkas Excel tersimpan: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="56"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="57"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="58"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="59"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="60"/>
        <source>Fit to width</source>
        <translation>Selebar jendela</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="124"/>
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} dari {1}</translation>
    </message>
</context>
<context>
    <name>PkControls</name>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="178"/>
        <source>This plan has no linked RAK or PK of the same year.</source>
        <translation>Rencana ini tidak punya RAK atau PK tahun yang sama.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="182"/>
        <source>RAK {0} and PK {1} agree.</source>
        <translation>RAK {0} dan PK {1} sudah sama.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="197"/>
        <source>Make RAK and PK equal</source>
        <translation>Samakan RAK dan PK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="203"/>
        <source>Choose a PK first.</source>
        <translation>Pilih PK dulu.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="205"/>
        <source>Make RAK from PK</source>
        <translation>Buat RAK dari PK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="210"/>
        <source>Choose a RAK first.</source>
        <translation>Pilih RAK dulu.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="212"/>
        <source>Make PK from RAK</source>
        <translation>Buat PK dari RAK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="240"/>
        <source>
… and {0} more</source>
        <translation>
… dan {0} lagi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="243"/>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="250"/>
        <source>PK Perubahan</source>
        <translation>PK Perubahan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="251"/>
        <source>Why is the PK changed? (printed under the title)</source>
        <translation>Mengapa PK diubah? (dicetak di bawah judul)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="260"/>
        <source>Start PK Perubahan (revision {0})</source>
        <translation>Mulai PK Perubahan (revisi ke-{0})</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="236"/>
        <source>These targets already have realisasi and were changed (the monitoring report marks them):
{0}</source>
        <translation>Target berikut sudah ada realisasinya dan diubah (laporan monitoring menandainya):
{0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="241"/>
        <source>{0} {1} differs from {2} {3}:

{4}{5}</source>
        <translation>{0} {1} berbeda dengan {2} {3}:

{4}{5}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_window.py" line="244"/>
        <source>Finalise anyway?</source>
        <translation>Tetap finalkan?</translation>
    </message>
</context>
<context>
    <name>PkFields</name>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="34"/>
        <source>Perjanjian Kinerja</source>
        <translation>Perjanjian Kinerja</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="41"/>
        <source>Typed: an official of the office above</source>
        <translation>Diketik: pejabat kantor di atasnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="42"/>
        <source>Pihak kedua</source>
        <translation>Pihak kedua</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="48"/>
        <source>Name with degree</source>
        <translation>Nama dengan gelar</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="61"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="64"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="91"/>
        <source>Teks baku</source>
        <translation>Teks baku</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="93"/>
        <source>Put back the standard text (PermenPANRB 53/2014); {pihak_pertama} and {pihak_kedua} stand for the Nama/Jabatan lines</source>
        <translation>Kembalikan teks baku (PermenPANRB 53/2014); {pihak_pertama} dan {pihak_kedua} menandai baris Nama/Jabatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="98"/>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="101"/>
        <source>Satuan column</source>
        <translation>Kolom Satuan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="104"/>
        <source>Target per quarter (TW I–IV)</source>
        <translation>Target per triwulan (TW I–IV)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="110"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="115"/>
        <source>Budget table of</source>
        <translation>Tabel anggaran per</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="118"/>
        <source>Empty: not a PK Perubahan</source>
        <translation>Kosong: bukan PK Perubahan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="119"/>
        <source>Reason of change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_dialog.py" line="125"/>
        <source>Printed: Jabatan : {0}</source>
        <translation>Tercetak: Jabatan : {0}</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="81"/>
        <source>Add sasaran</source>
        <translation>Tambah sasaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="95"/>
        <source>Add indikator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="113"/>
        <source>Add kegiatan</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="143"/>
        <source>Delete {0} {1} with the {2} kegiatan under it? (Undo brings it back.)</source>
        <translation>Hapus {0} {1} beserta {2} kegiatan di bawahnya? (Urungkan mengembalikannya.)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="145"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="148"/>
        <source>Delete {0}</source>
        <translation>Hapus {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="167"/>
        <source>Already at the top.</source>
        <translation>Sudah di posisi teratas.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="168"/>
        <source>Already at the bottom.</source>
        <translation>Sudah di posisi terbawah.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="190"/>
        <source>Cut</source>
        <translation>Potong</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="221"/>
        <source>Paste rows</source>
        <translation>Tempel baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="254"/>
        <source>Set weeks</source>
        <translation>Atur minggu</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="264"/>
        <source>(no text)</source>
        <translation>(tanpa teks)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="273"/>
        <source>
… and {0} more</source>
        <translation>
… dan {0} lagi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="275"/>
        <source>Change schedule</source>
        <translation>Ubah jadwal</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="276"/>
        <source>Some schedule detail cannot be kept:

{0}{1}

Change anyway? (Undo brings the detail back.)</source>
        <translation>Sebagian rincian jadwal tidak bisa dipertahankan:

{0}{1}

Tetap ubah? (Urungkan mengembalikan rinciannya.)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_actions.py" line="307"/>
        <location filename="../../rakdesk/ui/plan_actions.py" line="314"/>
        <source>Edit plan properties</source>
        <translation>Ubah properti rencana</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="361"/>
        <source>Monthly (B1..B12)</source>
        <translation>Bulanan (B1..B12)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="362"/>
        <source>Quarterly (T1..T4)</source>
        <translation>Triwulan (T1..T4)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="363"/>
        <source>Office, then position (SEKRETARIS,)</source>
        <translation>Kantor, lalu jabatan (SEKRETARIS,)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="365"/>
        <source>Position with office (KETUA KOMISI ...)</source>
        <translation>Jabatan dengan kantor (KETUA KOMISI ...)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="369"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="370"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Plan properties</source>
        <translation>Properti rencana</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Signatory</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Date of signing</source>
        <translation>Tanggal penandatanganan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Month and year only</source>
        <translation>Hanya bulan dan tahun</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>In capitals</source>
        <translation>Huruf kapital</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Office lines</source>
        <translation>Baris kantor</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Signature layout</source>
        <translation>Susunan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Cover page</source>
        <translation>Halaman sampul</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>NO column</source>
        <translation>Kolom NO</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Months as 1..12</source>
        <translation>Bulan sebagai 1..12</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Tick</source>
        <translation>Tanda centang</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Column numbers</source>
        <translation>Nomor kolom</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Year label</source>
        <translation>Label tahun</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Sasaran header</source>
        <translation>Judul kolom sasaran</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Indikator header</source>
        <translation>Judul kolom indikator</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Tugas (IKU)</source>
        <translation>Tugas (IKU)</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="5"/>
        <source>Fungsi (IKU, one per line)</source>
        <translation>Fungsi (IKU, satu per baris)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="375"/>
        <source>Empty: nothing is printed above the position</source>
        <translation>Kosong: tidak ada yang dicetak di atas jabatan</translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="4"/>
        <source>Add official...</source>
        <translation>Tambah pejabat...</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../rakdesk/ui/preview.py" line="195"/>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="55"/>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="55"/>
        <source>Indikator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="56"/>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="56"/>
        <source>Sumber data</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="57"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="68"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="74"/>
        <source>Other pelaksana, separated by ;</source>
        <translation>Pelaksana lain, dipisah dengan ;</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="81"/>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="76"/>
        <source>Make them sub-units</source>
        <translation>Jadikan sub-unit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="78"/>
        <source>Add the pelaksana typed by hand to the satker&apos;s sub-units, so they can be ticked and completed</source>
        <translation>Tambahkan pelaksana yang diketik ke sub-unit satker, agar bisa dicentang dan dilengkapi otomatis</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/properties.py" line="189"/>
        <source>Add sub-units</source>
        <translation>Tambah sub-unit</translation>
    </message>
</context>
<context>
    <name>ReportFinal</name>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="65"/>
        <source>Start the next revision</source>
        <translation>Mulai revisi berikutnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="78"/>
        <source>{0} is final (revision {1}, {2}): the realisasi it shows can no longer be changed.</source>
        <translation>{0} sudah final (revisi ke-{1}, {2}): realisasi yang dimuatnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="98"/>
        <location filename="../../rakdesk/ui/report_final.py" line="128"/>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="106"/>
        <location filename="../../rakdesk/ui/report_final.py" line="170"/>
        <source>Finalise the triwulan&apos;s Laporan Monitoring...</source>
        <translation>Finalkan Laporan Monitoring triwulan ini...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="108"/>
        <location filename="../../rakdesk/ui/report_final.py" line="173"/>
        <source>Finalise the Pengukuran Kinerja...</source>
        <translation>Finalkan Pengukuran Kinerja...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="125"/>
        <source>{0} is already final.</source>
        <translation>{0} sudah final.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="129"/>
        <source>Finalise {0} as revision {1}? Its realisasi can then no longer be changed until its next revision is started.</source>
        <translation>Finalkan {0} sebagai revisi ke-{1}? Setelah itu realisasinya tidak dapat diubah sampai revisi berikutnya dimulai.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="147"/>
        <source>{0} is final (revision {1}). Document code: {2}</source>
        <translation>{0} final (revisi ke-{1}). Kode dokumen: {2}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/report_final.py" line="158"/>
        <source>Start revision {0} of {1}</source>
        <translation>Mulai revisi ke-{0} {1}</translation>
    </message>
</context>
<context>
    <name>RevisionWorkflows</name>
    <message>
        <location filename="../../rakdesk/ui/revision_workflows.py" line="40"/>
        <source>Finalised</source>
        <translation>Difinalkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_workflows.py" line="41"/>
        <source>Revision {0} is final. Document code: {1}</source>
        <translation>Revisi ke-{0} sudah final. Kode dokumen: {1}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_workflows.py" line="57"/>
        <source>Start revision {0}</source>
        <translation>Mulai revisi ke-{0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_workflows.py" line="69"/>
        <source>This plan is final; press &quot;Start the next revision&quot; above the grid to change it.</source>
        <translation>Rencana ini final; tekan &quot;Mulai revisi berikutnya&quot; di atas tabel untuk mengubahnya.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="55"/>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="55"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="55"/>
        <source>Finalised</source>
        <translation>Difinalkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="56"/>
        <source>Digitally signed by</source>
        <translation>Ditandatangani digital oleh</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="70"/>
        <source>Reason for the change: {0}</source>
        <translation>Alasan perubahan: {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="88"/>
        <source>Revision {0} — {1}</source>
        <translation>Revisi ke-{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="97"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../forms/revisions_dialog.ui" line="4"/>
        <source>Revisions</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message>
        <location filename="../../forms/revisions_dialog.ui" line="4"/>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <location filename="../../forms/revisions_dialog.ui" line="4"/>
        <source>Save PDF...</source>
        <translation>Simpan PDF...</translation>
    </message>
    <message>
        <location filename="../../forms/revisions_dialog.ui" line="4"/>
        <source>Print...</source>
        <translation>Cetak...</translation>
    </message>
</context>
<context>
    <name>SatkerDialog</name>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="104"/>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Satker</source>
        <translation>Satker</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Name (as printed)</source>
        <translation>Nama (seperti dicetak)</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Body</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Parent office</source>
        <translation>Kantor induk</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="4"/>
        <source>Office heading</source>
        <translation>Kepala kantor (baris judul)</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>City (signing place)</source>
        <translation>Kota (tempat tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../forms/satker_dialog.ui" line="5"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="84"/>
        <source>Empty: nothing is printed above the position</source>
        <translation>Kosong: tidak ada yang dicetak di atas jabatan</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="38"/>
        <source>Staff register — {0}</source>
        <translation>Daftar pegawai — {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="42"/>
        <source>Everyone who signs or sits in a team. A correction here changes every draft; final revisions keep what they printed.</source>
        <translation>Semua yang menandatangani atau duduk dalam tim. Perbaikan di sini mengubah semua draf; revisi final tetap seperti yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="46"/>
        <source>Name (with degree)</source>
        <translation>Nama (dengan gelar)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="47"/>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="48"/>
        <source>Rank (pangkat/golongan)</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="55"/>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="114"/>
        <source>Add person</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="57"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="110"/>
        <source>Edit staff register</source>
        <translation>Ubah daftar pegawai</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="129"/>
        <source>{0} sits in {1} team place(s); remove them from the teams first.</source>
        <translation>{0} tercatat di {1} tempat dalam tim; keluarkan dulu dari tim.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/staff_dialog.py" line="132"/>
        <source>Remove person</source>
        <translation>Hapus pegawai</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../rakdesk/ui/start_screen.py" line="47"/>
        <source>Performance plans: RAK, IKU, Perjanjian Kinerja, Keputusan</source>
        <translation>Rencana kinerja: RAK, IKU, Perjanjian Kinerja, Keputusan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/start_screen.py" line="52"/>
        <source>Version {0}</source>
        <translation>Versi {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/start_screen.py" line="91"/>
        <source>Opening your workspace…</source>
        <translation>Membuka ruang kerja Anda…</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/start_screen.py" line="94"/>
        <source>Opening {0}…</source>
        <translation>Membuka {0}…</translation>
    </message>
</context>
<context>
    <name>SubUnitsDialog</name>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Sub-units</source>
        <translation>Subunit</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>The sub-units that carry out kegiatan (the Pelaksana choices).</source>
        <translation>Subunit yang melaksanakan kegiatan (pilihan Pelaksana).</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Two spellings of one sub-unit? Select both (Ctrl+click) and merge them: every kegiatan then names the one under the cursor.</source>
        <translation>Satu sub-unit ditulis dua cara? Pilih keduanya (Ctrl+klik) lalu gabungkan: setiap kegiatan lalu menyebut yang di bawah kursor.</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Select similar</source>
        <translation>Pilih yang mirip</translation>
    </message>
    <message>
        <location filename="../../forms/subunits_dialog.ui" line="4"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="210"/>
        <source>No two sub-units have nearly the same name.</source>
        <translation>Tidak ada dua sub-unit yang namanya hampir sama.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="123"/>
        <source>PDF to check</source>
        <translation>PDF yang diperiksa</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="136"/>
        <source>No revision with that code in this workspace.</source>
        <translation>Tidak ada revisi dengan kode itu di ruang kerja ini.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/revision_dialogs.py" line="139"/>
        <source>Found: {0} {1} {2}, revision {3}, finalised {4}.</source>
        <translation>Ditemukan: {0} {1} {2}, revisi ke-{3}, difinalkan {4}.</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>Check a document</source>
        <translation>Periksa dokumen</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>Check whether a printed or sent PDF is exactly a finalised revision stored in this workspace, or find a revision by the code printed in its footer.</source>
        <translation>Periksa apakah PDF yang dicetak atau dikirim sama persis dengan revisi final yang tersimpan di ruang kerja ini, atau cari revisi dengan kode di kaki halamannya.</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>Check a PDF file...</source>
        <translation>Periksa berkas PDF...</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>Document code or scanned QR</source>
        <translation>Kode dokumen atau hasil pindai QR</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../forms/verify_dialog.ui" line="4"/>
        <source>View the stored revision</source>
        <translation>Lihat revisi yang tersimpan</translation>
    </message>
</context>
<context>
    <name>WeeksDialog</name>
    <message>
        <location filename="../../forms/weeks_dialog.ui" line="4"/>
        <source>Schedule cell</source>
        <translation>Sel jadwal</translation>
    </message>
    <message>
        <location filename="../../forms/weeks_dialog.ui" line="4"/>
        <source>Ticked</source>
        <translation>Dicentang</translation>
    </message>
    <message>
        <location filename="../../forms/weeks_dialog.ui" line="4"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="52"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="53"/>
        <source>&amp;New workspace...</source>
        <translation>Ruang kerja &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="54"/>
        <source>&amp;Open...</source>
        <translation>&amp;Buka...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="55"/>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="56"/>
        <source>Save a &amp;copy as...</source>
        <translation>Simpan &amp;salinan sebagai...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="58"/>
        <source>Restore a &amp;backup...</source>
        <translation>Pulihkan &amp;cadangan...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="60"/>
        <source>&amp;Merge from another file...</source>
        <translation>&amp;Gabungkan dari berkas lain...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="62"/>
        <source>Bring in the plans of a sub-unit&apos;s or another office&apos;s copy</source>
        <translation>Bawa masuk rencana dari salinan sub-unit atau kantor lain</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="65"/>
        <source>Print pre&amp;view</source>
        <translation>&amp;Pratinjau cetak</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="67"/>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="68"/>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Ekspor PDF...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="69"/>
        <source>A final plan: its stored revision, as printed</source>
        <translation>Rencana final: revisinya yang tersimpan, persis seperti dicetak</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="70"/>
        <source>Export a &amp;draft PDF...</source>
        <translation>Ekspor PDF &amp;draf...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="72"/>
        <source>A fresh rendering of the plan as it is now, without document code</source>
        <translation>Cetakan baru rencana seperti sekarang, tanpa kode dokumen</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="74"/>
        <source>Chec&amp;k a document...</source>
        <translation>&amp;Periksa dokumen...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="76"/>
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Impor dari Excel...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="78"/>
        <source>Export to E&amp;xcel...</source>
        <translation>Ekspor ke E&amp;xcel...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="93"/>
        <source>Cu&amp;t rows</source>
        <translation>&amp;Potong baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="94"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Salin baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="95"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="96"/>
        <source>C&amp;lear cells</source>
        <translation>&amp;Kosongkan sel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="100"/>
        <source>&amp;Tick or clear</source>
        <translation>&amp;Centang atau hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="104"/>
        <source>Minggu ke / &amp;note...</source>
        <translation>Minggu ke / &amp;catatan...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="107"/>
        <location filename="../../rakdesk/ui/window_actions.py" line="258"/>
        <source>Insert &amp;kegiatan</source>
        <translation>Sisipkan &amp;kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="110"/>
        <source>Insert &amp;indikator</source>
        <translation>Sisipkan &amp;indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="112"/>
        <source>Insert &amp;sasaran</source>
        <translation>Sisipkan &amp;sasaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="114"/>
        <source>&amp;Delete row</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="115"/>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="117"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="120"/>
        <source>&amp;Plan</source>
        <translation>&amp;Rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="121"/>
        <source>&amp;New plan...</source>
        <translation>Rencana &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="122"/>
        <source>Plan &amp;properties...</source>
        <translation>&amp;Properti rencana...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="124"/>
        <source>Schedule by &amp;quarter (T1..T4)</source>
        <translation>Jadwal per &amp;triwulan (T1..T4)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="126"/>
        <source>Copy to &amp;next year</source>
        <translation>Salin ke tahun &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="128"/>
        <source>Make R&amp;AK from PK</source>
        <translation>Buat R&amp;AK dari PK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="129"/>
        <source>Make P&amp;K from RAK</source>
        <translation>Buat P&amp;K dari RAK</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="130"/>
        <source>RAK and PK &amp;differences...</source>
        <translation>&amp;Perbedaan RAK dan PK...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="133"/>
        <source>&amp;Finalise...</source>
        <translation>&amp;Finalkan...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="134"/>
        <source>Start the next re&amp;vision</source>
        <translation>Mulai re&amp;visi berikutnya</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="136"/>
        <source>Re&amp;visions...</source>
        <translation>Riwayat re&amp;visi...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="138"/>
        <source>&amp;Rename...</source>
        <translation>&amp;Ganti nama...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="140"/>
        <source>&amp;Delete plan or satker...</source>
        <translation>&amp;Hapus rencana atau satker...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="143"/>
        <source>&amp;Satker</source>
        <translation>&amp;Satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="144"/>
        <source>&amp;New satker...</source>
        <translation>Satker &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="145"/>
        <source>&amp;Edit satker...</source>
        <translation>&amp;Ubah satker...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="146"/>
        <source>&amp;Sub-units (pelaksana)...</source>
        <translation>&amp;Subunit (pelaksana)...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="148"/>
        <source>&amp;Officials...</source>
        <translation>&amp;Pejabat...</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="152"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="153"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="162"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="163"/>
        <source>&amp;About rakdesk</source>
        <translation>&amp;Tentang rakdesk</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="165"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="170"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="171"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="222"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Urungkan {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="226"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Ulangi {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="243"/>
        <source>This plan is final ({0}); start the next revision to change it.</source>
        <translation>Rencana ini final ({0}); mulai revisi berikutnya untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/window_actions.py" line="258"/>
        <source>Insert &amp;row</source>
        <translation>Sisipkan &amp;baris</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../rakdesk/ui/document.py" line="59"/>
        <location filename="../../rakdesk/ui/document.py" line="68"/>
        <location filename="../../rakdesk/ui/document.py" line="119"/>
        <source>This file is open read-only; changes are not saved.</source>
        <translation>Berkas ini dibuka hanya-baca; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/document.py" line="86"/>
        <location filename="../../rakdesk/ui/document.py" line="124"/>
        <source>The change could not be saved: {0}</source>
        <translation>Perubahan tidak bisa disimpan: {0}</translation>
    </message>
</context>
<context>
    <name>WorkspaceTree</name>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="178"/>
        <source>Add satker</source>
        <translation>Tambah satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="189"/>
        <source>Edit satker</source>
        <translation>Ubah satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="203"/>
        <source>Edit sub-units</source>
        <translation>Ubah subunit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="210"/>
        <source>Remove sub-units</source>
        <translation>Hapus subunit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="214"/>
        <source>Add sub-unit</source>
        <translation>Tambah subunit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="221"/>
        <source>Rename sub-unit</source>
        <translation>Ganti nama subunit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="235"/>
        <source>Edit officials</source>
        <translation>Ubah pejabat</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="237"/>
        <source>Remove officials</source>
        <translation>Hapus pejabat</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="244"/>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="342"/>
        <source>Add official</source>
        <translation>Tambah pejabat</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="247"/>
        <source>Edit official</source>
        <translation>Ubah pejabat</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="255"/>
        <source>Delete the plan {0} {1} of {2}? (Undo brings it back.)</source>
        <translation>Hapus rencana {0} {1} milik {2}? (Urungkan mengembalikannya.)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="257"/>
        <source>Delete plan</source>
        <translation>Hapus rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="259"/>
        <source>Delete the satker {0} with all its {1} plans? (Undo brings it back.)</source>
        <translation>Hapus satker {0} beserta {1} rencananya? (Urungkan mengembalikannya.)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="261"/>
        <source>Delete satker</source>
        <translation>Hapus satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="264"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="272"/>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="276"/>
        <source>Rename plan</source>
        <translation>Ganti nama rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="273"/>
        <source>Title printed on the plan:</source>
        <translation>Judul yang dicetak pada rencana:</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="281"/>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="284"/>
        <source>Rename satker</source>
        <translation>Ganti nama satker</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="281"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="292"/>
        <source>Add or choose a satker first.</source>
        <translation>Tambah atau pilih satker dulu.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="307"/>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="312"/>
        <source>Add plan</source>
        <translation>Tambah rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="325"/>
        <source>Copy plan to next year</source>
        <translation>Salin rencana ke tahun berikutnya</translation>
    </message>
</context>
<context>
    <name>WorkspaceTreeModel</name>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="38"/>
        <source>Satker / plan</source>
        <translation>Satker / rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="38"/>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="59"/>
        <source>PK Perubahan</source>
        <translation>PK Perubahan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="63"/>
        <source>(monthly)</source>
        <translation>(bulanan)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="64"/>
        <source>(quarterly)</source>
        <translation>(triwulan)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="82"/>
        <source>{0} sasaran, {1} indikator</source>
        <translation>{0} sasaran, {1} indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="83"/>
        <source>{0} sasaran, {1} indikator, {2} kegiatan</source>
        <translation>{0} sasaran, {1} indikator, {2} kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="61"/>
        <source>SK (decree)</source>
        <translation>SK (keputusan)</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/workspace_tree.py" line="79"/>
        <source>{0} teams, {1} members</source>
        <translation>{0} tim, {1} anggota</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rakdesk/ui/opening.py" line="39"/>
        <source>{0} is already open in another rakdesk window; it opens read-only here.</source>
        <translation>{0} sedang dibuka di jendela rakdesk lain; di sini dibuka hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/opening.py" line="64"/>
        <source>{0} does not exist. Create a new empty workspace there?</source>
        <translation>{0} belum ada. Buat ruang kerja baru yang kosong di sana?</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="66"/>
        <source>Edit {0}</source>
        <translation>Ubah {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="102"/>
        <source>Edit pelaksana</source>
        <translation>Ubah pelaksana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="168"/>
        <source>Move {0}</source>
        <translation>Pindahkan {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="184"/>
        <source>Change schedule to {0}</source>
        <translation>Ubah jadwal menjadi {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="185"/>
        <source>quarters</source>
        <translation>triwulan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="187"/>
        <source>months</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="274"/>
        <source>sasaran</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="275"/>
        <source>indikator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="276"/>
        <source>kegiatan</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="277"/>
        <source>plan</source>
        <translation>rencana</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="285"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="286"/>
        <source>keterangan</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="287"/>
        <source>sumber data</source>
        <translation>sumber data</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/grid_view.py" line="470"/>
        <source>Clear ticks</source>
        <translation>Hapus centang</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/grid_view.py" line="475"/>
        <location filename="../../rakdesk/ui/grid_view.py" line="577"/>
        <source>Tick</source>
        <translation>Centang</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/grid_view.py" line="492"/>
        <location filename="../../rakdesk/ui/grid_view.py" line="493"/>
        <source>Clear cells</source>
        <translation>Kosongkan sel</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/grid_view.py" line="575"/>
        <source>Clear tick</source>
        <translation>Hapus centang</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_model.py" line="468"/>
        <source>Add indikator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/plan_model.py" line="480"/>
        <source>Add kegiatan</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/commands.py" line="224"/>
        <source>Merge sub-units</source>
        <translation>Gabungkan sub-unit</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_commands.py" line="22"/>
        <source>Edit target TW {0}</source>
        <translation>Ubah target TW {0}</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_commands.py" line="45"/>
        <source>Edit budget amount</source>
        <translation>Ubah jumlah anggaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_commands.py" line="47"/>
        <source>Edit budget program</source>
        <translation>Ubah program anggaran</translation>
    </message>
    <message>
        <location filename="../../rakdesk/ui/pk_commands.py" line="46"/>
        <source>Edit realisasi anggaran</source>
        <translation>Ubah realisasi anggaran</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../rakdesk/ui/dialogs.py" line="41"/>
        <source>That file is not an image rakdesk can use (PNG or JPEG, at most 5 MB).</source>
        <translation>Berkas itu bukan gambar yang bisa dipakai rakdesk (PNG atau JPEG, paling besar 5 MB).</translation>
    </message>
</context>
</TS>
