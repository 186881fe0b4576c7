<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AddIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="379" />
        <source>Add IKU “{name}”</source>
        <translation>Tambah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>AddPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="306" />
        <source>Add position “{title}”</source>
        <translation>Tambah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>AddUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="123" />
        <source>Add “{name}”</source>
        <translation>Tambah “{name}”</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="148" />
        <source>type {code}</source>
        <translation>tipe {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="157" />
        <source>staff {existing}/{needed}</source>
        <translation>pegawai {existing}/{needed}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="379" />
        <source>Cannot move: {reason}</source>
        <extracomment>A plan opens at OPD level: the region's OPDs, each collapsed with a count.</extracomment>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
</context>
<context>
    <name>DeleteIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="426" />
        <source>Delete IKU</source>
        <translation>Hapus IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="433" />
        <source>Delete IKU “{name}”</source>
        <translation>Hapus IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>DeletePositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="354" />
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="362" />
        <source>Delete position “{title}”</source>
        <translation>Hapus jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>DeleteUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="258" />
        <source>Delete “{name}”</source>
        <translation>Hapus “{name}”</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="94" />
        <location filename="../../rbdesk/ui/document.py" line="816" />
        <source>'{path}' is open read-only; the change was not made</source>
        <extracomment>``QUndoCommand.id()`` of the commands that merge.</extracomment>
        <translation>'{path}' terbuka hanya-baca; perubahan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="221" />
        <source>'{path}' holds no scenario</source>
        <extracomment>A unit's place in the tree: ``(parent_id, sort_order)``. the unit and everything attached to it are new a field of the unit changed (name, kind, type, eselon ...) the unit and everything attached to it are gone the unit's parent or sibling order changed the urusan assignments of the unit changed a position of the unit was added, changed or removed an IKU of the unit was added, changed or removed the whole structure was replaced (switch or reload) the list of scenarios or their names changed after every change, with the new version number an undo or redo failed; the document was reloaded</extracomment>
        <translation>'{path}' tidak memuat skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="270" />
        <location filename="../../rbdesk/ui/document.py" line="522" />
        <source>unit {id} does not exist in this scenario</source>
        <translation>unit {id} tidak ada dalam skenario ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="314" />
        <source>{what} {id} does not exist in this scenario</source>
        <translation>{what} {id} tidak ada dalam skenario ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="406" />
        <source>a position among siblings cannot be negative</source>
        <translation>urutan di antara unit sejajar tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="508" />
        <source>the records belong to another scenario</source>
        <translation>data tersebut milik skenario lain</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="512" />
        <source>unit {id} already exists</source>
        <translation>unit {id} sudah ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="515" />
        <source>parent unit {id} does not exist</source>
        <translation>unit atasan {id} tidak ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="563" />
        <source>urusan {codes} assigned more than once</source>
        <translation>urusan {codes} ditetapkan lebih dari sekali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="567" />
        <source>unknown urusan role '{role}'</source>
        <translation>peran urusan '{role}' tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="625" />
        <source>a position needs a title</source>
        <translation>jabatan harus bernama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="628" />
        <source>unknown position category '{c}'</source>
        <translation>kategori jabatan '{c}' tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="632" />
        <source>unknown eselon '{e}' (known: {known})</source>
        <translation>eselon '{e}' tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="637" />
        <source>a number of positions cannot be negative</source>
        <translation>jumlah jabatan tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="682" />
        <source>an IKU needs an indicator</source>
        <translation>IKU harus memiliki indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="723" />
        <source>a plan keeps at least one scenario</source>
        <translation>rencana harus memiliki sedikitnya satu skenario</translation>
    </message>
</context>
<context>
    <name>EditIkuCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="407" />
        <source>Edit IKU “{name}”</source>
        <translation>Ubah IKU “{name}”</translation>
    </message>
</context>
<context>
    <name>EditPositionCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="334" />
        <source>Edit position “{title}”</source>
        <translation>Ubah jabatan “{title}”</translation>
    </message>
</context>
<context>
    <name>EditUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="196" />
        <source>Edit “{name}”</source>
        <translation>Ubah “{name}”</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="158" />
        <source>Select a unit in the tree or the chart</source>
        <translation>Pilih unit pada pohon atau bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="183" />
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="183" />
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="187" />
        <source>rumpun {id}</source>
        <translation>rumpun {id}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="207" />
        <source>A unit needs a name; the change was not saved.</source>
        <translation>Unit harus bernama; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="239" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="239" />
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="239" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="240" />
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="240" />
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="241" />
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="241" />
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="242" />
        <source>Tugas</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="242" />
        <source>Fungsi</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="242" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="243" />
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="243" />
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="244" />
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="308" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="675" />
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="311" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="676" />
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="328" />
        <source>Read-only: another window or program has this plan open, or the file cannot be written</source>
        <translation>Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="342" />
        <source>{name} (proposal)</source>
        <translation>{name} (usulan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="360" />
        <source>{errors} errors, {warnings} warnings, {total} findings</source>
        <translation>{errors} galat, {warnings} peringatan, {total} temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="365" />
        <source>{units} units in {scenario}</source>
        <translation>{units} unit dalam {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="406" />
        <source>Add child unit</source>
        <translation>Tambah unit bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="415" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="421" />
        <source>Collapse</source>
        <translation>Ciutkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="422" />
        <source>Expand</source>
        <translation>Bentangkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="438" />
        <source>New {kind}</source>
        <translation>{kind} baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="456" />
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="457" />
        <source>Delete '{name}' and the {n} units below it? Undo brings them back.</source>
        <translation>Hapus '{name}' beserta {n} unit di bawahnya? Perintah Batalkan dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="477" />
        <source>Cannot move: {reason}</source>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="512" />
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="512" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="531" />
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="521" />
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="530" />
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="537" />
        <source>Cannot save the copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="539" />
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="545" />
        <source>New proposal</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="545" />
        <source>Name of the proposal:</source>
        <translation>Nama usulan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="546" />
        <source>Proposal {n}</source>
        <translation>Usulan {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="552" />
        <source>Cannot create the proposal</source>
        <translation>Usulan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="559" />
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="559" />
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="565" />
        <source>Cannot rename the scenario</source>
        <translation>Nama skenario tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="572" />
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="573" />
        <source>Delete the scenario '{name}' and everything in it? This cannot be undone.</source>
        <translation>Hapus skenario '{name}' beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="580" />
        <source>Cannot delete the scenario</source>
        <translation>Skenario tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="606" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="638" />
        <source>About rbdesk</source>
        <translation>Tentang rbdesk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="607" />
        <source>rbdesk {version}: planning the restructuring of regional work units, offline.</source>
        <translation>rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="613" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="614" />
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="615" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="616" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="617" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="618" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="619" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="620" />
        <source>New plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="621" />
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="622" />
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="623" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="624" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="625" />
        <source>Fit to window</source>
        <translation>Muat di jendela</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="626" />
        <source>Actual size (100%)</source>
        <translation>Ukuran asli (100%)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="627" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="628" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="629" />
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="631" />
        <source>Expand to level {n}</source>
        <translation>Buka sampai tingkat {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="632" />
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="633" />
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="634" />
        <source>Rename scenario…</source>
        <translation>Ganti nama skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="635" />
        <source>Delete scenario…</source>
        <translation>Hapus skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="639" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="648" />
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="640" />
        <source>Inspector</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="641" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="642" />
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="643" />
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="644" />
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="645" />
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="646" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="649" />
        <source>Sub-unit caps</source>
        <translation>Batas sub-unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="650" />
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="651" />
        <source>Spans of control</source>
        <translation>Rentang kendali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="652" />
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="653" />
        <source>Overlapping urusan</source>
        <translation>Urusan tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="654" />
        <source>Level authority</source>
        <translation>Kewenangan tingkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="655" />
        <source>Overlapping tasks</source>
        <translation>Tugas tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="656" />
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="658" />
        <source>All families</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="661" />
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="662" />
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="663" />
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="664" />
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>MoveUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="224" />
        <source>Move “{name}”</source>
        <translation>Pindahkan “{name}”</translation>
    </message>
</context>
<context>
    <name>RenameUnitCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="161" />
        <source>Rename to “{name}”</source>
        <translation>Ganti nama menjadi “{name}”</translation>
    </message>
</context>
<context>
    <name>SetAssignmentsCommand</name>
    <message>
        <location filename="../../rbdesk/ui/commands.py" line="281" />
        <source>Set the urusan of “{name}”</source>
        <translation>Tetapkan urusan “{name}”</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rbdesk/ui/app.py" line="121" />
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
</context>
</TS>