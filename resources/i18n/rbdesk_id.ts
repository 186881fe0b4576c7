<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AbolishDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="672"/>
        <source>Abolish units</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="673"/>
        <source>Abolish {names}.</source>
        <translation>Hapus {names}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="676"/>
        <source>Abolish the units under them too</source>
        <translation>Hapus juga unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="678"/>
        <source>Move the units under them to:</source>
        <translation>Pindahkan unit di bawahnya ke:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="700"/>
        <source>Positions that go:</source>
        <translation>Jabatan yang hilang:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="724"/>
        <source>{title} ({unit}): {existing} existing, {needed} needed</source>
        <translation>{title} ({unit}): {existing} ada, {needed} kebutuhan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="729"/>
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
        <location filename="../../rbdesk/ui/legend.py" line="86"/>
        <source>Regional work unit (OPD)</source>
        <translation>Perangkat daerah (OPD)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="87"/>
        <source>Structural unit</source>
        <translation>Unit struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="88"/>
        <source>Functional group or non-structural unit</source>
        <translation>Kelompok fungsional atau unit nonstruktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="89"/>
        <source>Edge: an error concerns it</source>
        <translation>Tepi: ada galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="90"/>
        <source>Edge: a warning concerns it</source>
        <translation>Tepi: ada peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="91"/>
        <source>Edge: a note concerns it</source>
        <translation>Tepi: ada catatan (info)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="92"/>
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="93"/>
        <source>Reports to</source>
        <translation>Garis atasan–bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="94"/>
        <source>Coordination link</source>
        <translation>Hubungan koordinasi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="95"/>
        <source>Staff: in post / needed (the unit&apos;s own)</source>
        <translation>Pegawai: ada / kebutuhan (unit itu sendiri)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="96"/>
        <source>Σ: staff of the unit and all below it</source>
        <translation>Σ: pegawai unit itu beserta seluruh unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/legend.py" line="97"/>
        <source>Units below a closed box (double-click opens it)</source>
        <translation>Unit di bawah kotak tertutup (klik ganda untuk membuka)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="279"/>
        <source>{count} changes inside</source>
        <extracomment>Coordination links between two shown boxes, as (from, to) border points.</extracomment>
        <translation>{count} perubahan di dalam</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="327"/>
        <source>type {code}</source>
        <translation>tipe {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="334"/>
        <source>staff {existing}/{needed}</source>
        <translation>pegawai {existing}/{needed}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="882"/>
        <source>Cannot move: {reason}</source>
        <extracomment>What the chart draws changed (a new layout, findings, marks): for its overview. A plan opens at OPD level: the region&apos;s OPDs, each collapsed with a count.</extracomment>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="333"/>
        <source>“{name}” is not a proposal: it derives from no other scenario, so there is nothing to compare it with. Choose a proposal in the scenario list, or create one with Analysis → New proposal…</source>
        <translation>“{name}” bukan usulan: skenario ini tidak diturunkan dari skenario lain, sehingga tidak ada yang dapat dibandingkan. Pilih usulan di daftar skenario, atau buat usulan dengan Analisis → Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="345"/>
        <source>The scenario this proposal derives from cannot be read: {error}</source>
        <translation>Skenario asal usulan ini tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="500"/>
        <source>Before: {name}</source>
        <translation>Sebelum: {name}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="501"/>
        <source>After: {name}</source>
        <translation>Sesudah: {name}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="503"/>
        <source>Findings resolved ({count})</source>
        <translation>Temuan yang terselesaikan ({count})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="506"/>
        <source>Findings introduced ({count})</source>
        <translation>Temuan baru pada usulan ({count})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/compareview.py" line="532"/>
        <source>Measures before and after</source>
        <translation>Ukuran sebelum dan sesudah</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="819"/>
        <source>Convert to a functional group</source>
        <translation>Alihkan ke jabatan fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="820"/>
        <source>{names} become one functional group; the eselon is cleared and each structural head takes a functional post.</source>
        <translation>{names} menjadi satu kelompok jabatan fungsional; eselonnya dihapus dan setiap pejabat struktural menduduki jabatan fungsional.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="828"/>
        <source>Name of the group:</source>
        <translation>Nama kelompok:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="829"/>
        <source>Functional post of the heads:</source>
        <translation>Jabatan fungsional para kepala:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="831"/>
        <source>Posts that change:</source>
        <translation>Jabatan yang berubah:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="856"/>
        <source>No structural post in these units.</source>
        <translation>Unit ini tidak memiliki jabatan struktural.</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="645"/>
        <source>Form a unit</source>
        <translation>Bentuk unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="648"/>
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
        <location filename="../../rbdesk/ui/export.py" line="75"/>
        <location filename="../../rbdesk/ui/export.py" line="130"/>
        <source>Export PDF</source>
        <extracomment>Exit status of ``rbdesk report`` stopped through its cancel file (``rbdesk.cli``).</extracomment>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="82"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="90"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="90"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="91"/>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="109"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="110"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="111"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="112"/>
        <source>Current structure</source>
        <translation>Struktur saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="113"/>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="125"/>
        <source>(none: the current structure and its findings)</source>
        <translation>(tidak ada: struktur saat ini dan temuannya)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="130"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="138"/>
        <source>Name the PDF file to write.</source>
        <translation>Sebutkan nama berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="141"/>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Folder &apos;{folder}&apos; tidak ada.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="72"/>
        <source>OK</source>
        <extracomment>Item data marking an urusan the unit already holds. Tries a change; returns the reason it was refused, or ``None`` when it was made.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="73"/>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <location filename="../../rbdesk/ui/dialogs.py" line="484"/>
        <source>Key performance indicator (IKU)</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="492"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="493"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="494"/>
        <source>Unit of measure</source>
        <translation>Satuan ukur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="500"/>
        <source>An IKU needs an indicator; nothing was saved.</source>
        <translation>IKU harus memuat indikator; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="103"/>
        <source>Only kinds the law allows under this unit&apos;s parent and over its children</source>
        <translation>Hanya jenis yang diperbolehkan hukum di bawah induk unit ini dan di atas unit bawahannya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="262"/>
        <source>Select a unit in the tree or the chart</source>
        <translation>Pilih unit pada pohon atau bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="294"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="294"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="300"/>
        <source>rumpun {id}</source>
        <translation>rumpun {id}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="309"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="310"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="311"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="340"/>
        <source>A unit needs a name; the change was not saved.</source>
        <translation>Unit harus bernama; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="488"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="488"/>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="488"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="489"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="489"/>
        <location filename="../../rbdesk/ui/inspector.py" line="506"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="490"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="490"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="491"/>
        <source>Tugas</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="491"/>
        <source>Fungsi</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="491"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="492"/>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="492"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="493"/>
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Assign…</source>
        <translation>Tetapkan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Main/supporting</source>
        <translation>Utama/penunjang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="499"/>
        <location filename="../../rbdesk/ui/inspector.py" line="500"/>
        <location filename="../../rbdesk/ui/inspector.py" line="502"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="499"/>
        <location filename="../../rbdesk/ui/inspector.py" line="501"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="500"/>
        <location filename="../../rbdesk/ui/inspector.py" line="501"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="506"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="506"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="506"/>
        <source>Now</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="507"/>
        <source>Needed</source>
        <translation>Butuh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="509"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="509"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="509"/>
        <source>Measure</source>
        <translation>Satuan</translation>
    </message>
</context>
<context>
    <name>LockControl</name>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="56"/>
        <source>Read-only: another window or program has this plan open, or the file cannot be written</source>
        <translation>Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="59"/>
        <source>Read-only: open for editing on {host} (process {pid}, since {since})</source>
        <translation>Hanya-baca: sedang dibuka untuk disunting di {host} (proses {pid}, sejak {since})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="64"/>
        <source>Take over…</source>
        <translation>Ambil alih…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="73"/>
        <location filename="../../rbdesk/ui/takeover.py" line="84"/>
        <source>Take over the plan</source>
        <translation>Ambil alih rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/takeover.py" line="74"/>
        <source>The plan is marked as open for editing on {host}. Take it over only when that window is closed (or its computer is off): edits made there afterwards would be lost. Take it over?</source>
        <translation>Rencana ini tercatat sedang dibuka untuk disunting di {host}. Ambil alih hanya bila jendela itu sudah ditutup (atau komputernya mati): suntingan yang dibuat di sana sesudahnya akan hilang. Ambil alih?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="443"/>
        <source>{errors} errors, {warnings} warnings, {total} findings</source>
        <translation>{errors} galat, {warnings} peringatan, {total} temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="448"/>
        <source>{units} units in {scenario}</source>
        <translation>{units} unit dalam {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="540"/>
        <source>Add child unit</source>
        <translation>Tambah unit bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="549"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="557"/>
        <source>Collapse</source>
        <translation>Ciutkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="558"/>
        <source>Expand</source>
        <translation>Bentangkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="574"/>
        <source>New {kind}</source>
        <translation>{kind} baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="592"/>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="593"/>
        <source>Delete &apos;{name}&apos; and the {n} units below it? Undo brings them back.</source>
        <translation>Hapus &apos;{name}&apos; beserta {n} unit di bawahnya? Perintah Batalkan dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="613"/>
        <source>Cannot move: {reason}</source>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="815"/>
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="693"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="815"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="834"/>
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="311"/>
        <source>PDF %p%</source>
        <translation>PDF %p%</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="635"/>
        <source>{n} units match</source>
        <translation>{n} unit cocok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="638"/>
        <source>No unit matches &apos;{text}&apos;</source>
        <translation>Tidak ada unit yang cocok dengan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="692"/>
        <source>Save the new plan as</source>
        <translation>Simpan rencana baru sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="711"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="721"/>
        <source>Cannot create the plan</source>
        <translation>Rencana tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="712"/>
        <source>&apos;{path}&apos; is the plan open in this window; choose another name.</source>
        <translation>&apos;{path}&apos; adalah rencana yang terbuka di jendela ini; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="717"/>
        <source>Current condition</source>
        <translation>Kondisi Saat Ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="724"/>
        <source>New plan: {path}</source>
        <translation>Rencana baru: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="755"/>
        <source>A PDF is being written; wait for it.</source>
        <translation>PDF sedang ditulis; tunggu hingga selesai.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="769"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="778"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="705"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="770"/>
        <source>&apos;{path}&apos; exists. Replace it?</source>
        <translation>&apos;{path}&apos; sudah ada. Ganti?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="388"/>
        <source>Opening the plan</source>
        <translation>Membuka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="418"/>
        <source>The step was not made</source>
        <translation>Langkah tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="419"/>
        <source>{reason}

The plan was read again from the file; the undo history of this scenario was cleared.</source>
        <translation>{reason}

Rencana dibaca ulang dari berkas; riwayat urungkan skenario ini dikosongkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="704"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="740"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="779"/>
        <source>These units still have a placeholder name, which the signed proposal would print:

{names}

Write the report anyway?</source>
        <translation>Unit berikut masih bernama sementara, yang akan tercetak pada usulan yang ditandatangani:

{names}

Tetap buat laporan?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="790"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="801"/>
        <source>PDF written: {path} ({pages} pages)</source>
        <translation>PDF selesai ditulis: {path} ({pages} halaman)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="808"/>
        <source>PDF export cancelled; nothing was written.</source>
        <translation>Ekspor PDF dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="810"/>
        <source>PDF export failed.</source>
        <translation>Ekspor PDF gagal.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="811"/>
        <source>Cannot write the PDF</source>
        <translation>PDF tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="824"/>
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="833"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="840"/>
        <source>Cannot save the copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="842"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="868"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="903"/>
        <source>About rbdesk</source>
        <translation>Tentang rbdesk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="869"/>
        <source>rbdesk {version}: planning the restructuring of regional work units, offline.</source>
        <translation>rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="875"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="876"/>
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="877"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="878"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="879"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="880"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="881"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="882"/>
        <source>New plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="883"/>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="884"/>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="885"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="886"/>
        <source>Plan details and signatures…</source>
        <translation>Rincian rencana dan tanda tangan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="887"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="888"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="889"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="890"/>
        <source>Fit to window</source>
        <translation>Muat di jendela</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="891"/>
        <source>Actual size (100%)</source>
        <translation>Ukuran asli (100%)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="892"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="893"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="894"/>
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="896"/>
        <source>Expand to level {n}</source>
        <translation>Buka sampai tingkat {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="897"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="898"/>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="899"/>
        <source>Rename scenario…</source>
        <translation>Ganti nama skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="900"/>
        <source>Delete scenario…</source>
        <translation>Hapus skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="904"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="918"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="905"/>
        <source>Inspector</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="906"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="907"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="908"/>
        <source>Restructuring steps</source>
        <translation>Langkah penataan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="909"/>
        <source>Chart</source>
        <translation>Bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="910"/>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="913"/>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="914"/>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="915"/>
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="916"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="919"/>
        <source>Sub-unit caps</source>
        <translation>Batas sub-unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="920"/>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="921"/>
        <source>Spans of control</source>
        <translation>Rentang kendali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="922"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="923"/>
        <source>Overlapping urusan</source>
        <translation>Urusan tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="924"/>
        <source>Level authority</source>
        <translation>Kewenangan tingkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="925"/>
        <source>Overlapping tasks</source>
        <translation>Tugas tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="926"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="928"/>
        <source>All families</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="931"/>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="932"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="933"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="934"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="289"/>
        <source>Merge units</source>
        <translation>Gabungkan unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="291"/>
        <source>Merge {n} units: {names}.</source>
        <translation>Gabungkan {n} unit: {names}.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="293"/>
        <source>What comes out</source>
        <translation>Hasil penggabungan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="295"/>
        <source>Keep one of them:</source>
        <translation>Pertahankan salah satunya:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="298"/>
        <source>A new unit:</source>
        <translation>Unit baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="315"/>
        <source>Also merge their sekretariat, their functional groups, and subunits of the same name and kind</source>
        <translation>Gabungkan juga sekretariatnya, kelompok jabatan fungsionalnya, dan sub-unit yang sama nama dan jenisnya</translation>
    </message>
</context>
<context>
    <name>MotiveBox</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="90"/>
        <source>Why</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="103"/>
        <source>Findings this step answers (ticking one fills the reason and the basis):</source>
        <translation>Temuan yang dijawab langkah ini (mencentangnya mengisi alasan dan dasar hukum):</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="119"/>
        <source>No finding concerns the chosen units.</source>
        <translation>Tidak ada temuan pada unit yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="128"/>
        <source>Why this step is proposed (required)</source>
        <translation>Mengapa langkah ini diusulkan (wajib diisi)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="133"/>
        <source>e.g. PP 18/2016 Pasal 54 ayat (1)</source>
        <translation>mis. PP 18/2016 Pasal 54 ayat (1)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="134"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="135"/>
        <source>Legal basis:</source>
        <translation>Dasar hukum:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="621"/>
        <source>Move units</source>
        <translation>Pindahkan unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="622"/>
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
        <location filename="../../rbdesk/ui/navigation.py" line="60"/>
        <source>Legend</source>
        <translation>Keterangan bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/navigation.py" line="61"/>
        <source>Find a unit</source>
        <translation>Cari unit</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="115"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="118"/>
        <source>e.g. Kabupaten Sukamaju</source>
        <translation>mis. Kabupaten Sukamaju</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="122"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="123"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="124"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="130"/>
        <source>e.g. 35.16</source>
        <translation>mis. 35.16</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="138"/>
        <source>Geographic difficulty factor used by the typology (1.0 when none applies)</source>
        <translation>Faktor kesulitan geografis untuk tipologi (1,0 bila tidak berlaku)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="142"/>
        <source>e.g. Bagian Organisasi Setda</source>
        <translation>mis. Bagian Organisasi Setda</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="143"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="144"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="145"/>
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="146"/>
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="149"/>
        <source>The standard perangkat daerah of its level</source>
        <translation>Perangkat daerah standar untuk tingkatnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="150"/>
        <source>The head of the region only</source>
        <translation>Hanya kepala daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="152"/>
        <source>The standard set: Sekretariat Daerah with its asisten, Sekretariat DPRD, Inspektorat, a dinas for each urusan wajib and, in a kabupaten or kota, a kecamatan to name. Merge, rename and type them to your region.</source>
        <translation>Perangkat standar: Sekretariat Daerah dengan asistennya, Sekretariat DPRD, Inspektorat, satu dinas untuk setiap urusan wajib dan, di kabupaten atau kota, satu kecamatan untuk diberi nama. Gabungkan, ubah nomenklatur dan tetapkan tipenya sesuai daerah Anda.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="155"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="156"/>
        <source>Start from</source>
        <translation>Mulai dari</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="167"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="170"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
</context>
<context>
    <name>NewUnitFields</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="265"/>
        <source>as the catalogue gives</source>
        <translation>sesuai katalog</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="267"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="268"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="269"/>
        <source>Type:</source>
        <translation>Tipe:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="270"/>
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
        <location filename="../../rbdesk/ui/opdialogs.py" line="232"/>
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
    <name>PdfExporter</name>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="263"/>
        <source>the report stopped unexpectedly</source>
        <extracomment>steps done, of total the PDF written and its number of pages the reason, fit to show; &quot;&quot; when cancelled</extracomment>
        <translation>penulisan laporan berhenti tanpa diduga</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="269"/>
        <source>the report program could not be started</source>
        <translation>program laporan tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="197"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="201"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="202"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="203"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="216"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="217"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="218"/>
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="219"/>
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="220"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="221"/>
        <source>Signatures on the proposal</source>
        <translation>Tanda tangan pada usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="224"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="224"/>
        <source>NIP (18 digits)</source>
        <translation>NIP (18 angka)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="224"/>
        <source>Title (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="229"/>
        <source>Prepared by</source>
        <translation>Disiapkan oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="230"/>
        <source>Checked by</source>
        <translation>Diperiksa oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="231"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="257"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="260"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="266"/>
        <source>NIP &apos;{nip}&apos; is not valid: a NIP has 18 digits, the birth date (YYYYMMDD), the month of appointment (YYYYMM), the sex (1 or 2) and a serial number.</source>
        <translation>NIP &apos;{nip}&apos; tidak sah: NIP terdiri atas 18 angka, yaitu tanggal lahir (TTTTBBHH), bulan pengangkatan (TTTTBB), jenis kelamin (1 atau 2) dan nomor urut.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="430"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="437"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="438"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="439"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="452"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="453"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="454"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="455"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="456"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="462"/>
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
        <location filename="../../rbdesk/ui/opdialogs.py" line="875"/>
        <source>Reason of the step</source>
        <translation>Alasan langkah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="884"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="885"/>
        <source>Legal basis:</source>
        <translation>Dasar hukum:</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="743"/>
        <source>Change the name (nomenclature)</source>
        <translation>Ubah nomenklatur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="745"/>
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
        <location filename="../../rbdesk/ui/opdialogs.py" line="777"/>
        <source>Change the type</source>
        <translation>Ubah tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="779"/>
        <source>“{name}” is of type {type}. New type:</source>
        <translation>“{name}” bertipe {type}. Tipe baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="797"/>
        <source>Eselon of {name}: {old} → {new}</source>
        <translation>Eselon {name}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="801"/>
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
        <location filename="../../rbdesk/ui/opdialogs.py" line="355"/>
        <source>Split a unit</source>
        <translation>Pecah unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="357"/>
        <source>Split “{name}” into new units and hand out what it holds.</source>
        <translation>Pecah “{name}” menjadi unit baru dan bagikan isinya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="360"/>
        <source>Number of new units:</source>
        <translation>Jumlah unit baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="369"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="402"/>
        <source>Urusan {code}</source>
        <translation>Urusan {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="404"/>
        <source>Position: {title}</source>
        <translation>Jabatan: {title}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="406"/>
        <source>IKU: {text}</source>
        <translation>IKU: {text}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="426"/>
        <location filename="../../rbdesk/ui/opdialogs.py" line="468"/>
        <source>New unit {n}</source>
        <translation>Unit baru {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="440"/>
        <source>Employees (existing)</source>
        <translation>Pegawai (ada)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="441"/>
        <source>Employees (needed)</source>
        <translation>Pegawai (kebutuhan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="466"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="518"/>
        <source>The first new unit keeps {e} existing and {n} needed employees.</source>
        <translation>Unit baru pertama menerima sisanya: {e} pegawai ada dan {n} kebutuhan.</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <location filename="../../rbdesk/ui/opdialogs.py" line="559"/>
        <source>Type to filter</source>
        <translation>Ketik untuk menyaring</translation>
    </message>
</context>
<context>
    <name>UnitTotals</name>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="98"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="99"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="100"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="102"/>
        <source>{units} units; staff {existing} in post of {needed} needed; posts (in post/needed): {posts}</source>
        <translation>{units} unit; pegawai {existing} ada dari kebutuhan {needed}; jabatan (ada/kebutuhan): {posts}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="139"/>
        <source>This unit and all below it</source>
        <translation>Unit ini beserta seluruh unit di bawahnya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="140"/>
        <source>Peta jabatan of the OPD</source>
        <translation>Peta jabatan perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="143"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="144"/>
        <source>Post</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="145"/>
        <source>In post</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="146"/>
        <source>Needed</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/totals_view.py" line="147"/>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>UrusanPicker</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="304"/>
        <source>Assign an urusan</source>
        <translation>Tetapkan urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="308"/>
        <source>Search by code or name, e.g. 2.08 or pangan</source>
        <translation>Cari menurut kode atau nama, misalnya 2.08 atau pangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="313"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="313"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="313"/>
        <source>Rumpun</source>
        <translation>Rumpun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="318"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="319"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="322"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="353"/>
        <source>Already assigned to this unit</source>
        <translation>Sudah ditetapkan pada unit ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="412"/>
        <source>Choose an urusan or sub-urusan from the list.</source>
        <translation>Pilih urusan atau sub-urusan dari daftar.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="414"/>
        <source>This urusan is already assigned to the unit.</source>
        <translation>Urusan ini sudah ditetapkan pada unit tersebut.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rbdesk/ui/app.py" line="205"/>
        <location filename="../../rbdesk/ui/app.py" line="239"/>
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
</context>
</TS>
