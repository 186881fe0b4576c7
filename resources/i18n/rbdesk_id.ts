<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AbolishDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="675"/>
        <source>Abolish units</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="676"/>
        <source>Abolish {names}.</source>
        <translation>Hapus {names}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="679"/>
        <source>Abolish the units under them too</source>
        <translation>Hapus juga unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="681"/>
        <source>Move the units under them to:</source>
        <translation>Pindahkan unit di bawahnya ke:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="703"/>
        <source>Positions that go:</source>
        <translation>Jabatan yang hilang:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="727"/>
        <source>{title} ({unit}): {existing} existing, {needed} needed</source>
        <translation>{title} ({unit}): {existing} ada, {needed} kebutuhan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="732"/>
        <source>No position goes.</source>
        <translation>Tidak ada jabatan yang hilang.</translation>
    </message>
</context>
<context>
    <name>AddIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="412"/>
        <source>Add IKU “{name}”</source>
        <translation>Tambah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>AddPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="339"/>
        <source>Add position “{title}”</source>
        <translation>Tambah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>AddUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="156"/>
        <source>Add “{name}”</source>
        <extracomment>``QUndoCommand.id()`` of the commands that merge. Numbers the commands in the order they were made, across all stacks. scenario a proposal derives from, the document&apos;s ``edit_guard`` is asked first. The command changes the plan rather than one scenario (a scenario created, renamed or deleted, the plan&apos;s details): it goes on the plan&apos;s own stack. When it was made, relative to every other command (``rbdesk.ui.history``).</extracomment>
        <translation>Tambah “{name}”</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="89"/>
        <source>Regional work unit (OPD)</source>
        <extracomment>Space around the legend in the chart view&apos;s strip, in pixels.</extracomment>
        <translation>Perangkat daerah (OPD)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="90"/>
        <source>Structural unit</source>
        <translation>Unit struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="91"/>
        <source>Functional group or non-structural unit</source>
        <translation>Kelompok fungsional atau unit nonstruktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="92"/>
        <source>Edge: an error concerns it</source>
        <translation>Tepi: ada galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="93"/>
        <source>Edge: a warning concerns it</source>
        <translation>Tepi: ada peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="94"/>
        <source>Edge: a note concerns it</source>
        <translation>Tepi: ada catatan (info)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="95"/>
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="96"/>
        <source>Reports to</source>
        <translation>Garis atasan–bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="97"/>
        <source>Coordination link</source>
        <translation>Hubungan koordinasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="98"/>
        <source>Staff: in post / needed (the unit&apos;s own)</source>
        <translation>Pegawai: ada / kebutuhan (unit itu sendiri)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="99"/>
        <source>Σ: staff of the unit and all below it</source>
        <translation>Σ: pegawai unit itu beserta seluruh unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="100"/>
        <source>Units below a closed box (double-click opens it)</source>
        <translation>Unit di bawah kotak tertutup (klik ganda untuk membuka)</translation>
    </message>
</context>
<context>
    <name>ChartPicture</name>
    <message>
        <location filename="../../rbdesk/ui/chart_picture.py" line="150"/>
        <source>Export the chart as a picture</source>
        <extracomment>Formats by extension. A PNG is drawn at twice the chart&apos;s size (sharp on a projector), but no side longer than this many pixels.</extracomment>
        <translation>Ekspor bagan sebagai gambar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart_picture.py" line="152"/>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Gambar (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart_picture.py" line="162"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart_picture.py" line="166"/>
        <source>Chart exported: {path}</source>
        <translation>Bagan diekspor: {path}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="339"/>
        <source>{count} changes inside</source>
        <extracomment>The compact layout (View → Compact layout, on unless turned off): leaves stacked under their parent, wide rows wrapped; at OPD level it draws as the tidy one. Coordination links between two shown boxes, as (from, to) border points.</extracomment>
        <translation>{count} perubahan di dalam</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="387"/>
        <source>type {code}</source>
        <translation>tipe {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="394"/>
        <source>staff {existing}/{needed}</source>
        <translation>pegawai {existing}/{needed}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="1168"/>
        <source>Cannot move: {reason}</source>
        <extracomment>What a layout made on a thread comes with: its grids, its connectors&apos; path, its boxes&apos; rectangles and, for the findings, marks and selection it was made with, its far-out boxes by colour. What the chart draws changed (a new layout, findings, marks): for its overview. A plan opens at OPD level: the region&apos;s OPDs, each collapsed with a count. The compact layout (``COMPACT_OPTIONS``) rather than the tidy one. Pixels the chart may scroll past its bottom right corner (``keep_corner``).</extracomment>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="326"/>
        <source>“{name}” is not a proposal: it derives from no other scenario, so there is nothing to compare it with. Choose a proposal in the scenario list, or create one with Analysis → New proposal…</source>
        <translation>“{name}” bukan usulan: skenario ini tidak diturunkan dari skenario lain, sehingga tidak ada yang dapat dibandingkan. Pilih usulan di daftar skenario, atau buat usulan dengan Analisis → Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="342"/>
        <source>Checking “{name}”, the scenario this proposal derives from…</source>
        <translation>Memeriksa “{name}”, skenario asal usulan ini…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="425"/>
        <source>The scenario this proposal derives from cannot be read: {error}</source>
        <translation>Skenario asal usulan ini tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="531"/>
        <source>Before: {name}</source>
        <translation>Sebelum: {name}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="532"/>
        <source>After: {name}</source>
        <translation>Sesudah: {name}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="535"/>
        <source>Findings resolved ({count})</source>
        <translation>Temuan yang terselesaikan ({count})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="539"/>
        <source>Findings introduced ({count})</source>
        <translation>Temuan baru pada usulan ({count})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="565"/>
        <source>Measures before and after</source>
        <translation>Ukuran sebelum dan sesudah</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="823"/>
        <source>Convert to a functional group</source>
        <translation>Alihkan ke jabatan fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="824"/>
        <source>{names} become one functional group; the eselon is cleared and each structural head takes a functional post.</source>
        <translation>{names} menjadi satu kelompok jabatan fungsional; eselonnya dihapus dan setiap pejabat struktural menduduki jabatan fungsional.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="834"/>
        <source>Name of the group:</source>
        <translation>Nama kelompok:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="835"/>
        <source>Functional post of the heads:</source>
        <translation>Jabatan fungsional para kepala:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="837"/>
        <source>Posts that change:</source>
        <translation>Jabatan yang berubah:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="862"/>
        <source>No structural post in these units.</source>
        <translation>Unit ini tidak memiliki jabatan struktural.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="648"/>
        <source>Form a unit</source>
        <translation>Bentuk unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="651"/>
        <source>A new unit under “{name}”.</source>
        <translation>Unit baru di bawah “{name}”.</translation>
    </message>
</context>
<context>
    <name>CreateProposalCommand</name>
    <message>
        <location filename="../../rbdesk/ui/scenario_commands.py" line="34"/>
        <source>New proposal “{name}”</source>
        <translation>Usulan baru “{name}”</translation>
    </message>
</context>
<context>
    <name>DeleteIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="459"/>
        <source>Delete IKU</source>
        <translation>Hapus IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="466"/>
        <source>Delete IKU “{name}”</source>
        <translation>Hapus IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>DeletePositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="387"/>
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="395"/>
        <source>Delete position “{title}”</source>
        <translation>Hapus jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>DeleteScenarioCommand</name>
    <message>
        <location filename="../../rbdesk/ui/scenario_commands.py" line="88"/>
        <source>Delete scenario “{name}”</source>
        <translation>Hapus skenario “{name}”</translation>
    </message>
</context>
<context>
    <name>DeleteUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="291"/>
        <source>Delete “{name}”</source>
        <translation>Hapus “{name}”</translation>
    </message>
</context>
<context>
    <name>EditIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="440"/>
        <source>Edit IKU “{name}”</source>
        <translation>Ubah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>EditPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="367"/>
        <source>Edit position “{title}”</source>
        <translation>Ubah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>EditUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="229"/>
        <source>Edit “{name}”</source>
        <translation>Ubah “{name}”</translation>
    </message>
</context>
<context>
    <name>EditingKeys</name>
    <message>
        <location filename="../../rbdesk/ui/editkeys.py" line="63"/>
        <source>Delete units</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/editkeys.py" line="64"/>
        <source>Delete {n} units ({names}) and the {below} units below them? Undo brings them back.</source>
        <translation>Hapus {n} unit ({names}) beserta {below} unit di bawahnya? Batalkan mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/editkeys.py" line="69"/>
        <source>Delete {n} units</source>
        <translation>Hapus {n} unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/editkeys.py" line="77"/>
        <source>Delete the chosen units</source>
        <translation>Hapus unit yang dipilih</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="85"/>
        <location filename="../../rbdesk/ui/export.py" line="181"/>
        <source>Export PDF</source>
        <extracomment>Exit status of ``rbdesk report`` stopped through its cancel file (``rbdesk.cli``). charts of the region and the OPDs the proposal changes only one OPD&apos;s charts and units: its number in the scenario the report charts the chart pages alone ``pengesahan`` (the clean document officials sign) or ``kerja`` (the working copy)</extracomment>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="92"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="100"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="100"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="101"/>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="118"/>
        <source>Only the work units the proposal changes</source>
        <translation>Hanya perangkat daerah yang diubah usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="127"/>
        <source>Chart pages only</source>
        <translation>Hanya halaman bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="131"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="132"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="135"/>
        <source>Approval edition (to be signed)</source>
        <translation>Naskah pengesahan (untuk ditandatangani)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="136"/>
        <source>Working edition (changes and notes marked)</source>
        <translation>Naskah kerja (perubahan dan catatan ditandai)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="137"/>
        <source>Edition</source>
        <translation>Naskah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="138"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="139"/>
        <source>Current structure</source>
        <translation>Struktur saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="140"/>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="141"/>
        <source>Charts</source>
        <translation>Bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="142"/>
        <source>Work unit</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="155"/>
        <source>(none: the current structure and its findings)</source>
        <translation>(tidak ada: struktur saat ini dan temuannya)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="167"/>
        <source>All work units</source>
        <translation>Semua perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="181"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="189"/>
        <source>Name the PDF file to write.</source>
        <translation>Sebutkan nama berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="192"/>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Folder &apos;{folder}&apos; tidak ada.</translation>
    </message>
</context>
<context>
    <name>ExportTablesDialog</name>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="31"/>
        <source>Units (every field)</source>
        <translation>Unit kerja (semua isian)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="32"/>
        <source>Positions (peta jabatan)</source>
        <translation>Peta jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="33"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="34"/>
        <source>Before and after, and the change sheet</source>
        <translation>Sebelum dan sesudah, serta daftar perubahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="35"/>
        <source>Restructuring steps</source>
        <translation>Langkah penataan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="36"/>
        <source>Pemetaan urusan</source>
        <translation>Pemetaan urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="37"/>
        <source>Every table (XLSX)</source>
        <translation>Semua tabel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="40"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="41"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="42"/>
        <source>GraphML for yEd and Gephi (.graphml)</source>
        <translation>GraphML untuk yEd dan Gephi (.graphml)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="43"/>
        <source>The whole plan, lossless (.json)</source>
        <translation>Seluruh rencana, tanpa kehilangan data (.json)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="53"/>
        <source>Export tables</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="67"/>
        <source>The scenario shown ({name}) only</source>
        <translation>Hanya skenario yang ditampilkan ({name})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="73"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="78"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="79"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="81"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="98"/>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="113"/>
        <source>The file must end in {suffix}.</source>
        <translation>Nama berkas harus berakhiran {suffix}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="117"/>
        <source>A CSV file holds one table: choose one, or Excel.</source>
        <translation>Berkas CSV memuat satu tabel: pilih satu, atau Excel.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="119"/>
        <source>{path} exists: choose another file.</source>
        <translation>{path} sudah ada: pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="121"/>
        <source>The folder {path} does not exist.</source>
        <translation>Folder {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="145"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="162"/>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export_tables.py" line="168"/>
        <source>The export could not be started.</source>
        <translation>Ekspor tidak dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>FindingsWork</name>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="168"/>
        <source>Choose a finding to see the suggested fix.</source>
        <extracomment>From this width of the findings panel on, the chosen finding is shown beside the table.</extracomment>
        <translation>Pilih temuan untuk melihat saran perbaikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="175"/>
        <source>Suggested fix: {fix}</source>
        <translation>Saran perbaikan: {fix}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="178"/>
        <source>Basis: {basis}</source>
        <translation>Dasar: {basis}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="180"/>
        <source>Exempted: {reason}</source>
        <translation>Dikecualikan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="182"/>
        <location filename="../../rbdesk/ui/findings_work.py" line="282"/>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="226"/>
        <location filename="../../rbdesk/ui/findings_work.py" line="241"/>
        <source>The finding was not changed</source>
        <translation>Temuan tidak diubah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="235"/>
        <source>Exempt a finding</source>
        <translation>Kecualikan temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="236"/>
        <source>Why does this finding not apply to the region? (printed in the report)</source>
        <translation>Mengapa temuan ini tidak berlaku bagi daerah ini? (dicetak dalam laporan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="242"/>
        <source>An exemption needs its reason.</source>
        <translation>Pengecualian memerlukan alasannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="262"/>
        <source>{errors} errors, {warnings} warnings, {total} findings</source>
        <translation>{errors} galat, {warnings} peringatan, {total} temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="266"/>
        <source> ({n} exempted)</source>
        <translation> ({n} dikecualikan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="270"/>
        <source>Search findings…</source>
        <translation>Cari temuan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="271"/>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="272"/>
        <source>Known and answered: the finding stays counted</source>
        <translation>Sudah diketahui dan ditangani: temuan tetap dihitung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="273"/>
        <source>Exempt…</source>
        <translation>Kecualikan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="274"/>
        <source>Does not apply here, for a reason the report prints</source>
        <translation>Tidak berlaku di sini, dengan alasan yang dicetak dalam laporan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="275"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="280"/>
        <source>Open and accepted</source>
        <translation>Terbuka dan diterima</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="281"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="283"/>
        <source>Exempted</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="284"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="82"/>
        <source>OK</source>
        <extracomment>Item data marking an urusan the unit already holds. Tries a change; returns the reason it was refused, or ``None`` when it was made.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="83"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>GeoFactor</name>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="25"/>
        <source>a. Province or regency in Java or Bali</source>
        <translation>a. Provinsi dan kabupaten di Jawa dan Bali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="26"/>
        <source>b. Province or regency in Sumatra, Kalimantan or Sulawesi; any city</source>
        <translation>b. Provinsi dan kabupaten di Sumatera, Kalimantan, dan Sulawesi serta kota di seluruh wilayah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="29"/>
        <source>c. Province or regency in Nusa Tenggara or Maluku</source>
        <translation>c. Provinsi dan kabupaten di Nusa Tenggara dan Maluku</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="30"/>
        <source>d. Province or regency in Papua</source>
        <translation>d. Provinsi dan kabupaten di Papua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="20"/>
        <location filename="../../rbdesk/ui/geo_factor.py" line="31"/>
        <source>e. Archipelagic region</source>
        <translation>e. Daerah berciri kepulauan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="16"/>
        <source>a. Java and Bali</source>
        <extracomment>What each category of Langkah 3 covers, by letter, in short (the box) and as the text lists them (its tooltip).</extracomment>
        <translation>a. Jawa dan Bali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="17"/>
        <source>b. Sumatra, Kalimantan, Sulawesi; cities</source>
        <translation>b. Sumatera, Kalimantan, Sulawesi; kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="18"/>
        <source>c. Nusa Tenggara and Maluku</source>
        <translation>c. Nusa Tenggara dan Maluku</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="19"/>
        <source>d. Papua</source>
        <translation>d. Papua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="21"/>
        <source>f. Land border of the state</source>
        <translation>f. Perbatasan darat negara</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="22"/>
        <source>g. Outermost islands at the border</source>
        <translation>g. Pulau-pulau terluar di perbatasan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="32"/>
        <source>f. Regency on the state&apos;s land border</source>
        <translation>f. Kabupaten/kota di Daerah perbatasan darat negara</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="33"/>
        <source>g. Outermost islands in a border region</source>
        <translation>g. Kabupaten/kota di pulau-pulau terluar di Daerah perbatasan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="42"/>
        <source>%1 (factor %2)</source>
        <translation>%1 (faktor %2)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="54"/>
        <source>Another factor</source>
        <translation>Faktor lain</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/geo_factor.py" line="62"/>
        <source>PP 18/2016 Lampiran V, step 3 (Pasal 107 ayat (2)); a region in two or more categories may take the largest factor (ayat (3)).</source>
        <translation>PP 18/2016 Lampiran V Langkah 3 (Pasal 107 ayat (2)); Daerah yang masuk dalam 2 (dua) klasifikasi atau lebih dapat memilih faktor kesulitan geografis terbesar (ayat (3)).</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../rbdesk/ui/history.py" line="99"/>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/history.py" line="99"/>
        <source>Undo {step}</source>
        <translation>Batalkan {step}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/history.py" line="100"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/history.py" line="100"/>
        <source>Redo {step}</source>
        <translation>Ulangi {step}</translation>
    </message>
</context>
<context>
    <name>IkuDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="504"/>
        <source>Key performance indicator (IKU)</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="515"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="516"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="517"/>
        <source>Unit of measure</source>
        <translation>Satuan ukur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="523"/>
        <source>An IKU needs an indicator; nothing was saved.</source>
        <translation>IKU harus memuat indikator; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="110"/>
        <location filename="../../rbdesk/ui/import_dialog.py" line="518"/>
        <source>Import a sheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="125"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="125"/>
        <source>Values</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="125"/>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="135"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="135"/>
        <location filename="../../rbdesk/ui/import_dialog.py" line="455"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="135"/>
        <location filename="../../rbdesk/ui/import_dialog.py" line="458"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="135"/>
        <location filename="../../rbdesk/ui/import_dialog.py" line="457"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="135"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="152"/>
        <source>Import into</source>
        <translation>Impor ke</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="154"/>
        <source>A new plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="156"/>
        <source>A new scenario of the open plan</source>
        <translation>Skenario baru pada rencana yang terbuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="172"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="173"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="174"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="176"/>
        <source>Scenario name</source>
        <translation>Nama skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="186"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="187"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="219"/>
        <source>{file}: a {format} sheet, {rows} rows; the header is row {header}.</source>
        <translation>{file}: lembar {format}, {rows} baris; baris kepala adalah baris {header}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="226"/>
        <source>The mapping chosen last time is applied.</source>
        <translation>Pemetaan kolom yang dipilih sebelumnya diterapkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="250"/>
        <source>(left out)</source>
        <translation>(diabaikan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="301"/>
        <source>Double-click to choose its kind</source>
        <translation>Klik dua kali untuk memilih jenisnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="350"/>
        <source>Inferred from the name: check it</source>
        <translation>Disimpulkan dari namanya: periksa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="371"/>
        <source>Kind of the unit</source>
        <translation>Jenis unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="435"/>
        <location filename="../../rbdesk/ui/import_dialog.py" line="491"/>
        <source>{path} exists: choose another file.</source>
        <translation>{path} sudah ada: pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="451"/>
        <source>Unit name</source>
        <extracomment>The fields&apos; names in the mapping boxes.</extracomment>
        <translation>Nama unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="452"/>
        <source>Parent (name)</source>
        <translation>Induk (nama)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="453"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="454"/>
        <source>Parent ID</source>
        <translation>ID induk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="456"/>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="459"/>
        <source>Organisation code</source>
        <translation>Kode organisasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="460"/>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="461"/>
        <source>Additional urusan</source>
        <translation>Urusan tambahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="462"/>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="463"/>
        <source>Needed</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="464"/>
        <source>Head&apos;s post</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="465"/>
        <source>Duties</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="466"/>
        <source>Functions</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="467"/>
        <source>Hospital kind</source>
        <translation>Jenis RS</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="468"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="469"/>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="470"/>
        <source>Workload score</source>
        <translation>Skor beban kerja</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="482"/>
        <source>Save the plan as</source>
        <translation>Simpan rencana sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="484"/>
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="489"/>
        <source>Cannot import the plan</source>
        <translation>Rencana tidak dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="519"/>
        <source>Sheets (*.xlsx *.csv *.txt *.json);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv *.txt *.json);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ImportScenarioCommand</name>
    <message>
        <location filename="../../rbdesk/ui/import_dialog.py" line="72"/>
        <source>Import scenario “{name}”</source>
        <extracomment>The sample values shown per column.</extracomment>
        <translation>Impor skenario “{name}”</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="120"/>
        <source>Only kinds the law allows under this unit&apos;s parent and over its children</source>
        <extracomment>The kind of a rumah sakit Daerah, which shows its jenis beside its kelas.</extracomment>
        <translation>Hanya jenis yang diperbolehkan hukum di bawah induk unit ini dan di atas unit bawahannya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="288"/>
        <source>Select a unit in the tree or the chart</source>
        <translation>Pilih unit pada pohon atau bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="339"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="339"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="345"/>
        <source>rumpun {id}</source>
        <translation>rumpun {id}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="354"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="355"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="356"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="385"/>
        <source>A unit needs a name; the change was not saved.</source>
        <translation>Unit harus bernama; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="535"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="535"/>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="535"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="325"/>
        <location filename="../../rbdesk/ui/inspector.py" line="536"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="325"/>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="536"/>
        <source>Hospital kind</source>
        <translation>Jenis rumah sakit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="537"/>
        <location filename="../../rbdesk/ui/inspector.py" line="555"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="538"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="538"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="539"/>
        <source>Tasks (tugas)</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="539"/>
        <source>Functions (fungsi)</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="540"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="541"/>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="541"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="542"/>
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="547"/>
        <source>Assign…</source>
        <translation>Tetapkan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="547"/>
        <source>Main/supporting</source>
        <translation>Utama/penunjang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="548"/>
        <location filename="../../rbdesk/ui/inspector.py" line="549"/>
        <location filename="../../rbdesk/ui/inspector.py" line="551"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="548"/>
        <location filename="../../rbdesk/ui/inspector.py" line="550"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="549"/>
        <location filename="../../rbdesk/ui/inspector.py" line="550"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="555"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="555"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="555"/>
        <source>Now</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="556"/>
        <source>Needed</source>
        <translation>Butuh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="558"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="558"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="558"/>
        <source>Measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="560"/>
        <source>general (umum)</source>
        <translation>umum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="561"/>
        <source>special (khusus)</source>
        <translation>khusus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="563"/>
        <source>A regional hospital is general (umum) or special (khusus); with its class it sets the eselon of its posts and its sub-units (PP 72/2019)</source>
        <translation>Rumah sakit daerah berjenis umum atau khusus; bersama kelasnya, jenis ini menentukan eselon jabatan dan sub-unitnya (PP 72/2019)</translation>
    </message>
</context>
<context>
    <name>KajianDialog</name>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="50"/>
        <source>Background</source>
        <extracomment>The chapter texts as the dialog names them.</extracomment>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="51"/>
        <source>Purpose and objectives</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="52"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="53"/>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="54"/>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="57"/>
        <source>Civil service management</source>
        <translation>Manajemen ASN</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="58"/>
        <source>Information technology</source>
        <translation>Teknologi informasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="59"/>
        <source>Work culture</source>
        <translation>Budaya kerja</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="60"/>
        <source>Public service</source>
        <translation>Pelayanan publik</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="63"/>
        <source>Pangkat and golongan of who prepares</source>
        <translation>Pangkat/golongan penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="64"/>
        <source>Pangkat and golongan of who checks</source>
        <translation>Pangkat/golongan pemeriksa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="65"/>
        <source>Pangkat and golongan of who approves</source>
        <translation>Pangkat/golongan yang menyetujui</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="119"/>
        <source>Kajian texts and details</source>
        <translation>Teks dan rincian kajian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="138"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="146"/>
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="147"/>
        <source>Document number</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="148"/>
        <source>Year of the proposal</source>
        <translation>Tahun usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="149"/>
        <source>Emblem</source>
        <translation>Lambang daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="154"/>
        <source>e.g. Pembina Utama Muda (IV/c)</source>
        <translation>mis. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="159"/>
        <source>The seat of government, e.g. Soreang</source>
        <translation>Ibu kota daerah, mis. Soreang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="160"/>
        <source>The year of printing</source>
        <translation>Tahun pencetakan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="161"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="174"/>
        <source>Start again from the generated draft</source>
        <translation>Mulai lagi dari draf otomatis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="185"/>
        <source>Chapter texts</source>
        <translation>Teks bab</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="191"/>
        <source>Other instruments of the legal basis, one per line, cited in full (e.g. the region&apos;s Perda on its work units). The laws the rules rest on are listed by rbdesk.</source>
        <translation>Peraturan perundang-undangan lain untuk Dasar Hukum, satu per baris, ditulis lengkap (misalnya Peraturan Daerah tentang Pembentukan dan Susunan Perangkat Daerah). Undang-undang dan peraturan pemerintah yang menjadi dasar pemeriksaan dicantumkan otomatis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="202"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="210"/>
        <source>rupiah per month; empty: not counted</source>
        <translation>rupiah per bulan; kosong: tidak dihitung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="212"/>
        <source>Allowance, eselon {level}</source>
        <translation>Tunjangan eselon {level}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="219"/>
        <source>before</source>
        <translation>sebelum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="220"/>
        <source>after</source>
        <translation>sesudah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="226"/>
        <source>Implications and reform</source>
        <translation>Implikasi dan reformasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="232"/>
        <source>For each key performance indicator (IKU) of the plan: its baseline, the year of the target, its definition and the source of its data, as the IKU annex prints them. The indicators and targets are edited with the units.</source>
        <translation>Untuk setiap indikator kinerja utama (IKU) dalam rencana: kondisi awal, tahun target, definisi, dan sumber datanya, sebagaimana dicetak pada lampiran IKU. Indikator dan targetnya diubah pada unit masing-masing.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="242"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="242"/>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="242"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="242"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="243"/>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="260"/>
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="269"/>
        <source>An image of {size} bytes</source>
        <translation>Gambar {size} bita</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="272"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="290"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="302"/>
        <source>Emblem of the region</source>
        <translation>Lambang daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="302"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LayoutChoice</name>
    <message>
        <location filename="../../rbdesk/ui/layout_choice.py" line="41"/>
        <source>Compact layout</source>
        <translation>Tata letak ringkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/layout_choice.py" line="44"/>
        <source>Stack the lowest units under their parent and wrap wide rows, so that an expanded chart reads on one screen</source>
        <translation>Susun unit terbawah di bawah induknya dan lipat baris yang lebar, agar bagan yang dibuka seluruhnya terbaca dalam satu layar</translation>
    </message>
</context>
<context>
    <name>LockControl</name>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="59"/>
        <source>Read-only: this plan file has {n} names (hard links); save a copy to edit it</source>
        <translation>Hanya baca: berkas rencana ini mempunyai {n} nama (tautan keras); simpan salinannya untuk menyuntingnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="61"/>
        <source>Read-only: another window or program has this plan open, or the file cannot be written</source>
        <translation>Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="64"/>
        <source>Read-only: open for editing on {host} (process {pid}, since {since})</source>
        <translation>Hanya-baca: sedang dibuka untuk disunting di {host} (proses {pid}, sejak {since})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="69"/>
        <source>Take over…</source>
        <translation>Ambil alih…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="78"/>
        <location filename="../../rbdesk/ui/takeover.py" line="89"/>
        <source>Take over the plan</source>
        <translation>Ambil alih rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="79"/>
        <source>The plan is marked as open for editing on {host}. Take it over only when that window is closed (or its computer is off): edits made there afterwards would be lost. Take it over?</source>
        <translation>Rencana ini tercatat sedang dibuka untuk disunting di {host}. Ambil alih hanya bila jendela itu sudah ditutup (atau komputernya mati): suntingan yang dibuat di sana sesudahnya akan hilang. Ambil alih?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="489"/>
        <source>{units} units in {scenario}</source>
        <translation>{units} unit dalam {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="584"/>
        <source>Add child unit</source>
        <translation>Tambah unit bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="593"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="602"/>
        <source>Collapse</source>
        <translation>Ciutkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="603"/>
        <source>Expand</source>
        <translation>Bentangkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="619"/>
        <source>New {kind}</source>
        <translation>{kind} baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="637"/>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="638"/>
        <source>Delete &apos;{name}&apos; and the {n} units below it? Undo brings them back.</source>
        <translation>Hapus &apos;{name}&apos; beserta {n} unit di bawahnya? Perintah Batalkan dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="658"/>
        <source>Cannot move: {reason}</source>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="867"/>
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="741"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="867"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="886"/>
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="353"/>
        <source>PDF %p%</source>
        <translation>PDF %p%</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="683"/>
        <source>{n} units match</source>
        <translation>{n} unit cocok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="686"/>
        <source>No unit matches &apos;{text}&apos;</source>
        <translation>Tidak ada unit yang cocok dengan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="740"/>
        <source>Save the new plan as</source>
        <translation>Simpan rencana baru sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="759"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="769"/>
        <source>Cannot create the plan</source>
        <translation>Rencana tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="760"/>
        <source>&apos;{path}&apos; is the plan open in this window; choose another name.</source>
        <translation>&apos;{path}&apos; adalah rencana yang terbuka di jendela ini; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="765"/>
        <source>Current condition</source>
        <translation>Kondisi Saat Ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="772"/>
        <source>New plan: {path}</source>
        <translation>Rencana baru: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="807"/>
        <source>A PDF is being written; wait for it.</source>
        <translation>PDF sedang ditulis; tunggu hingga selesai.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="821"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="830"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="753"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="822"/>
        <source>&apos;{path}&apos; exists. Replace it?</source>
        <translation>&apos;{path}&apos; sudah ada. Ganti?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="435"/>
        <source>Opening the plan</source>
        <translation>Membuka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="466"/>
        <source>The step was not made</source>
        <translation>Langkah tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="467"/>
        <source>{reason}

The plan was read again from the file; the undo history of this scenario was cleared.</source>
        <translation>{reason}

Rencana dibaca ulang dari berkas; riwayat urungkan skenario ini dikosongkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="752"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="788"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="831"/>
        <source>These units still have a placeholder name, which the signed proposal would print:

{names}

Write the report anyway?</source>
        <translation>Unit berikut masih bernama sementara, yang akan tercetak pada usulan yang ditandatangani:

{names}

Tetap buat laporan?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="842"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="853"/>
        <source>PDF written: {path} ({pages} pages)</source>
        <translation>PDF selesai ditulis: {path} ({pages} halaman)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="860"/>
        <source>PDF export cancelled; nothing was written.</source>
        <translation>Ekspor PDF dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="862"/>
        <source>PDF export failed.</source>
        <translation>Ekspor PDF gagal.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="863"/>
        <source>Cannot write the PDF</source>
        <translation>PDF tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="876"/>
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="885"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="892"/>
        <source>Cannot save the copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="894"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="920"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="959"/>
        <source>About rbdesk</source>
        <translation>Tentang rbdesk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="921"/>
        <source>rbdesk {version}: planning the restructuring of regional work units, offline.</source>
        <translation>rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="927"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="928"/>
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="929"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="930"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="931"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="932"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="933"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="934"/>
        <source>New plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="935"/>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="936"/>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="937"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="938"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="939"/>
        <source>Export tables…</source>
        <translation>Ekspor tabel…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="940"/>
        <source>Export the chart as a picture…</source>
        <translation>Ekspor bagan sebagai gambar…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="941"/>
        <source>Plan details and signatures…</source>
        <translation>Rincian rencana dan tanda tangan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="942"/>
        <source>Kajian texts and details…</source>
        <translation>Teks dan rincian kajian…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="943"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="944"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="945"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="946"/>
        <source>Fit to window</source>
        <translation>Muat di jendela</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="947"/>
        <source>Actual size (100%)</source>
        <translation>Ukuran asli (100%)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="948"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="949"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="950"/>
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="952"/>
        <source>Expand to level {n}</source>
        <translation>Buka sampai tingkat {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="953"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="954"/>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="955"/>
        <source>Rename scenario…</source>
        <translation>Ganti nama skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="956"/>
        <source>Delete scenario…</source>
        <translation>Hapus skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="960"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="974"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="961"/>
        <source>Inspector</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="962"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="963"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="964"/>
        <source>Restructuring steps</source>
        <translation>Langkah penataan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="965"/>
        <source>Chart</source>
        <translation>Bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="966"/>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="969"/>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="970"/>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="971"/>
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="972"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="975"/>
        <source>Sub-unit caps</source>
        <translation>Batas sub-unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="976"/>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="977"/>
        <source>Spans of control</source>
        <translation>Rentang kendali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="978"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="979"/>
        <source>Overlapping urusan</source>
        <translation>Urusan tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="980"/>
        <source>Level authority</source>
        <translation>Kewenangan tingkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="981"/>
        <source>Overlapping tasks</source>
        <translation>Tugas tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="982"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="984"/>
        <source>All families</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="987"/>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="988"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="989"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="990"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="292"/>
        <source>Merge units</source>
        <translation>Gabungkan unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="294"/>
        <source>Merge {n} units: {names}.</source>
        <translation>Gabungkan {n} unit: {names}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="296"/>
        <source>What comes out</source>
        <translation>Hasil penggabungan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="298"/>
        <source>Keep one of them:</source>
        <translation>Pertahankan salah satunya:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="301"/>
        <source>A new unit:</source>
        <translation>Unit baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="318"/>
        <source>Also merge their sekretariat, their functional groups, and subunits of the same name and kind</source>
        <translation>Gabungkan juga sekretariatnya, kelompok jabatan fungsionalnya, dan sub-unit yang sama nama dan jenisnya</translation>
    </message>
</context>
<context>
    <name>MotiveBox</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="91"/>
        <source>Why</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="104"/>
        <source>Findings this step answers (ticking one fills the reason and the basis):</source>
        <translation>Temuan yang dijawab langkah ini (mencentangnya mengisi alasan dan dasar hukum):</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="120"/>
        <source>No finding concerns the chosen units.</source>
        <translation>Tidak ada temuan pada unit yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="129"/>
        <source>Why this step is proposed (required)</source>
        <translation>Mengapa langkah ini diusulkan (wajib diisi)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="135"/>
        <source>e.g. PP 18/2016 Pasal 54 ayat (1)</source>
        <translation>mis. PP 18/2016 Pasal 54 ayat (1)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="136"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="137"/>
        <source>Legal basis:</source>
        <translation>Dasar hukum:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="624"/>
        <source>Move units</source>
        <translation>Pindahkan unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="625"/>
        <source>Move {names} under:</source>
        <translation>Pindahkan {names} ke bawah:</translation>
    </message>
</context>
<context>
    <name>MoveUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="257"/>
        <source>Move “{name}”</source>
        <translation>Pindahkan “{name}”</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../rbdesk/ui/navigation.py" line="109"/>
        <source>Legend</source>
        <extracomment>The usual widths of the findings&apos; rule (its title), units and basis columns (the message stretches).</extracomment>
        <translation>Keterangan bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/navigation.py" line="110"/>
        <source>Find a unit</source>
        <translation>Cari unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/navigation.py" line="111"/>
        <source>Panels</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="125"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="129"/>
        <source>e.g. Kabupaten Sukamaju</source>
        <translation>mis. Kabupaten Sukamaju</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="133"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="134"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="135"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="142"/>
        <source>e.g. 35.16</source>
        <translation>mis. 35.16</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="150"/>
        <source>Geographic difficulty factor used by the typology (1.0 when none applies)</source>
        <translation>Faktor kesulitan geografis untuk tipologi (1,0 bila tidak berlaku)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="155"/>
        <source>e.g. Bagian Organisasi Setda</source>
        <translation>mis. Bagian Organisasi Setda</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="156"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="157"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="158"/>
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="159"/>
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="162"/>
        <source>The standard perangkat daerah of its level</source>
        <translation>Perangkat daerah standar untuk tingkatnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="163"/>
        <source>The head of the region only</source>
        <translation>Hanya kepala daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="165"/>
        <source>The standard set: Sekretariat Daerah with its asisten, Sekretariat DPRD, Inspektorat, a dinas for each urusan wajib and, in a kabupaten or kota, a kecamatan to name. Merge, rename and type them to your region.</source>
        <translation>Perangkat standar: Sekretariat Daerah dengan asistennya, Sekretariat DPRD, Inspektorat, satu dinas untuk setiap urusan wajib dan, di kabupaten atau kota, satu kecamatan untuk diberi nama. Gabungkan, ubah nomenklatur dan tetapkan tipenya sesuai daerah Anda.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="168"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="169"/>
        <source>Start from</source>
        <translation>Mulai dari</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="180"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="183"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
</context>
<context>
    <name>NewUnitFields</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="268"/>
        <source>as the catalogue gives</source>
        <translation>sesuai katalog</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="270"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="271"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="272"/>
        <source>Type:</source>
        <translation>Tipe:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="273"/>
        <source>Eselon:</source>
        <translation>Eselon:</translation>
    </message>
</context>
<context>
    <name>OperationCommand</name>
    <message>
        <location filename="../../rbdesk/ui/opcommands.py" line="40"/>
        <source>{kind}: {before} → {after}</source>
        <translation>{kind}: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="234"/>
        <source>Write the reason for this step.</source>
        <translation>Tuliskan alasan langkah ini.</translation>
    </message>
</context>
<context>
    <name>OperationTextCommand</name>
    <message>
        <location filename="../../rbdesk/ui/opcommands.py" line="83"/>
        <source>Edit the reason of a step</source>
        <translation>Ubah alasan langkah</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="105"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="105"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="105"/>
        <source>Units before</source>
        <translation>Unit sebelum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="105"/>
        <source>Units after</source>
        <translation>Unit sesudah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="106"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="106"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="108"/>
        <source>Edit the reason…</source>
        <translation>Ubah alasan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="139"/>
        <source>Restructuring steps are made in a proposal. This scenario is the current condition: create a proposal from it (Analysis → New proposal…).</source>
        <translation>Langkah penataan dibuat pada usulan. Skenario ini kondisi saat ini: buat usulan darinya (Analisis → Usulan baru…).</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/operations_panel.py" line="167"/>
        <source>{n} steps</source>
        <translation>{n} langkah</translation>
    </message>
</context>
<context>
    <name>PasteSubtreeCommand</name>
    <message>
        <location filename="../../rbdesk/ui/paste_commands.py" line="78"/>
        <source>Paste “{name}”</source>
        <extracomment>The unit fields a pasted unit takes over (its id and place are new).</extracomment>
        <translation>Tempel “{name}”</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/paste_commands.py" line="82"/>
        <source>Paste {n} units</source>
        <translation>Tempel {n} unit</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="325"/>
        <source>the report stopped unexpectedly</source>
        <extracomment>steps done, of total the PDF written and its number of pages the reason, fit to show; &quot;&quot; when cancelled</extracomment>
        <translation>penulisan laporan berhenti tanpa diduga</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="331"/>
        <source>the report program could not be started</source>
        <translation>program laporan tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>PemetaanView</name>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="232"/>
        <source>Geographic factor: %1</source>
        <extracomment>The columns of the urusan table and of the indicator table. the year box&apos;s &quot;none&quot;</extracomment>
        <translation>Faktor kesulitan geografis: %1</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="248"/>
        <source>Variabel umum</source>
        <translation>Variabel umum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="250"/>
        <source>General factor of the functions</source>
        <translation>Faktor umum fungsi penunjang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="283"/>
        <source>Values still missing</source>
        <translation>Nilai yang belum diisi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="286"/>
        <source>The geographic factor does not apply (Pasal 107 ayat (4))</source>
        <translation>Faktor kesulitan geografis tidak berlaku (Pasal 107 ayat (4))</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="299"/>
        <source>Type %1</source>
        <translation>Tipe %1</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="301"/>
        <source>Bidang</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="303"/>
        <source>Seksi/subbidang</source>
        <translation>Seksi/subbidang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="328"/>
        <source>missing</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="362"/>
        <source>(up to %1 lawful)</source>
        <translation>(sah sampai %1)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="457"/>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="471"/>
        <source>Import indicator values</source>
        <translation>Impor nilai indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="459"/>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="474"/>
        <source>%1 indicator values imported from %2.</source>
        <translation>%1 nilai indikator diimpor dari %2.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="486"/>
        <source>Save the values sheet</source>
        <translation>Simpan lembar nilai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="487"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="499"/>
        <source>Sheet of %1 indicators saved to %2.</source>
        <translation>Lembar %1 indikator disimpan ke %2.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="507"/>
        <source>Year of data</source>
        <translation>Tahun data</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="508"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="509"/>
        <source>e.g. BPS, Dukcapil, APBD</source>
        <translation>mis. BPS, Dukcapil, APBD</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="510"/>
        <source>Import values…</source>
        <translation>Impor nilai…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="511"/>
        <source>Save values sheet…</source>
        <translation>Simpan lembar nilai…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="512"/>
        <source>Archipelagic region</source>
        <translation>Berciri kepulauan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="514"/>
        <source>The region is berciri kepulauan (archipelagic): its perhubungan values are scored by the Lampiran&apos;s table for such regions.</source>
        <translation>Daerah berciri kepulauan: nilai indikator perhubungan dinilai dengan tabel Lampiran bagi daerah berciri kepulauan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="518"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="518"/>
        <source>Urusan or function</source>
        <translation>Urusan atau fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="518"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="519"/>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="519"/>
        <source>Sum</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="519"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="519"/>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="524"/>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="528"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="520"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="520"/>
        <source>Missing</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="523"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="523"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="523"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="523"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="524"/>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="524"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="527"/>
        <source>OPD</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="527"/>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="527"/>
        <source>Declared type</source>
        <translation>Tipe ditetapkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="528"/>
        <source>Type from the scores</source>
        <translation>Tipe hasil pemetaan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="530"/>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="531"/>
        <source>OPD types</source>
        <translation>Tipe perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_view.py" line="534"/>
        <source>Pemetaan urusan</source>
        <translation>Pemetaan urusan</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="210"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="215"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="216"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="217"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="232"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="233"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="234"/>
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="235"/>
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="236"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="237"/>
        <source>Signatures on the proposal</source>
        <translation>Tanda tangan pada usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="240"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="240"/>
        <source>NIP (18 digits)</source>
        <translation>NIP (18 angka)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="240"/>
        <source>Title (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="245"/>
        <source>Prepared by</source>
        <translation>Disiapkan oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="246"/>
        <source>Checked by</source>
        <translation>Diperiksa oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="247"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="275"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="278"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="284"/>
        <source>NIP &apos;{nip}&apos; is not valid: a NIP has 18 digits, the birth date (YYYYMMDD), the month of appointment (YYYYMM), the sex (1 or 2) and a serial number.</source>
        <translation>NIP &apos;{nip}&apos; tidak sah: NIP terdiri atas 18 angka, yaitu tanggal lahir (TTTTBBHH), bulan pengangkatan (TTTTBB), jenis kelamin (1 atau 2) dan nomor urut.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="449"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="457"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="458"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="459"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="472"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="473"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="474"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="475"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="476"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="482"/>
        <source>A position needs a title; nothing was saved.</source>
        <translation>Jabatan harus bernama; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>ProposalActions</name>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="89"/>
        <source>&amp;Restructure</source>
        <translation>&amp;Penataan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="91"/>
        <source>Merge units…</source>
        <translation>Gabungkan unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="92"/>
        <source>Split unit…</source>
        <translation>Pecah unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="93"/>
        <source>Move units…</source>
        <translation>Pindahkan unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="94"/>
        <source>Form a unit under…</source>
        <translation>Bentuk unit di bawahnya…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="95"/>
        <source>Abolish units…</source>
        <translation>Hapus unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="96"/>
        <source>Change the name (nomenclature)…</source>
        <translation>Ubah nomenklatur…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="97"/>
        <source>Change the type…</source>
        <translation>Ubah tipe…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="98"/>
        <source>Convert to a functional group…</source>
        <translation>Alihkan ke jabatan fungsional…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="131"/>
        <location filename="../../rbdesk/ui/proposal.py" line="140"/>
        <location filename="../../rbdesk/ui/proposal.py" line="156"/>
        <source>Restructure</source>
        <translation>Penataan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="132"/>
        <source>“{name}” is the current condition: restructuring steps are made in a proposal, so that the comparison can show them. Create one with Analysis → New proposal… (or choose one in the scenario list) and make the step there.</source>
        <translation>“{name}” adalah kondisi saat ini: langkah penataan dibuat pada usulan agar perbandingan dapat menunjukkannya. Buat usulan dengan Analisis → Usulan baru… (atau pilih usulan pada daftar skenario) lalu buat langkahnya di sana.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="176"/>
        <source>Merge units</source>
        <translation>Gabungkan unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/proposal.py" line="177"/>
        <source>The tugas and fungsi of “{name}” still describe the units before the merge. Edit them now?</source>
        <translation>Tugas dan fungsi “{name}” masih menggambarkan unit sebelum penggabungan. Ubah sekarang?</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="881"/>
        <source>Reason of the step</source>
        <translation>Alasan langkah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="891"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="892"/>
        <source>Legal basis:</source>
        <translation>Dasar hukum:</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="746"/>
        <source>Change the name (nomenclature)</source>
        <translation>Ubah nomenklatur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="748"/>
        <source>New name of “{name}”:</source>
        <translation>Nama baru “{name}”:</translation>
    </message>
</context>
<context>
    <name>RenameScenarioCommand</name>
    <message>
        <location filename="../../rbdesk/ui/scenario_commands.py" line="62"/>
        <source>Rename scenario to “{name}”</source>
        <translation>Ubah nama skenario menjadi “{name}”</translation>
    </message>
</context>
<context>
    <name>RenameUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="194"/>
        <source>Rename to “{name}”</source>
        <translation>Ganti nama menjadi “{name}”</translation>
    </message>
</context>
<context>
    <name>RetypeDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="781"/>
        <source>Change the type</source>
        <translation>Ubah tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="783"/>
        <source>“{name}” is of type {type}. New type:</source>
        <translation>“{name}” bertipe {type}. Tipe baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="801"/>
        <source>Eselon of {name}: {old} → {new}</source>
        <translation>Eselon {name}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="805"/>
        <source>No eselon depends on this type (PP 18/2016 Pasal 94–95).</source>
        <translation>Tidak ada eselon yang bergantung pada tipe ini (PP 18/2016 Pasal 94–95).</translation>
    </message>
</context>
<context>
    <name>ScenarioControl</name>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="81"/>
        <source>{name} (proposal)</source>
        <extracomment>Baselines the planner agreed to edit in this session.</extracomment>
        <translation>{name} (usulan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="139"/>
        <source>Edit the baseline</source>
        <translation>Ubah dasar pembanding</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="140"/>
        <source>“{name}” is the baseline of {proposals}: every comparison and the report measure the proposal against it. Edit it anyway?</source>
        <translation>“{name}” adalah dasar pembanding {proposals}: setiap perbandingan dan laporan mengukur usulan terhadapnya. Tetap ubah?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="178"/>
        <source>New proposal</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="178"/>
        <source>Name of the proposal:</source>
        <translation>Nama usulan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="179"/>
        <source>Proposal {n}</source>
        <translation>Usulan {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="185"/>
        <source>Cannot create the proposal</source>
        <translation>Usulan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="195"/>
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="195"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="200"/>
        <source>Cannot rename the scenario</source>
        <translation>Nama skenario tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="208"/>
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="209"/>
        <source>Delete the scenario &apos;{name}&apos; and everything in it? (Edit → Undo brings it back while the plan is open.)</source>
        <translation>Hapus skenario &apos;{name}&apos; beserta seluruh isinya? (Sunting → Batalkan mengembalikannya selama rencana masih terbuka.)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/scenarios.py" line="215"/>
        <source>Cannot delete the scenario</source>
        <translation>Skenario tidak dapat dihapus</translation>
    </message>
</context>
<context>
    <name>SetAssignmentsCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="314"/>
        <source>Set the urusan of “{name}”</source>
        <translation>Tetapkan urusan “{name}”</translation>
    </message>
</context>
<context>
    <name>SetFindingStatusCommand</name>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="49"/>
        <source>Accept a finding</source>
        <translation>Terima temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="50"/>
        <source>Exempt a finding</source>
        <translation>Kecualikan temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/findings_work.py" line="51"/>
        <source>Reopen a finding</source>
        <translation>Buka kembali temuan</translation>
    </message>
</context>
<context>
    <name>SetKajianCommand</name>
    <message>
        <location filename="../../rbdesk/ui/kajian_dialog.py" line="77"/>
        <source>Edit the kajian texts</source>
        <translation>Ubah teks kajian</translation>
    </message>
</context>
<context>
    <name>SetPemetaanCommand</name>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_commands.py" line="33"/>
        <source>Mark the region berciri kepulauan</source>
        <translation>Tandai daerah berciri kepulauan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_commands.py" line="37"/>
        <source>Mark the region not berciri kepulauan</source>
        <translation>Tandai daerah tidak berciri kepulauan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_commands.py" line="42"/>
        <source>Edit the year and source of the pemetaan data</source>
        <translation>Ubah tahun dan sumber data pemetaan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_commands.py" line="48"/>
        <source>Edit indicator %1 no. %2</source>
        <translation>Ubah indikator %1 nomor %2</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/pemetaan_commands.py" line="53"/>
        <source>Set %1 indicator values</source>
        <translation>Tetapkan %1 nilai indikator</translation>
    </message>
</context>
<context>
    <name>SetPlanDetailsCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="487"/>
        <source>Edit the plan details</source>
        <translation>Ubah rincian rencana</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="358"/>
        <source>Split a unit</source>
        <translation>Pecah unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="360"/>
        <source>Split “{name}” into new units and hand out what it holds.</source>
        <translation>Pecah “{name}” menjadi unit baru dan bagikan isinya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="363"/>
        <source>Number of new units:</source>
        <translation>Jumlah unit baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="372"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="405"/>
        <source>Urusan {code}</source>
        <translation>Urusan {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="407"/>
        <source>Position: {title}</source>
        <translation>Jabatan: {title}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="409"/>
        <source>IKU: {text}</source>
        <translation>IKU: {text}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="429"/>
        <location filename="../../rbdesk/ui/opdialogs.py" line="471"/>
        <source>New unit {n}</source>
        <translation>Unit baru {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="443"/>
        <source>Employees (existing)</source>
        <translation>Pegawai (ada)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="444"/>
        <source>Employees (needed)</source>
        <translation>Pegawai (kebutuhan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="469"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="521"/>
        <source>The first new unit keeps {e} existing and {n} needed employees.</source>
        <translation>Unit baru pertama menerima sisanya: {e} pegawai ada dan {n} kebutuhan.</translation>
    </message>
</context>
<context>
    <name>SubtreeClipboard</name>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="75"/>
        <source>Copied {n} units from {scenario}</source>
        <translation>{n} unit disalin dari {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="87"/>
        <source>Choose the unit to paste under</source>
        <translation>Pilih unit tempat salinan ditempel</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="101"/>
        <source>Cannot paste: {reason}</source>
        <translation>Tidak dapat ditempel: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="110"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="113"/>
        <source>Paste under this unit</source>
        <translation>Tempel di bawah unit ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="126"/>
        <source>Copy the chosen units</source>
        <translation>Salin unit yang dipilih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/clipboard.py" line="127"/>
        <source>Paste under the current unit</source>
        <translation>Tempel di bawah unit yang sedang dipilih</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="562"/>
        <source>Type to filter</source>
        <translation>Ketik untuk menyaring</translation>
    </message>
</context>
<context>
    <name>UnitTotals</name>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="147"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="148"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="149"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="151"/>
        <source>{units} units; staff {existing} in post of {needed} needed; posts (in post/needed): {posts}</source>
        <translation>{units} unit; pegawai {existing} ada dari kebutuhan {needed}; jabatan (ada/kebutuhan): {posts}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="177"/>
        <source>This unit and all below it</source>
        <translation>Unit ini beserta seluruh unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="178"/>
        <source>Peta jabatan of the OPD</source>
        <translation>Peta jabatan perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="181"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="182"/>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="183"/>
        <source>In post</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="184"/>
        <source>Needed</source>
        <translation>Butuh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="185"/>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>UrusanPicker</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="323"/>
        <source>Assign an urusan</source>
        <translation>Tetapkan urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="327"/>
        <source>Search by code or name, e.g. 2.08 or pangan</source>
        <translation>Cari menurut kode atau nama, misalnya 2.08 atau pangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="332"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="332"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="332"/>
        <source>Rumpun</source>
        <translation>Rumpun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="337"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="338"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="341"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="372"/>
        <source>Already assigned to this unit</source>
        <translation>Sudah ditetapkan pada unit ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="431"/>
        <source>Choose an urusan or sub-urusan from the list.</source>
        <translation>Pilih urusan atau sub-urusan dari daftar.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="433"/>
        <source>This urusan is already assigned to the unit.</source>
        <translation>Urusan ini sudah ditetapkan pada unit tersebut.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rbdesk/ui/app.py" line="221"/>
        <location filename="../../rbdesk/ui/app.py" line="258"/>
        <source>Cannot open the plan</source>
        <extracomment>How long, in seconds, a thread may hold the interpreter lock while another waits for it (``sys.setswitchinterval``; Python&apos;s default is 5 ms). The analysis and a large chart&apos;s layout run on threads; meanwhile the window&apos;s thread needs the lock for every call into Python that repainting makes (a tree model&apos;s ``parent``, a chart item&apos;s ``paint``, each slot), hundreds per repaint, and waited up to the interval for each. A move on the expanded 10k plan stalled the window (the longest gap of a 5 ms timer, median of 8 moves, bench/bench_gui.py): 164 ms at 1 ms, 52 ms at 0.2 ms, 32 ms at 0.05 ms, where the rest is the window&apos;s own work of showing the new layout. The threads&apos; own work took as long at every interval: the lock changes hands only while another thread waits for it, and a hand-over costs microseconds.</extracomment>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
</context>
</TS>
