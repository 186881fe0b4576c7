"""The main window: menus, toolbar, status bar and the four areas a planner works in
(structure tree left, chart centre, inspector right, findings bottom), arranged as
dock widgets whose layout is remembered between runs.

Every visible string goes through ``self.tr`` and is set in ``retranslate_ui`` so the
language can switch at run time. The window holds no plan data of its own: it shows
the ``Document`` through item models and the chart scene, and edits only through
undo commands.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from rbdesk.analysis.findings import Family
from rbdesk.domain.errors import RbdeskError
from rbdesk.domain.model import Region, Signatory, Structure
from rbdesk.layout.forest import chart_order
from rbdesk.ui import plaintext
from rbdesk.ui.chart import ChartView
from rbdesk.ui.chart_picture import export_chart_dialog
from rbdesk.ui.clipboard import SubtreeClipboard
from rbdesk.ui.commands import (
    AddUnitCommand,
    DeleteUnitCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetPlanDetailsCommand,
    push,
)
from rbdesk.ui.compareview import CompareView
from rbdesk.ui.dialogs import NewPlanDialog, PlanDetailsDialog
from rbdesk.ui.document import Document
from rbdesk.ui.editkeys import EditingKeys
from rbdesk.ui.export import ExportPdfDialog, ExportRequest, PdfExporter, placeholder_names_in
from rbdesk.ui.export_tables import open_export_tables_dialog
from rbdesk.ui.findings_work import FindingsWork
from rbdesk.ui.history import History
from rbdesk.ui.import_dialog import open_import_dialog
from rbdesk.ui.inspector import Inspector
from rbdesk.ui.kajian_dialog import KajianDialog, open_kajian_dialog
from rbdesk.ui.layout_choice import LayoutChoice
from rbdesk.ui.messages import localised, said, window_language
from rbdesk.ui.models import FindingsFilter, FindingsModel, StructureModel
from rbdesk.ui.navigation import (
    FINDINGS_WIDTHS,
    Navigation,
    TallWhileShown,
    arrange_docks,
    fits_screen,
)
from rbdesk.ui.operations_panel import OperationsPanel
from rbdesk.ui.pemetaan_view import add_pemetaan_dock
from rbdesk.ui.plaintext import plain_label
from rbdesk.ui.proposal import ProposalActions
from rbdesk.ui.scenarios import ScenarioControl
from rbdesk.ui.takeover import LockControl
from rbdesk.ui.worker import AnalysisRunner

MAX_RECENT = 8


class MainWindow(QMainWindow):
    """One window over one open plan."""

    language_requested = Signal(str)

    def __init__(self, document: Document, settings: QSettings, language: str = "id") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.language = language
        self.document: Document | None = None
        self.runner: AnalysisRunner | None = None
        self.active_dialog: QWidget | None = None
        self._build_actions()
        self._build_menus()
        self._build_areas()
        self.chart.language = language
        self.inspector.language = language
        self.operations.set_language(language)
        self.compare.set_language(language)
        self.retranslate_ui()
        self.set_document(document)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        # With no arrangement kept, the first one is made when the window is shown:
        # docks tabified before the window has its size leave a stray tab bar on the
        # screen (Qt 6.11), and the docks' sizes follow the screen's.
        self._arrange_on_show = not (isinstance(state, QByteArray) and self.restoreState(state))
        if not self._arrange_on_show and not fits_screen(self):
            # kept from a larger screen (panels side by side): made anew, or the window
            # would open wider than this screen
            self.tabifyDockWidget(self.dock_findings, self.dock_pemetaan)
            self._arrange_on_show = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._arrange_on_show:
            self._arrange_on_show = False
            arrange_docks(self)
            # once more when the window has its final size (a window manager's resize)
            QTimer.singleShot(0, self, lambda: arrange_docks(self, tabify=False))

    # -- construction ----------------------------------------------------------------------
    def _action(self, name: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("actionNew", QKeySequence.StandardKey.New)
        self.act_open = self._action("actionOpen", QKeySequence.StandardKey.Open)
        self.act_save_copy = self._action("actionSaveCopy", QKeySequence.StandardKey.SaveAs)
        self.act_export_pdf = self._action("actionExportPdf", "Ctrl+E")
        self.act_import = self._action("actionImport", "Ctrl+I")  # rbdesk.ui.import_dialog
        self.act_export_tables = self._action("actionExportTables")  # ui.export_tables
        self.act_export_chart = self._action("actionExportChart")  # ui.chart_picture
        self.act_plan_details = self._action("actionPlanDetails")
        self.act_kajian = self._action("actionKajian")  # rbdesk.ui.kajian_dialog
        self.act_close = self._action("actionClose", QKeySequence.StandardKey.Close)
        self.act_quit = self._action("actionQuit", QKeySequence.StandardKey.Quit)
        self.act_fit = self._action("actionFit", "Ctrl+0")
        self.act_actual = self._action("actionActualSize", "Ctrl+1")
        self.act_zoom_in = self._action("actionZoomIn", QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_out = self._action("actionZoomOut", QKeySequence.StandardKey.ZoomOut)
        self.act_expand_all = self._action("actionExpandAll")
        self.act_level = [self._action(f"actionLevel{n}") for n in (1, 2, 3, 4)]
        self.act_check = self._action("actionCheck", "F5")
        self.act_new_proposal = self._action("actionNewProposal")
        self.act_rename_scenario = self._action("actionRenameScenario")
        self.act_delete_scenario = self._action("actionDeleteScenario")
        self.act_lang_id = self._action("actionIndonesian")
        self.act_lang_en = self._action("actionEnglish")
        for act, lang in ((self.act_lang_id, "id"), (self.act_lang_en, "en")):
            act.setCheckable(True)
            act.setChecked(lang == self.language)
            act.triggered.connect(lambda _=False, code=lang: self.language_requested.emit(code))
        self.act_about = self._action("actionAbout")
        self.act_new.triggered.connect(self.new_plan_dialog)
        self.act_open.triggered.connect(self.open_dialog)
        self.act_save_copy.triggered.connect(self.save_copy_dialog)
        self.act_export_pdf.triggered.connect(self.export_pdf_dialog)
        self.act_import.triggered.connect(lambda: open_import_dialog(self))
        self.act_export_tables.triggered.connect(lambda: open_export_tables_dialog(self))
        self.act_export_chart.triggered.connect(lambda: export_chart_dialog(self))
        self.act_plan_details.triggered.connect(self.plan_details_dialog)
        self.act_kajian.triggered.connect(self.kajian_dialog)
        self.act_close.triggered.connect(self.close)
        self.act_quit.triggered.connect(self.close)
        self.act_check.triggered.connect(self._check_now)
        self.act_about.triggered.connect(self._about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        for act in (self.act_new, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save_copy, self.act_import, self.act_export_pdf,
                                   self.act_export_tables, self.act_export_chart])  # fmt: skip
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_plan_details, self.act_kajian, self.act_close])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.proposal = ProposalActions(self)
        bar.addMenu(self.proposal.menu)
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([self.act_fit, self.act_actual, self.act_zoom_in,
                                   self.act_zoom_out])  # fmt: skip
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_expand_all)
        self.menu_view.addActions(self.act_level)
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions([self.act_lang_id, self.act_lang_en])
        self.menu_analysis = bar.addMenu("")
        self.menu_analysis.addAction(self.act_check)
        self.menu_analysis.addSeparator()
        self.menu_analysis.addActions(
            [self.act_new_proposal, self.act_rename_scenario, self.act_delete_scenario]
        )
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_areas(self) -> None:
        self.chart = ChartView(self)
        self.chart.setObjectName("chartView")
        # the chart, and before and after side by side
        self.central = QTabWidget(self)
        self.central.setObjectName("centralTabs")
        self.central.setDocumentMode(True)
        self.compare = CompareView(self)
        self.central.addTab(self.chart, "")
        self.central.addTab(self.compare, "")
        self.setCentralWidget(self.central)
        # once: the views outlive the plans opened in the window
        self.chart.unit_selected.connect(self.select_unit)
        self.chart.selection_changed.connect(self._chart_selection)
        self.compare.unit_selected.connect(self._compare_chosen)

        tree_panel = QWidget(self)
        tree_layout = QVBoxLayout(tree_panel)
        tree_layout.setContentsMargins(2, 2, 2, 2)
        self.search = QLineEdit(tree_panel)
        # the units in tree order, of the version of the plan last searched
        self._search_order: tuple[Structure | None, list[int]] = (None, [])
        self.search.setObjectName("structureSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._search_next)
        self.tree = QTreeView(tree_panel)
        self.tree.setObjectName("structureTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        tree_layout.addWidget(self.search)
        tree_layout.addWidget(self.tree)
        self.dock_tree = self._dock(
            "structureDock", tree_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.inspector = Inspector(self)
        self.inspector.setObjectName("inspector")
        self.dock_inspector = self._dock(
            "inspectorDock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )

        findings_panel = QWidget(self)
        findings_layout = QVBoxLayout(findings_panel)
        findings_layout.setContentsMargins(2, 2, 2, 2)
        filters = QHBoxLayout()
        self.family_filter = QComboBox(findings_panel)
        self.family_filter.setObjectName("familyFilter")
        self.severity_filter = QComboBox(findings_panel)
        self.severity_filter.setObjectName("severityFilter")
        self.findings_count = plain_label(QLabel(findings_panel))
        filters.addWidget(self.family_filter)
        filters.addWidget(self.severity_filter)
        filters.addStretch(1)
        filters.addWidget(self.findings_count)
        findings_layout.addLayout(filters)
        self.findings = QTableView(findings_panel)
        self.findings.setObjectName("findingsTable")
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setWordWrap(False)
        self.findings.verticalHeader().hide()
        self.findings.doubleClicked.connect(self._finding_activated)
        findings_layout.addWidget(self.findings)
        self.findings_work = FindingsWork(self, findings_layout, filters)
        self.dock_findings = self._dock(
            "findingsDock", findings_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.operations = OperationsPanel(self)
        self.dock_operations = self._dock(
            "operationsPanel", self.operations, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.operations.units_chosen.connect(self.select_units)

        self.pemetaan_view = add_pemetaan_dock(self, self.dock_findings)
        dock = self.pemetaan_view.parentWidget()
        assert isinstance(dock, QDockWidget)
        self.dock_pemetaan = dock

        self.undo_view = QUndoView(self)
        self.undo_view.setObjectName("undoHistory")
        self.dock_undo = self._dock(
            "undoDock", self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea
        )

        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolBar")
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.scenario_label = plain_label(QLabel(toolbar))
        self.scenario_selector = QComboBox(toolbar)
        self.scenario_selector.setObjectName("scenarioSelector")
        self.scenario_selector.setMinimumContentsLength(24)
        toolbar.addWidget(self.scenario_label)
        toolbar.addWidget(self.scenario_selector)
        toolbar.addAction(self.act_new_proposal)
        toolbar.addSeparator()
        self.toolbar_undo_anchor = toolbar.addSeparator()
        toolbar.addActions([self.act_fit, self.act_actual, self.act_check])
        self.exporter = PdfExporter(self)
        self.exporter.progress.connect(self._export_progress)
        self.exporter.finished.connect(self._export_finished)
        self.exporter.failed.connect(self._export_failed)
        self.export_bar = QProgressBar(self)
        self.export_bar.setObjectName("exportProgress")
        self.export_bar.setMaximumWidth(220)
        self.export_bar.setFormat(self.tr("PDF %p%"))
        self.export_cancel = QToolButton(self)
        self.export_cancel.setObjectName("exportCancel")
        self.export_cancel.clicked.connect(self.exporter.cancel)
        for widget in (self.export_bar, self.export_cancel):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.scenarios = ScenarioControl(self)
        self.lock = LockControl(self)
        self.navigation = Navigation(self)
        self.editing_keys = EditingKeys(self)
        self.clipboard = SubtreeClipboard(self)
        self.layout_choice = LayoutChoice(self)
        self.read_only_label = plain_label(QLabel(self))
        self.read_only_label.setObjectName("readOnlyNotice")
        self.read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.act_fit.triggered.connect(self.chart.fit)
        self.act_actual.triggered.connect(self.chart.actual_size)
        self.act_zoom_in.triggered.connect(lambda: self.chart.zoom(1.25))
        self.act_zoom_out.triggered.connect(lambda: self.chart.zoom(0.8))
        self.act_expand_all.triggered.connect(lambda: self.chart.expand_to_level(None))
        for n, act in enumerate(self.act_level, start=1):
            act.triggered.connect(lambda _=False, level=n: self.chart.expand_to_level(level))
        self.chart.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.family_filter.currentIndexChanged.connect(self._filter_changed)
        self.severity_filter.currentIndexChanged.connect(self._filter_changed)

    # -- the document ------------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        old = self.document
        # what belonged to the last plan goes with it (its models, its checker)
        retired = [getattr(self, name, None) for name in
                   ("runner", "structure_model", "findings_model", "findings_filter")]  # fmt: skip
        if self.runner is not None:
            self.runner.stop()
        self.document = document
        self.runner = AnalysisRunner(document, self)
        document.setParent(self)
        self.structure_model = StructureModel(document, self)
        self.tree.setModel(self.structure_model)
        self.tree.expandToDepth(0)  # the OPDs, as the chart opens
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection)
        self.structure_model.rename_handler = self._rename
        self.structure_model.move_handler = self.move_unit
        self.findings_model = FindingsModel(document, self)
        self.findings_model.set_language(self.language)
        self.structure_model.set_language(self.language)
        self.findings_filter = FindingsFilter(self)
        self.findings_filter.setSourceModel(self.findings_model)
        self.findings.setModel(self.findings_filter)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column in (FindingsModel.SEVERITY, FindingsModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in FINDINGS_WIDTHS.items():  # the rule's title, units and basis
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.findings_work.set_document(document)
        self.undo_view.setGroup(document.undo_group)  # the active scenario's history
        self._install_undo_actions(document)
        self.chart.set_document(document)
        self.compare.set_document(document)
        self.inspector.set_document(document)
        document.findings_changed.connect(self._update_counts)
        document.scenario_reset.connect(self._update_counts)
        document.edit_failed.connect(self._edit_failed)
        document.read_only_changed.connect(self._read_only_changed)
        document.region_changed.connect(self._update_title)
        document.version_changed.connect(self._forget_search)
        self._forget_search()
        document.undo_group.cleanChanged.connect(self._clean_changed)
        self.scenarios.set_document(document)
        self.operations.set_document(document)
        self.pemetaan_view.set_document(document)
        self._update_counts()
        self._read_only_changed(document.read_only)
        self._remember_recent(document.path)
        self._update_title()
        notices = [notice.said(window_language()) for notice in document.store.notices]
        if notices:  # side files set aside, an interrupted edit undone: say so
            plaintext.information(self, self.tr("Opening the plan"), "\n\n".join(notices))
        for thing in retired:
            if thing is not None:
                thing.deleteLater()
        if old is not None and old is not document:
            old.close()
            old.deleteLater()

    def _install_undo_actions(self, document: Document) -> None:
        for attr in ("act_undo", "act_redo", "history"):
            old = getattr(self, attr, None)
            if old is not None:
                if isinstance(old, QAction):
                    self.menu_edit.removeAction(old)
                    self.toolbar.removeAction(old)
                old.deleteLater()  # the last plan's: no more signals from it
        # the active scenario's history and the plan's, in the order the steps were made
        self.history = History(document, self)
        self.act_undo, self.act_redo = self.history.make_actions(self)
        self.menu_edit.clear()
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.editing_keys.act_delete, self.navigation.act_find])
        self.menu_edit.addActions([self.clipboard.act_copy, self.clipboard.act_paste])
        self.toolbar.insertActions(self.toolbar_undo_anchor, [self.act_undo, self.act_redo])

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _edit_failed(self, reason: str) -> None:
        """An undo or redo the file refused (a full disk): the plan was read again."""
        plaintext.warning(self, self.tr("The step was not made"), self.tr(
            "{reason}\n\nThe plan was read again from the file; the undo history of this "
            "scenario was cleared.").format(reason=reason))  # fmt: skip

    def _update_title(self) -> None:
        if self.document is None:
            return
        doc = self.document
        suffix = f" [{self.tr('read-only')}]" if doc.read_only else ""
        self.setWindowTitle(f"{doc.path.name} — {doc.region.name}{suffix} — rbdesk")
        self.setWindowFilePath(str(doc.path))

    def _read_only_changed(self, read_only: bool) -> None:
        self.read_only_label.setText(self.lock.describe() if read_only else "")
        if not read_only:
            self.lock.button.hide()
        self._update_title()

    def _update_counts(self) -> None:
        if self.document is None:
            return
        self.findings_count.setText(self.findings_work.count_text())
        self.statusBar().showMessage(
            self.tr("{units} units in {scenario}").format(
                units=len(self.document.structure.units), scenario=self.document.scenario.name
            )
        )

    # -- selection --------------------------------------------------------------------------
    def select_unit(self, unit_id: int) -> None:
        """Select a unit everywhere: tree (its ancestors expanded), chart, inspector."""
        index = self.structure_model.index_of(unit_id)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            if self.tree.currentIndex() != index:
                self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self.chart.select_unit(unit_id)
        self.inspector.show_unit(unit_id)

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            unit_id = current.internalId()
            self.chart.select_unit(unit_id)
            self.inspector.show_unit(unit_id)
            self.findings_work.follow_unit(unit_id)

    def selected_units(self) -> list[int]:
        """The units chosen in the tree (and the chart), in tree order."""
        if self.document is None:
            return []
        ids = [int(i.internalId()) for i in self.tree.selectionModel().selectedRows()]
        return self.structure_model.in_tree_order(ids)

    def select_units(self, unit_ids: list[int]) -> None:
        """Choose several units at once in the tree and the chart; the first is the
        one the inspector shows."""
        if not unit_ids:
            return
        self.select_unit(unit_ids[0])
        selection = QItemSelection()
        for uid in unit_ids:
            index = self.structure_model.index_of(uid)
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.tree.selectionModel().select(selection, flags)

    def _tree_selection(self, *_args: object) -> None:
        ids = self.selected_units()
        self.proposal.update_enabled(ids)
        self.chart.set_selection(ids)

    def _chart_selection(self, unit_ids: list[int]) -> None:
        if set(unit_ids) != set(self.selected_units()):
            self.select_units(list(unit_ids))

    def show_view(self, view: str) -> None:
        """Bring a view to the front: ``operations`` (the restructuring steps),
        ``pemetaan`` (the scores of the urusan), ``compare`` (before and after) or
        ``chart``."""
        if view in ("operations", "pemetaan"):
            dock = self.dock_operations if view == "operations" else self.dock_pemetaan
            dock.show()
            dock.raise_()
        elif view == "compare":
            self.central.setCurrentWidget(self.compare)
        elif view == "chart":
            self.central.setCurrentWidget(self.chart)

    def _compare_chosen(self, unit_id: int) -> None:
        if self.document is not None and unit_id in self.document.structure.units:
            self.select_unit(unit_id)

    def edit_tasks(self) -> None:
        """Show the inspector with the chosen unit's tugas open for typing."""
        self.dock_inspector.show()
        self.dock_inspector.raise_()
        self.inspector.tugas.setFocus()

    def _rename(self, unit_id: int, name: str) -> bool:
        if self.document is None:
            return False
        error = push(self.document, RenameUnitCommand(self.document, unit_id, name))
        if error is not None:
            self.statusBar().showMessage(str(error), 8000)
            return False
        return True

    def tree_menu_for(self, unit_id: int) -> QMenu:
        """The context menu of a unit in the tree: add a child of an allowed kind,
        delete, collapse, expand."""
        doc = self.document
        assert doc is not None
        menu = QMenu(self)
        add = menu.addMenu(self.tr("Add child unit"))
        add.setObjectName("menuAddChild")
        for kind in doc.allowed_child_kinds(unit_id):
            entry = doc.catalogue.kinds[kind]
            label = entry.name_id if self.language == "id" else entry.name_en
            action = add.addAction(label)
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self.add_child(unit_id, k))
        add.setEnabled(not doc.read_only and not add.isEmpty())
        delete = menu.addAction(self.tr("Delete"))
        delete.setObjectName("actionDeleteUnit")
        delete.setEnabled(not doc.read_only)
        delete.triggered.connect(lambda: self.delete_unit(unit_id))
        self.clipboard.add_to_menu(menu, unit_id)
        menu.addSeparator()
        self.proposal.context_menu(menu)
        menu.addSeparator()
        index = self.structure_model.index_of(unit_id)
        menu.addAction(self.tr("Collapse"), lambda: self.tree.collapse(index))
        menu.addAction(self.tr("Expand"), lambda: self.tree.expandRecursively(index))
        return menu

    def _tree_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if index.isValid() and self.document is not None:
            self.tree_menu_for(index.internalId()).exec(self.tree.viewport().mapToGlobal(point))

    def add_child(self, parent_id: int, kind: str) -> int | None:
        """Add a unit of ``kind`` under ``parent_id`` (one undo step), select it and
        open its name for editing."""
        doc = self.document
        if doc is None:
            return None
        entry = doc.catalogue.kinds[kind]
        label = entry.name_id if self.language == "id" else entry.name_en
        command = AddUnitCommand(doc, parent_id, kind, self.tr("New {kind}").format(kind=label))
        error = push(doc, command)
        if error is not None:
            self.statusBar().showMessage(str(error), 8000)
            return None
        self.select_unit(command.unit_id)
        self.tree.edit(self.structure_model.index_of(command.unit_id))
        return int(command.unit_id)

    def delete_unit(self, unit_id: int) -> bool:
        """Delete a unit with its subtree (one undo step), asking first when it has
        units below it."""
        doc = self.document
        if doc is None:
            return False
        below = len(doc.subtree_ids(unit_id)) - 1
        if below > 0:
            answer = plaintext.question(
                self, self.tr("Delete unit"),
                self.tr("Delete '{name}' and the {n} units below it? Undo brings them "
                        "back.").format(name=doc.unit(unit_id).name, n=below),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        error = push(doc, DeleteUnitCommand(doc, unit_id))
        if error is not None:
            self.statusBar().showMessage(str(error), 8000)
            return False
        return True

    def move_unit(self, unit_id: int, parent_id: int | None, position: int | None) -> bool:
        """Move a unit (a drop in the tree), or say in the status bar why not."""
        doc = self.document
        if doc is None:
            return False
        ok, reason = doc.can_move(unit_id, parent_id)
        error = push(doc, MoveUnitCommand(doc, unit_id, parent_id, position)) if ok else None
        if not ok or error is not None:
            text = reason if not ok else str(error)
            self.statusBar().showMessage(self.tr("Cannot move: {reason}").format(reason=text), 8000)
            return False
        self.select_unit(unit_id)
        return True

    def _search(self, text: str) -> None:
        """Search as you type: reveal and select the first unit whose name or short name
        holds the text (in tree order); Enter goes on to the next one."""
        self._search_hits: list[int] = []
        self._search_at = 0
        if self.document is None or not text.strip():
            return
        needle = text.strip().lower()
        structure = self.document.structure
        if self._search_order[0] is not structure:  # once per version, not per key
            self._search_order = (structure, chart_order(structure))  # the tree's order too
        units = structure.units
        self._search_hits = [
            uid
            for uid in self._search_order[1]
            if needle in units[uid].name.lower() or needle in units[uid].short_name.lower()
        ]
        if self._search_hits:
            self.select_unit(self._search_hits[0])
            self.statusBar().showMessage(
                self.tr("{n} units match").format(n=len(self._search_hits)), 4000
            )
        else:
            self.statusBar().showMessage(self.tr("No unit matches '{text}'").format(text=text))

    def _forget_search(self, *_args: object) -> None:
        """An edit or another plan: the hits of the last search may be gone."""
        self._search_hits = []
        self._search_at = 0

    def _search_next(self) -> None:
        if not getattr(self, "_search_hits", []) and self.search.text().strip():
            self._search(self.search.text())  # search again after an edit
            return
        hits = getattr(self, "_search_hits", [])
        if hits:
            self._search_at = (self._search_at + 1) % len(hits)
            self.select_unit(hits[self._search_at])

    def _finding_activated(self, index: QModelIndex) -> None:
        source = self.findings_filter.mapToSource(index)
        finding = self.findings_model.finding(source.row())
        if finding.units:
            self.select_unit(finding.units[0])
            self.chart.center_on(finding.units)

    def _filter_changed(self) -> None:
        family = self.family_filter.currentData()
        severity = self.severity_filter.currentData()
        self.findings_filter.set_filter(
            {family} if family else set(), {severity} if severity else set()
        )

    def _check_now(self) -> None:
        if self.runner is not None:
            self.runner.schedule()  # on the worker, as every check

    # -- files and scenarios ----------------------------------------------------------------
    def new_plan_dialog(self) -> NewPlanDialog:
        """Ask for the region (name, level, code, geographic factor), then where to keep
        the new plan; the dialog does not block (tests and people type into it)."""
        dialog = NewPlanDialog(self)
        dialog.accepted.connect(lambda: self.create_plan(dialog.value(), dialog.template()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.active_dialog = dialog
        return dialog

    def create_plan(self, region: Region, template: bool = False) -> bool:
        """Create a plan for ``region`` in a file the user names, and open it; with
        ``template``, holding the standard perangkat daerah of its level."""
        from rbdesk.ui.app import documents_folder

        folder = documents_folder()
        folder.mkdir(parents=True, exist_ok=True)
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in region.name.lower())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new plan as"), str(folder / f"{stem}.rbd"),
            self.tr("rbdesk plans (*.rbd)"),
        )  # fmt: skip
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".rbd":
            path = path.with_name(path.name + ".rbd")
        if path.exists() and not (
            self.document is not None and path.resolve() == self.document.path.resolve()
        ):
            answer = plaintext.question(
                self, self.tr("New plan"),
                self.tr("'{path}' exists. Replace it?").format(path=path),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self.document is not None and path.resolve() == self.document.path.resolve():
            plaintext.warning(
                self, self.tr("Cannot create the plan"),
                self.tr("'{path}' is the plan open in this window; choose another name.").format(
                    path=path),
            )  # fmt: skip
            return False
        try:
            document = Document.new(path, region, scenario_name=self.tr("Current condition"),
                                    overwrite=True, template=template)  # fmt: skip
        except (RbdeskError, OSError) as exc:
            reason = said(exc)
            plaintext.warning(self, self.tr("Cannot create the plan"), reason)
            return False
        self.set_document(document)
        self.statusBar().showMessage(self.tr("New plan: {path}").format(path=path), 8000)
        return True

    def plan_details_dialog(self) -> PlanDetailsDialog | None:
        """The region's details and the signatories of the proposal (one undo step)."""
        doc = self.document
        if doc is None:
            return None

        def submit(value: tuple[Region, tuple[Signatory, ...]]) -> str | None:
            error = push(doc, SetPlanDetailsCommand(doc, *value))
            return None if error is None else str(error)

        try:
            signatories = doc.signatories()
        except RbdeskError as exc:
            plaintext.warning(self, self.tr("Plan details"), said(exc))
            return None
        dialog = PlanDetailsDialog(doc.region, signatories, submit, self)
        if doc.read_only:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.active_dialog = dialog
        return dialog

    def kajian_dialog(self) -> KajianDialog | None:
        """The kajian's texts and details (``rbdesk.ui.kajian_dialog``)."""
        return open_kajian_dialog(self)

    def export_pdf_dialog(self) -> ExportPdfDialog | None:
        """Ask for the report's choices, then write it on a worker thread."""
        if self.document is None:
            return None
        if self.exporter.busy:
            self.statusBar().showMessage(self.tr("A PDF is being written; wait for it."), 8000)
            return None
        dialog = ExportPdfDialog(self.document, self.language, self)
        dialog.accepted.connect(lambda: self.export_pdf(dialog.value()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.active_dialog = dialog
        return dialog

    def export_pdf(self, request: ExportRequest) -> bool:
        if self.document is None or self.exporter.busy:
            return False
        if request.path.exists():
            answer = plaintext.question(
                self, self.tr("Export PDF"),
                self.tr("'{path}' exists. Replace it?").format(path=request.path),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        unnamed = placeholder_names_in(self.document, request)
        if unnamed:
            shown = "\n".join(unnamed[:12]) + ("\n…" if len(unnamed) > 12 else "")
            answer = plaintext.question(
                self, self.tr("Export PDF"),
                self.tr("These units still have a placeholder name, which the signed "
                        "proposal would print:\n\n{names}\n\nWrite the report anyway?").format(
                    names=shown),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self.exporter.start(self.document.path, request, self.language):
            return False
        self.export_bar.setRange(0, 0)
        self.export_bar.show()
        self.export_cancel.show()
        self.statusBar().showMessage(self.tr("Writing {path}…").format(path=request.path.name), 0)
        return True

    def _export_progress(self, done: int, total: int) -> None:
        self.export_bar.setRange(0, max(total, 1))
        self.export_bar.setValue(done)

    def _export_finished(self, path: str, pages: int) -> None:
        self.export_bar.hide()
        self.export_cancel.hide()
        self.statusBar().showMessage(
            self.tr("PDF written: {path} ({pages} pages)").format(path=path, pages=pages), 15000
        )

    def _export_failed(self, reason: str) -> None:
        self.export_bar.hide()
        self.export_cancel.hide()
        if not reason:
            self.statusBar().showMessage(self.tr("PDF export cancelled; nothing was written."))
            return
        self.statusBar().showMessage(self.tr("PDF export failed."), 8000)
        plaintext.warning(self, self.tr("Cannot write the PDF"), reason)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open plan"), str(Path.home()), self.tr("rbdesk plans (*.rbd)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            document = Document.open(path)
        except RbdeskError as exc:
            plaintext.warning(self, self.tr("Cannot open the plan"), str(localised(exc)))
            return False
        self.set_document(document)
        return True

    def save_copy_dialog(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(self.document.path.with_name(
                f"{self.document.path.stem}-copy.rbd")), self.tr("rbdesk plans (*.rbd)"),
        )  # fmt: skip
        if name:
            try:
                self.document.store.save_copy(Path(name))
            except (RbdeskError, OSError) as exc:
                plaintext.warning(self, self.tr("Cannot save the copy"), said(exc))
                return
            self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=name), 8000)

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.settings.setValue("files/last", str(path))
        self._fill_recent()

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for name in self.recent_files():
            action = self.menu_recent.addAction(name)
            action.triggered.connect(lambda _=False, p=name: self.open_path(Path(p)))
        self.menu_recent.setEnabled(bool(self.recent_files()))

    def _about(self) -> None:
        from rbdesk import __version__

        QMessageBox.about(
            self, self.tr("About rbdesk"),
            self.tr("rbdesk {version}: planning the restructuring of regional work units, "
                    "offline.").format(version=__version__),
        )  # fmt: skip

    # -- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Recent files"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("Language"))
        self.menu_analysis.setTitle(self.tr("&Analysis"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("New plan…"))
        self.act_open.setText(self.tr("Open…"))
        self.act_save_copy.setText(self.tr("Save a copy…"))
        self.act_export_pdf.setText(self.tr("Export PDF…"))
        self.act_import.setText(self.tr("Import…"))
        self.act_export_tables.setText(self.tr("Export tables…"))
        self.act_export_chart.setText(self.tr("Export the chart as a picture…"))
        self.act_plan_details.setText(self.tr("Plan details and signatures…"))
        self.act_kajian.setText(self.tr("Kajian texts and details…"))
        self.export_cancel.setText(self.tr("Cancel"))
        self.act_close.setText(self.tr("Close"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_fit.setText(self.tr("Fit to window"))
        self.act_actual.setText(self.tr("Actual size (100%)"))
        self.act_zoom_in.setText(self.tr("Zoom in"))
        self.act_zoom_out.setText(self.tr("Zoom out"))
        self.act_expand_all.setText(self.tr("Expand all"))
        for n, act in enumerate(self.act_level, start=1):
            act.setText(self.tr("Expand to level {n}").format(n=n))
        self.act_check.setText(self.tr("Check now"))
        self.act_new_proposal.setText(self.tr("New proposal…"))
        self.act_rename_scenario.setText(self.tr("Rename scenario…"))
        self.act_delete_scenario.setText(self.tr("Delete scenario…"))
        self.act_lang_id.setText("Bahasa Indonesia")
        self.act_lang_en.setText("English")
        self.act_about.setText(self.tr("About rbdesk"))
        self.dock_tree.setWindowTitle(self.tr("Structure"))
        self.dock_inspector.setWindowTitle(self.tr("Inspector"))
        self.dock_findings.setWindowTitle(self.tr("Findings"))
        self.dock_undo.setWindowTitle(self.tr("History"))
        self.dock_operations.setWindowTitle(self.tr("Restructuring steps"))
        self.central.setTabText(0, self.tr("Chart"))
        self.central.setTabText(1, self.tr("Before and after"))
        self.proposal.retranslate_ui()
        self.lock.retranslate_ui()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.scenario_label.setText(self.tr("Scenario:"))
        self.search.setPlaceholderText(self.tr("Search units…"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        family_labels = {
            "structure": self.tr("Structure"),
            "caps": self.tr("Sub-unit caps"),
            "layers": self.tr("Layers"),
            "spans": self.tr("Spans of control"),
            "grades": self.tr("Eselon"),
            "overlap": self.tr("Overlapping urusan"),
            "authority": self.tr("Level authority"),
            "text": self.tr("Overlapping tasks"),
            "typology": self.tr("Type"),
        }
        families = [("", self.tr("All families"))]
        families += [(f.value, family_labels[f.value]) for f in Family]
        severities = [
            ("", self.tr("All severities")),
            ("error", self.tr("Errors")),
            ("warning", self.tr("Warnings")),
            ("info", self.tr("Information")),
        ]
        for combo, items in ((self.family_filter, families), (self.severity_filter, severities)):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for data, label in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        if self.document is not None:
            self.history.retranslate_ui()
            self.findings_model.set_language(self.language)
            self.structure_model.set_language(self.language)
            self.scenarios.fill()
            self._update_counts()
            self._read_only_changed(self.document.read_only)
        self.chart.retranslate_ui()
        self.navigation.retranslate_ui()
        self.findings_work.retranslate_ui()
        self.editing_keys.retranslate_ui()
        self.clipboard.retranslate_ui()
        self.layout_choice.retranslate_ui()
        self.compare.retranslate_ui()
        self.inspector.retranslate_ui()

    def set_language(self, language: str) -> None:
        self.language = language
        self.act_lang_id.setChecked(language == "id")
        self.act_lang_en.setChecked(language == "en")
        self.chart.language = language
        self.inspector.language = language
        self.operations.set_language(language)
        self.compare.set_language(language)
        self.retranslate_ui()

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        for tall in self.findChildren(TallWhileShown):
            tall.settle()  # the panels' own height kept, not the one given for a while
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.exporter.wait()
        if self.document is not None:
            if self.runner is not None:
                self.runner.stop()
            self.chart.clear()
            self.compare.clear()
            self.document.close()
        super().closeEvent(event)
