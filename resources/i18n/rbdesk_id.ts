<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="384"/>
        <source>Add IKU “{name}”</source>
        <translation>Tambah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>AddPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="311"/>
        <source>Add position “{title}”</source>
        <translation>Tambah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>AddUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="128"/>
        <source>Add “{name}”</source>
        <extracomment>``QUndoCommand.id()`` of the commands that merge.</extracomment>
        <translation>Tambah “{name}”</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="188"/>
        <source>type {code}</source>
        <extracomment>Coordination links between two shown boxes, as (from, to) border points.</extracomment>
        <translation>tipe {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="195"/>
        <source>staff {existing}/{needed}</source>
        <translation>pegawai {existing}/{needed}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="447"/>
        <source>Cannot move: {reason}</source>
        <extracomment>A plan opens at OPD level: the region&apos;s OPDs, each collapsed with a count.</extracomment>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
</context>
<context>
    <name>DeleteIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="431"/>
        <source>Delete IKU</source>
        <translation>Hapus IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="438"/>
        <source>Delete IKU “{name}”</source>
        <translation>Hapus IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>DeletePositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="359"/>
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="367"/>
        <source>Delete position “{title}”</source>
        <translation>Hapus jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>DeleteUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="263"/>
        <source>Delete “{name}”</source>
        <translation>Hapus “{name}”</translation>
    </message>
</context>
<context>
    <name>EditIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="412"/>
        <source>Edit IKU “{name}”</source>
        <translation>Ubah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>EditPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="339"/>
        <source>Edit position “{title}”</source>
        <translation>Ubah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>EditUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="201"/>
        <source>Edit “{name}”</source>
        <translation>Ubah “{name}”</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="52"/>
        <location filename="../../rbdesk/ui/export.py" line="107"/>
        <source>Export PDF</source>
        <extracomment>Exit status of ``rbdesk report`` stopped through its cancel file (``rbdesk.cli``).</extracomment>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="59"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="67"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="67"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="68"/>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="86"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="87"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="88"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="89"/>
        <source>Current structure</source>
        <translation>Struktur saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="90"/>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="102"/>
        <source>(none: the current structure and its findings)</source>
        <translation>(tidak ada: struktur saat ini dan temuannya)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="115"/>
        <source>Name the PDF file to write.</source>
        <translation>Sebutkan nama berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="118"/>
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
    <name>IkuDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="471"/>
        <source>Key performance indicator (IKU)</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="479"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="480"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="481"/>
        <source>Unit of measure</source>
        <translation>Satuan ukur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="487"/>
        <source>An IKU needs an indicator; nothing was saved.</source>
        <translation>IKU harus memuat indikator; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="102"/>
        <source>Only kinds the law allows under this unit&apos;s parent and over its children</source>
        <translation>Hanya jenis yang diperbolehkan hukum di bawah induk unit ini dan di atas unit bawahannya</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="256"/>
        <source>Select a unit in the tree or the chart</source>
        <translation>Pilih unit pada pohon atau bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="288"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="288"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="294"/>
        <source>rumpun {id}</source>
        <translation>rumpun {id}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="303"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="304"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="305"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="334"/>
        <source>A unit needs a name; the change was not saved.</source>
        <translation>Unit harus bernama; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="480"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="480"/>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="480"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="481"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="481"/>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="482"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="482"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="483"/>
        <source>Tugas</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="483"/>
        <source>Fungsi</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="483"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="484"/>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="484"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="485"/>
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="490"/>
        <source>Assign…</source>
        <translation>Tetapkan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="490"/>
        <source>Main/supporting</source>
        <translation>Utama/penunjang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="491"/>
        <location filename="../../rbdesk/ui/inspector.py" line="492"/>
        <location filename="../../rbdesk/ui/inspector.py" line="494"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="491"/>
        <location filename="../../rbdesk/ui/inspector.py" line="493"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="492"/>
        <location filename="../../rbdesk/ui/inspector.py" line="493"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="498"/>
        <source>Now</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="499"/>
        <source>Needed</source>
        <translation>Butuh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="501"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="501"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="501"/>
        <source>Measure</source>
        <translation>Satuan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="350"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="912"/>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="353"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="913"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="376"/>
        <source>Read-only: another window or program has this plan open, or the file cannot be written</source>
        <translation>Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="390"/>
        <source>{name} (proposal)</source>
        <translation>{name} (usulan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="438"/>
        <source>{errors} errors, {warnings} warnings, {total} findings</source>
        <translation>{errors} galat, {warnings} peringatan, {total} temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="443"/>
        <source>{units} units in {scenario}</source>
        <translation>{units} unit dalam {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="484"/>
        <source>Add child unit</source>
        <translation>Tambah unit bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="493"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="499"/>
        <source>Collapse</source>
        <translation>Ciutkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="500"/>
        <source>Expand</source>
        <translation>Bentangkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="516"/>
        <source>New {kind}</source>
        <translation>{kind} baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="534"/>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="535"/>
        <source>Delete &apos;{name}&apos; and the {n} units below it? Undo brings them back.</source>
        <translation>Hapus &apos;{name}&apos; beserta {n} unit di bawahnya? Perintah Batalkan dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="555"/>
        <source>Cannot move: {reason}</source>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="746"/>
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="634"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="746"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="765"/>
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="273"/>
        <source>PDF %p%</source>
        <translation>PDF %p%</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="577"/>
        <source>{n} units match</source>
        <translation>{n} unit cocok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="580"/>
        <source>No unit matches &apos;{text}&apos;</source>
        <translation>Tidak ada unit yang cocok dengan &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="633"/>
        <source>Save the new plan as</source>
        <translation>Simpan rencana baru sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="652"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="663"/>
        <source>Cannot create the plan</source>
        <translation>Rencana tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="653"/>
        <source>&apos;{path}&apos; is the plan open in this window; choose another name.</source>
        <translation>&apos;{path}&apos; adalah rencana yang terbuka di jendela ini; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="659"/>
        <source>Current condition</source>
        <translation>Kondisi Saat Ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="666"/>
        <source>New plan: {path}</source>
        <translation>Rencana baru: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="697"/>
        <source>A PDF is being written; wait for it.</source>
        <translation>PDF sedang ditulis; tunggu hingga selesai.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="711"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="646"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="712"/>
        <source>&apos;{path}&apos; exists. Replace it?</source>
        <translation>&apos;{path}&apos; sudah ada. Ganti?</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="645"/>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="682"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="721"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="732"/>
        <source>PDF written: {path} ({pages} pages)</source>
        <translation>PDF selesai ditulis: {path} ({pages} halaman)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="739"/>
        <source>PDF export cancelled; nothing was written.</source>
        <translation>Ekspor PDF dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="741"/>
        <source>PDF export failed.</source>
        <translation>Ekspor PDF gagal.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="742"/>
        <source>Cannot write the PDF</source>
        <translation>PDF tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="755"/>
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="764"/>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="771"/>
        <source>Cannot save the copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="773"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="779"/>
        <source>New proposal</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="779"/>
        <source>Name of the proposal:</source>
        <translation>Nama usulan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="780"/>
        <source>Proposal {n}</source>
        <translation>Usulan {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="786"/>
        <source>Cannot create the proposal</source>
        <translation>Usulan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="793"/>
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="793"/>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="799"/>
        <source>Cannot rename the scenario</source>
        <translation>Nama skenario tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="806"/>
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="807"/>
        <source>Delete the scenario &apos;{name}&apos; and everything in it? This cannot be undone.</source>
        <translation>Hapus skenario &apos;{name}&apos; beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="814"/>
        <source>Cannot delete the scenario</source>
        <translation>Skenario tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="840"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="875"/>
        <source>About rbdesk</source>
        <translation>Tentang rbdesk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="841"/>
        <source>rbdesk {version}: planning the restructuring of regional work units, offline.</source>
        <translation>rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="847"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="848"/>
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="849"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="850"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="851"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="852"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="853"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="854"/>
        <source>New plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="855"/>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="856"/>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="857"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="858"/>
        <source>Plan details and signatures…</source>
        <translation>Rincian rencana dan tanda tangan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="859"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="860"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="861"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="862"/>
        <source>Fit to window</source>
        <translation>Muat di jendela</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="863"/>
        <source>Actual size (100%)</source>
        <translation>Ukuran asli (100%)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="864"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="865"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="866"/>
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="868"/>
        <source>Expand to level {n}</source>
        <translation>Buka sampai tingkat {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="869"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="870"/>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="871"/>
        <source>Rename scenario…</source>
        <translation>Ganti nama skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="872"/>
        <source>Delete scenario…</source>
        <translation>Hapus skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="876"/>
        <location filename="../../rbdesk/ui/mainwindow.py" line="885"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="877"/>
        <source>Inspector</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="878"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="879"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="880"/>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="881"/>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="882"/>
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="883"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="886"/>
        <source>Sub-unit caps</source>
        <translation>Batas sub-unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="887"/>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="888"/>
        <source>Spans of control</source>
        <translation>Rentang kendali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="889"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="890"/>
        <source>Overlapping urusan</source>
        <translation>Urusan tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="891"/>
        <source>Level authority</source>
        <translation>Kewenangan tingkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="892"/>
        <source>Overlapping tasks</source>
        <translation>Tugas tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="893"/>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="895"/>
        <source>All families</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="898"/>
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="899"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="900"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="901"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>MoveUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="229"/>
        <source>Move “{name}”</source>
        <translation>Pindahkan “{name}”</translation>
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
        <location filename="../../rbdesk/ui/dialogs.py" line="147"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="154"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="157"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="240"/>
        <source>the report stopped unexpectedly</source>
        <extracomment>steps done, of total the PDF written and its number of pages the reason, fit to show; &quot;&quot; when cancelled</extracomment>
        <translation>penulisan laporan berhenti tanpa diduga</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/export.py" line="246"/>
        <source>the report program could not be started</source>
        <translation>program laporan tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="184"/>
        <source>Plan details</source>
        <translation>Rincian rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="188"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="189"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="190"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="203"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="204"/>
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="205"/>
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="206"/>
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="207"/>
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="208"/>
        <source>Signatures on the proposal</source>
        <translation>Tanda tangan pada usulan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="211"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="211"/>
        <source>NIP (18 digits)</source>
        <translation>NIP (18 angka)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="211"/>
        <source>Title (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="216"/>
        <source>Prepared by</source>
        <translation>Disiapkan oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="217"/>
        <source>Checked by</source>
        <translation>Diperiksa oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="218"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="244"/>
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="247"/>
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="253"/>
        <source>NIP &apos;{nip}&apos; is not valid: a NIP has 18 digits, the birth date (YYYYMMDD), the month of appointment (YYYYMM), the sex (1 or 2) and a serial number.</source>
        <translation>NIP &apos;{nip}&apos; tidak sah: NIP terdiri atas 18 angka, yaitu tanggal lahir (TTTTBBHH), bulan pengangkatan (TTTTBB), jenis kelamin (1 atau 2) dan nomor urut.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="417"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="424"/>
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="425"/>
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="426"/>
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="439"/>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="440"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="441"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="442"/>
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="443"/>
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="449"/>
        <source>A position needs a title; nothing was saved.</source>
        <translation>Jabatan harus bernama; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>RenameUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="166"/>
        <source>Rename to “{name}”</source>
        <translation>Ganti nama menjadi “{name}”</translation>
    </message>
</context>
<context>
    <name>SetAssignmentsCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="286"/>
        <source>Set the urusan of “{name}”</source>
        <translation>Tetapkan urusan “{name}”</translation>
    </message>
</context>
<context>
    <name>SetPlanDetailsCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="456"/>
        <source>Edit the plan details</source>
        <translation>Ubah rincian rencana</translation>
    </message>
</context>
<context>
    <name>UrusanPicker</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="291"/>
        <source>Assign an urusan</source>
        <translation>Tetapkan urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="295"/>
        <source>Search by code or name, e.g. 2.08 or pangan</source>
        <translation>Cari menurut kode atau nama, misalnya 2.08 atau pangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="300"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="300"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="300"/>
        <source>Rumpun</source>
        <translation>Rumpun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="305"/>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="306"/>
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="309"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="340"/>
        <source>Already assigned to this unit</source>
        <translation>Sudah ditetapkan pada unit ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="399"/>
        <source>Choose an urusan or sub-urusan from the list.</source>
        <translation>Pilih urusan atau sub-urusan dari daftar.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="401"/>
        <source>This urusan is already assigned to the unit.</source>
        <translation>Urusan ini sudah ditetapkan pada unit tersebut.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rbdesk/ui/app.py" line="189"/>
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
</context>
</TS>
