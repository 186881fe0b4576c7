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
        <location filename="../../rbdesk/ui/chart.py" line="187" />
        <source>type {code}</source>
        <extracomment>Coordination links between two shown boxes, as (from, to) border points.</extracomment>
        <translation>tipe {code}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="194" />
        <source>staff {existing}/{needed}</source>
        <translation>pegawai {existing}/{needed}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/chart.py" line="446" />
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
        <location filename="../../rbdesk/ui/document.py" line="851" />
        <source>'{path}' is open read-only; the change was not made</source>
        <extracomment>``QUndoCommand.id()`` of the commands that merge.</extracomment>
        <translation>'{path}' terbuka hanya-baca; perubahan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="256" />
        <source>'{path}' holds no scenario</source>
        <extracomment>A unit's place in the tree: ``(parent_id, sort_order)``. the unit and everything attached to it are new a field of the unit changed (name, kind, type, eselon ...) the unit and everything attached to it are gone the unit's parent or sibling order changed the urusan assignments of the unit changed a position of the unit was added, changed or removed an IKU of the unit was added, changed or removed the whole structure was replaced (switch or reload) the list of scenarios or their names changed after every change, with the new version number an undo or redo failed; the document was reloaded True when the plan opened read-only because another window had it open.</extracomment>
        <translation>'{path}' tidak memuat skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="305" />
        <location filename="../../rbdesk/ui/document.py" line="557" />
        <source>unit {id} does not exist in this scenario</source>
        <translation>unit {id} tidak ada dalam skenario ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="349" />
        <source>{what} {id} does not exist in this scenario</source>
        <translation>{what} {id} tidak ada dalam skenario ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="441" />
        <source>a position among siblings cannot be negative</source>
        <translation>urutan di antara unit sejajar tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="543" />
        <source>the records belong to another scenario</source>
        <translation>data tersebut milik skenario lain</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="547" />
        <source>unit {id} already exists</source>
        <translation>unit {id} sudah ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="550" />
        <source>parent unit {id} does not exist</source>
        <translation>unit atasan {id} tidak ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="598" />
        <source>urusan {codes} assigned more than once</source>
        <translation>urusan {codes} ditetapkan lebih dari sekali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="602" />
        <source>unknown urusan role '{role}'</source>
        <translation>peran urusan '{role}' tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="660" />
        <source>a position needs a title</source>
        <translation>jabatan harus bernama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="663" />
        <source>unknown position category '{c}'</source>
        <translation>kategori jabatan '{c}' tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="667" />
        <source>unknown eselon '{e}' (known: {known})</source>
        <translation>eselon '{e}' tidak dikenal (yang dikenal: {known})</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="672" />
        <source>a number of positions cannot be negative</source>
        <translation>jumlah jabatan tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="717" />
        <source>an IKU needs an indicator</source>
        <translation>IKU harus memiliki indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/document.py" line="758" />
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
    <name>IkuDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="322" />
        <source>Key performance indicator (IKU)</source>
        <translation>Indikator kinerja utama (IKU)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="330" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="331" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="332" />
        <source>Unit of measure</source>
        <translation>Satuan ukur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="338" />
        <source>An IKU needs an indicator; nothing was saved.</source>
        <translation>IKU harus memuat indikator; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="251" />
        <source>Select a unit in the tree or the chart</source>
        <translation>Pilih unit pada pohon atau bagan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="277" />
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="277" />
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="281" />
        <source>rumpun {id}</source>
        <translation>rumpun {id}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="290" />
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="291" />
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="292" />
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="321" />
        <source>A unit needs a name; the change was not saved.</source>
        <translation>Unit harus bernama; perubahan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="464" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="464" />
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="464" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="465" />
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="465" />
        <location filename="../../rbdesk/ui/inspector.py" line="482" />
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="466" />
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="466" />
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="467" />
        <source>Tugas</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="467" />
        <source>Fungsi</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="467" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="468" />
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="468" />
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="469" />
        <source>IKU</source>
        <translation>IKU</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="474" />
        <source>Assign…</source>
        <translation>Tetapkan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="474" />
        <source>Main/supporting</source>
        <translation>Utama/penunjang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="475" />
        <location filename="../../rbdesk/ui/inspector.py" line="476" />
        <location filename="../../rbdesk/ui/inspector.py" line="478" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="475" />
        <location filename="../../rbdesk/ui/inspector.py" line="477" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="476" />
        <location filename="../../rbdesk/ui/inspector.py" line="477" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="482" />
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="482" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="482" />
        <source>Now</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="483" />
        <source>Needed</source>
        <translation>Butuh</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="485" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="485" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/inspector.py" line="485" />
        <source>Measure</source>
        <translation>Satuan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="316" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="730" />
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="319" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="731" />
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="339" />
        <source>Read-only: another window or program has this plan open, or the file cannot be written</source>
        <translation>Hanya-baca: rencana ini sedang dibuka jendela atau program lain, atau berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="353" />
        <source>{name} (proposal)</source>
        <translation>{name} (usulan)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="371" />
        <source>{errors} errors, {warnings} warnings, {total} findings</source>
        <translation>{errors} galat, {warnings} peringatan, {total} temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="376" />
        <source>{units} units in {scenario}</source>
        <translation>{units} unit dalam {scenario}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="417" />
        <source>Add child unit</source>
        <translation>Tambah unit bawahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="426" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="432" />
        <source>Collapse</source>
        <translation>Ciutkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="433" />
        <source>Expand</source>
        <translation>Bentangkan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="449" />
        <source>New {kind}</source>
        <translation>{kind} baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="467" />
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="468" />
        <source>Delete '{name}' and the {n} units below it? Undo brings them back.</source>
        <translation>Hapus '{name}' beserta {n} unit di bawahnya? Perintah Batalkan dapat mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="488" />
        <source>Cannot move: {reason}</source>
        <translation>Tidak dapat dipindahkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="567" />
        <source>Open plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="540" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="567" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="586" />
        <source>rbdesk plans (*.rbd)</source>
        <translation>Rencana rbdesk (*.rbd)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="539" />
        <source>Save the new plan as</source>
        <translation>Simpan rencana baru sebagai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="549" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="559" />
        <source>Cannot create the plan</source>
        <translation>Rencana tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="550" />
        <source>'{path}' is the plan open in this window; choose another name.</source>
        <translation>'{path}' adalah rencana yang terbuka di jendela ini; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="556" />
        <source>Current condition</source>
        <translation>Kondisi Saat Ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="562" />
        <source>New plan: {path}</source>
        <translation>Rencana baru: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="576" />
        <source>Cannot open the plan</source>
        <translation>Rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="585" />
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="592" />
        <source>Cannot save the copy</source>
        <translation>Salinan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="594" />
        <source>Copy saved: {path}</source>
        <translation>Salinan disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="600" />
        <source>New proposal</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="600" />
        <source>Name of the proposal:</source>
        <translation>Nama usulan:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="601" />
        <source>Proposal {n}</source>
        <translation>Usulan {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="607" />
        <source>Cannot create the proposal</source>
        <translation>Usulan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="614" />
        <source>Rename scenario</source>
        <translation>Ganti nama skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="614" />
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="620" />
        <source>Cannot rename the scenario</source>
        <translation>Nama skenario tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="627" />
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="628" />
        <source>Delete the scenario '{name}' and everything in it? This cannot be undone.</source>
        <translation>Hapus skenario '{name}' beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="635" />
        <source>Cannot delete the scenario</source>
        <translation>Skenario tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="661" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="693" />
        <source>About rbdesk</source>
        <translation>Tentang rbdesk</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="662" />
        <source>rbdesk {version}: planning the restructuring of regional work units, offline.</source>
        <translation>rbdesk {version}: perencanaan penataan perangkat daerah, tanpa jaringan.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="668" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="669" />
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="670" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="671" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="672" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="673" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="674" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="675" />
        <source>New plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="676" />
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="677" />
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="678" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="679" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="680" />
        <source>Fit to window</source>
        <translation>Muat di jendela</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="681" />
        <source>Actual size (100%)</source>
        <translation>Ukuran asli (100%)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="682" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="683" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="684" />
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="686" />
        <source>Expand to level {n}</source>
        <translation>Buka sampai tingkat {n}</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="687" />
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="688" />
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="689" />
        <source>Rename scenario…</source>
        <translation>Ganti nama skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="690" />
        <source>Delete scenario…</source>
        <translation>Hapus skenario…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="694" />
        <location filename="../../rbdesk/ui/mainwindow.py" line="703" />
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="695" />
        <source>Inspector</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="696" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="697" />
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="698" />
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="699" />
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="700" />
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="701" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="704" />
        <source>Sub-unit caps</source>
        <translation>Batas sub-unit</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="705" />
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="706" />
        <source>Spans of control</source>
        <translation>Rentang kendali</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="707" />
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="708" />
        <source>Overlapping urusan</source>
        <translation>Urusan tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="709" />
        <source>Level authority</source>
        <translation>Kewenangan tingkat daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="710" />
        <source>Overlapping tasks</source>
        <translation>Tugas tumpang tindih</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="711" />
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="713" />
        <source>All families</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="716" />
        <source>All severities</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="717" />
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="718" />
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/mainwindow.py" line="719" />
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
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="96" />
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="99" />
        <source>e.g. Kabupaten Sukamaju</source>
        <translation>mis. Kabupaten Sukamaju</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="103" />
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="104" />
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="105" />
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="111" />
        <source>e.g. 35.16</source>
        <translation>mis. 35.16</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="119" />
        <source>Geographic difficulty factor used by the typology (1.0 when none applies)</source>
        <translation>Faktor kesulitan geografis untuk tipologi (1,0 bila tidak berlaku)</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="123" />
        <source>e.g. Bagian Organisasi Setda</source>
        <translation>mis. Bagian Organisasi Setda</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="124" />
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="125" />
        <source>Level</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="126" />
        <source>Region code</source>
        <translation>Kode daerah</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="127" />
        <source>Geographic factor</source>
        <translation>Faktor geografis</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="128" />
        <source>Preparing unit</source>
        <translation>Unit penyusun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="135" />
        <source>A plan needs the name of its region.</source>
        <translation>Rencana harus memuat nama daerahnya.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="138" />
        <source>A region code is digits separated by dots, such as 35.16.</source>
        <translation>Kode daerah berupa angka yang dipisahkan titik, misalnya 35.16.</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="268" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="275" />
        <source>structural</source>
        <translation>struktural</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="276" />
        <source>functional</source>
        <translation>fungsional</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="277" />
        <source>pelaksana</source>
        <translation>pelaksana</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="290" />
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="291" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="292" />
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="293" />
        <source>Staff now</source>
        <translation>Pegawai saat ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="294" />
        <source>Staff needed</source>
        <translation>Kebutuhan pegawai</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="300" />
        <source>A position needs a title; nothing was saved.</source>
        <translation>Jabatan harus bernama; tidak ada yang disimpan.</translation>
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
    <name>UrusanPicker</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="165" />
        <source>Assign an urusan</source>
        <translation>Tetapkan urusan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="169" />
        <source>Search by code or name, e.g. 2.08 or pangan</source>
        <translation>Cari menurut kode atau nama, misalnya 2.08 atau pangan</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="174" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="174" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="174" />
        <source>Rumpun</source>
        <translation>Rumpun</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="179" />
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="180" />
        <source>supporting</source>
        <translation>pendukung</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="183" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="208" />
        <source>Already assigned to this unit</source>
        <translation>Sudah ditetapkan pada unit ini</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="250" />
        <source>Choose an urusan or sub-urusan from the list.</source>
        <translation>Pilih urusan atau sub-urusan dari daftar.</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="252" />
        <source>This urusan is already assigned to the unit.</source>
        <translation>Urusan ini sudah ditetapkan pada unit tersebut.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="53" />
        <source>OK</source>
        <extracomment>Tries a change; returns the reason it was refused, or ``None`` when it was made.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../rbdesk/ui/dialogs.py" line="54" />
        <source>Cancel</source>
        <translation>Batal</translation>
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