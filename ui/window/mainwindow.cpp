#include "mainwindow.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

#include "core/bytesearch.hpp"
#include "core/databasecontroller.hpp"
#include "core/pendingedits.hpp"
#include "core/translations.hpp"
#include "core/valueformat.hpp"
#include "dialogs/aboutdialog.hpp"
#include "maintenanceactions.hpp"
#include "models/keytablemodel.hpp"
#include "models/namespacemodel.hpp"
#include "openflow.hpp"
#include "pastactions.hpp"
#include "rangeactions.hpp"
#include "sortactions.hpp"
#include "recentfiles.hpp"
#include "recordactions.hpp"
#include "widgets/expirydelegate.hpp"
#include "widgets/rangefilter.hpp"
#include "widgets/statuspanel.hpp"
#include "widgets/valuepanel.hpp"

namespace browser {

namespace {
const char* const kFileFilter = QT_TRANSLATE_NOOP("MainWindow", "emdb databases (*.emdb);;All files (*)");
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), controller_(new DatabaseController(this)), pending_(new PendingEdits(controller_, this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setAcceptDrops(true);
  namespaces_ = new NamespaceModel(controller_->worker(), this);
  keys_ = new KeyTableModel(controller_->worker(), this);
  keys_->setPendingEdits(pending_);

  tree_ = new QTreeView(this);
  tree_->setObjectName(QStringLiteral("namespaceTree"));
  tree_->setModel(namespaces_);
  tree_->setUniformRowHeights(true);
  tree_->setMinimumWidth(160);
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(NamespaceModel::NameColumn, QHeaderView::Stretch);
  tree_->header()->setSectionResizeMode(NamespaceModel::CountColumn, QHeaderView::ResizeToContents);

  table_ = new QTableView(this);
  table_->setObjectName(QStringLiteral("keyTable"));
  table_->setModel(keys_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->setWordWrap(false);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->horizontalHeader()->setSectionResizeMode(KeyTableModel::ValueColumn, QHeaderView::Stretch);
  table_->horizontalHeader()->resizeSection(KeyTableModel::KeyColumn, 220);
  table_->horizontalHeader()->resizeSection(KeyTableModel::SizeColumn, 80);
  table_->horizontalHeader()->resizeSection(KeyTableModel::ExpiresColumn, 130);
  table_->horizontalHeader()->setMinimumSectionSize(40);
  table_->setContextMenuPolicy(Qt::ActionsContextMenu);
  table_->setItemDelegateForColumn(KeyTableModel::ExpiresColumn, new ExpiryDelegate(table_));
  table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  table_->setTabKeyNavigation(false);  // Tab moves on to the value panel, as in every form

  value_ = new ValuePanel(this);
  filter_ = new RangeFilter(this);
  auto* centre = new QWidget(this);
  auto* centreLayout = new QVBoxLayout(centre);
  centreLayout->setContentsMargins(0, 0, 0, 0);
  centreLayout->addWidget(filter_);
  centreLayout->addWidget(table_, 1);
  splitter_ = new QSplitter(this);
  splitter_->addWidget(tree_);
  splitter_->addWidget(centre);
  splitter_->addWidget(value_);
  splitter_->setStretchFactor(0, 0);
  splitter_->setStretchFactor(1, 1);
  splitter_->setStretchFactor(2, 0);
  splitter_->setSizes({220, 760, 380});
  setCentralWidget(splitter_);

  auto* pendingDock = new QDockWidget(tr("Pending Changes"), this);
  pendingDock->setObjectName(QStringLiteral("pendingDock"));
  auto* undoView = new QUndoView(pending_->stack(), pendingDock);
  undoView->setObjectName(QStringLiteral("pendingList"));
  undoView->setEmptyLabel(tr("(nothing pending)"));
  pendingDock->setWidget(undoView);
  addDockWidget(Qt::BottomDockWidgetArea, pendingDock);
  resizeDocks({pendingDock}, {140}, Qt::Vertical);
  pendingDock->hide();
  connect(pending_, &PendingEdits::changed, pendingDock, [this, pendingDock] {
    if (!pending_->isEmpty()) pendingDock->show();
  });

  status_ = new StatusPanel(controller_->worker(), this);
  statusBar()->addPermanentWidget(status_);

  open_flow_ = new OpenFlow(controller_, this);
  record_actions_ = new RecordActions(controller_, pending_, keys_, table_, this);
  maintenance_ = new MaintenanceActions(controller_, this);
  past_ = new PastActions(controller_, pending_, keys_, table_, this);
  sort_ = new SortActions(keys_, table_, this);
  range_actions_ = new RangeActions(controller_, pending_, keys_, this);
  buildMenus();

  connect(controller_, &DatabaseController::opened, this, &MainWindow::onOpened);
  connect(controller_, &DatabaseController::closed, this, &MainWindow::onClosed);
  connect(controller_, &DatabaseController::infoChanged, this,
          [this](const DatabaseInfo& info) { status_->showDatabase(info); });
  connect(controller_, &DatabaseController::recordsChanged, this, &MainWindow::onRecordsChanged);
  connect(controller_, &DatabaseController::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 6000); });
  connect(controller_, &DatabaseController::writeFailed, this, [this](const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Written"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("writeError"));
    box->setInformativeText(tr("Nothing of this change was written."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  });
  connect(open_flow_, &OpenFlow::abandoned, this, [this] { updateTitle(); });
  connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onScopeChosen);
  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onRecordChosen);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, record_actions_, &RecordActions::update);
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, past_, &PastActions::update);
  connect(keys_, &KeyTableModel::rowsLoaded, this, [this](int first, int last) {
    record_actions_->update();
    const int current = table_->currentIndex().row();
    if (current >= first && current <= last && !value_->hasRecord()) onRecordChosen();
  });
  connect(keys_, &KeyTableModel::expiryEdited, this, [this](const QByteArray& key, qint64 expiresAt) {
    pending_->setExpiry(keys_->scope().ns, {key}, expiresAt);
  });
  connect(keys_, &KeyTableModel::valueEdited, this, [this](const QByteArray& key, const QByteArray& value) {
    pending_->put(keys_->scope().ns, key, value, std::nullopt, tr("Edit the value of %1").arg(keyDisplay(key)));
  });
  connect(keys_, &KeyTableModel::rowFound, this, [this](const QByteArray&, int row) {
    if (row < 0) return;
    table_->selectRow(row);
    table_->scrollTo(keys_->index(row, 0));
  });
  connect(namespaces_, &NamespaceModel::reloaded, this, [this] {
    QList<QByteArray> names;
    for (int i = 0; i < namespaces_->rowCount(); ++i) names << namespaces_->scopeOf(namespaces_->index(i, 0)).ns;
    record_actions_->setNamespaces(names);
    // Select the namespace shown in the table without changing the table's scope.
    const QModelIndex at = namespaces_->indexOfNamespace(keys_->scope().ns);
    const QSignalBlocker block(tree_->selectionModel());
    tree_->setCurrentIndex(at.isValid() ? at : namespaces_->index(0, 0));
    tree_->viewport()->update();
  });
  connect(filter_, &RangeFilter::changed, this, [this] { showScope(); });
  connect(filter_, &RangeFilter::invalid, this, [this] {
    // Nothing matches a pattern that does not compile: no stale rows, no stale count.
    if (!controller_->isOpen()) return;
    keys_->clear();
    value_->showMessage(tr("Select a record to see its value."));
    record_actions_->update();
  });
  connect(keys_, &KeyTableModel::rowsCounted, this, [this](qint64 rows, qint64 added) {
    if (keys_->isScanMode()) return;  // the scan reports its matches
    QString text = tr("%Ln key(s)", nullptr, int(rows));
    if (added > 0) text += QStringLiteral(" · ") + tr("%Ln new when written", nullptr, int(added));
    filter_->setStatus(text);
  });
  connect(keys_, &KeyTableModel::scanProgress, this, [this](qint64 scanned, qint64 total, qint64 matches) {
    filter_->setStatus(
        tr("%Ln match(es), %1% scanned", nullptr, int(matches)).arg(total > 0 ? 100 * scanned / total : 100));
  });
  connect(keys_, &KeyTableModel::sortProgress, this, [this](qint64 done, qint64 total) {
    filter_->setStatus(tr("Sorting… %1%").arg(total > 0 ? 100 * done / total : 100));
  });
  connect(keys_, &KeyTableModel::scanFinished, this,
          [this](qint64 matches) { filter_->setStatus(tr("%Ln match(es)", nullptr, int(matches))); });
  connect(value_, &ValuePanel::pageWanted, this,
          [this](const QByteArray& ns, const QByteArray& key, quint64 generation, qint64 offset, int length) {
            const PendingChange* staged = pending_->find(ns, key);
            controller_->readValueSlice(
                ns, key, offset, length, value_,
                [this, ns, key, generation, offset](const QByteArray& bytes) {
                  value_->supplyPage(ns, key, generation, offset, bytes);
                },
                staged && staged->streamed ? staged->streamed : std::nullopt);
          });
  connect(value_, &ValuePanel::saveToFileRequested, this, [this](const QByteArray& ns, const QByteArray& key) {
    QString name = QString::fromUtf8(key);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Value to File"), name.left(80));
    if (!path.isEmpty()) controller_->saveValueToFile(ns, key, path);
  });
  connect(value_, &ValuePanel::findRequested, this,
          [this](const QByteArray& ns, const QByteArray& key, const QByteArray& needle, qint64 from,
                 SearchDirection direction) {
            const PendingChange* staged = pending_->find(ns, key);
            if (staged && staged->value) {  // a staged value is held whole (at most 128 KiB)
              value_->showFound(ns, key, needle, findBytes(*staged->value, needle, from, direction));
              return;
            }
            controller_->findInValue(
                ns, key, staged && staged->streamed ? staged->streamed : std::nullopt, needle, from, direction, value_,
                [this, ns, key, needle](std::optional<qint64> at) { value_->showFound(ns, key, needle, at); });
          });
  connect(value_, &ValuePanel::replaceFromFileRequested, this, [this](const QByteArray& ns, const QByteArray& key) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Replace Value from File"));
    if (path.isEmpty()) return;
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
      QMessageBox::warning(this, tr("Replace Value from File"), tr("%1 is not a file that can be read.").arg(path));
      return;
    }
    if (file.size() > DatabaseController::kLargestValue) {
      QMessageBox::warning(this, tr("Replace Value from File"),
                           tr("%1 holds %2: an emdb record holds at most 256 MiB, its key included.")
                               .arg(file.fileName(), sizeDisplay(file.size())));
      return;
    }
    pending_->putStreamed(ns, key, StreamedValue{file.absoluteFilePath(), file.size(), {}},
                          tr("Replace the value of %1 from %2").arg(keyDisplay(key), file.fileName()));
  });
  connect(value_, &ValuePanel::patchRequested, this,
          [this](const QByteArray& ns, const QByteArray& key, qint64 size, const std::map<qint64, char>& patches) {
            // Over what is staged already (a file, earlier patches), else the stored value.
            const PendingChange* staged = pending_->find(ns, key);
            StreamedValue v;
            if (staged && staged->streamed)
              v = *staged->streamed;
            else
              v.size = size;
            for (const auto& [at, byte] : patches) v.patches[at] = byte;
            pending_->putStreamed(ns, key, v,
                                  tr("Change %Ln byte(s) of %1", nullptr, int(patches.size())).arg(keyDisplay(key)));
          });
  connect(value_, &ValuePanel::saveRequested, this,
          [this](const QByteArray& ns, const QByteArray& key, const QByteArray& value) {
            pending_->put(ns, key, value, std::nullopt, tr("Edit the value of %1").arg(keyDisplay(key)));
          });
  connect(pending_, &PendingEdits::changed, this, [this] {
    write_changes_->setEnabled(!pending_->isEmpty() && !pending_->isWriting());
    revert_changes_->setEnabled(!pending_->isEmpty() && !pending_->isWriting());
    updateTitle();
    // The value panel shows what is staged: a deletion, a new value and size.
    if (controller_->isOpen() && !value_->isModified()) onRecordChosen();
  });
  restoreSettings();
  updateTitle();
  value_->showMessage(noDatabaseText());
}

QString MainWindow::noDatabaseText() {
  return tr("No database is open. Open one (%1), drop a file on the window, or try File > Create Sample Database.")
      .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
}

MainWindow::~MainWindow() { controller_->worker()->shutdown(); }

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* create = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this,
                                    &MainWindow::chooseNewFile);
  create->setShortcut(QKeySequence::New);
  QAction* open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                  [this] { chooseFile(false); });
  open->setShortcut(QKeySequence::Open);
  QAction* openReadOnly = file->addAction(tr("Open &Read-Only…"), this, [this] { chooseFile(true); });
  openReadOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  QMenu* recentMenu = file->addMenu(tr("Open &Recent"));
  recentMenu->setObjectName(QStringLiteral("recentMenu"));
  recent_ = new RecentFiles(recentMenu, this);
  connect(recent_, &RecentFiles::chosen, this, [this](const QString& path) { openFile(path); });
  file->addAction(tr("Create &Sample Database…"), this, &MainWindow::chooseSampleFile);
  file->addSeparator();
  file->addAction(record_actions_->importAction());
  file->addAction(record_actions_->exportAction());
  file->addSeparator();
  QAction* close = file->addAction(tr("&Close Database"), this, &MainWindow::closeDatabase);
  close->setShortcut(QKeySequence::Close);
  needs_database_ << close;
  file->addSeparator();
  QAction* quit =
      file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);

  write_changes_ = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Write Changes"), this);
  write_changes_->setObjectName(QStringLiteral("writeChanges"));
  write_changes_->setShortcut(QKeySequence::Save);
  write_changes_->setToolTip(tr("Write every pending edit to the file, as one crash-atomic batch"));
  connect(write_changes_, &QAction::triggered, pending_, &PendingEdits::writeAll);
  revert_changes_ = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Re&vert Changes"), this);
  revert_changes_->setObjectName(QStringLiteral("revertChanges"));
  revert_changes_->setToolTip(tr("Drop every pending edit"));
  connect(revert_changes_, &QAction::triggered, pending_, &PendingEdits::revert);
  write_changes_->setEnabled(false);
  revert_changes_->setEnabled(false);
  file->insertActions(close, {write_changes_, revert_changes_});
  file->insertSeparator(close);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = pending_->stack()->createUndoAction(this, tr("&Undo"));
  undo->setObjectName(QStringLiteral("undoEdit"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = pending_->stack()->createRedoAction(this, tr("&Redo"));
  redo->setObjectName(QStringLiteral("redoEdit"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);
  edit->addSeparator();
  edit->addAction(record_actions_->addAction());
  edit->addAction(record_actions_->renameAction());
  edit->addAction(record_actions_->deleteAction());
  edit->addSeparator();
  edit->addAction(record_actions_->expiryAction());
  edit->addAction(record_actions_->persistAction());
  edit->addMenu(range_actions_->menu());
  edit->addSeparator();
  edit->addMenu(record_actions_->copyKeyMenu());
  edit->addMenu(record_actions_->copyValueMenu());
  edit->addSeparator();
  edit->addAction(past_->historyAction());
  table_->addAction(record_actions_->addAction());
  table_->addAction(record_actions_->renameAction());
  table_->addAction(record_actions_->deleteAction());
  table_->addAction(record_actions_->expiryAction());
  table_->addAction(record_actions_->copyKeyMenu()->menuAction());
  table_->addAction(record_actions_->copyValueMenu()->menuAction());
  table_->addAction(past_->historyAction());

  edit->addSeparator();
  QAction* find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Keys…"), filter_,
                                  &RangeFilter::focusPattern);
  find->setObjectName(QStringLiteral("findKeys"));
  find->setShortcut(QKeySequence::Find);
  QAction* findValues = edit->addAction(tr("Find in &Values…"), filter_, &RangeFilter::focusValue);
  findValues->setObjectName(QStringLiteral("findValues"));
  findValues->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  QAction* clearFilter = edit->addAction(tr("C&lear Filter"), filter_, &RangeFilter::clear);
  clearFilter->setObjectName(QStringLiteral("clearFilterAction"));
  clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  needs_database_ << find << findValues << clearFilter;

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* refresh = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this, [this] {
    controller_->readNewRecords();
    namespaces_->reload();
    keys_->refresh();
    controller_->refreshInfo();
  });
  refresh->setShortcut(QKeySequence::Refresh);
  needs_database_ << refresh;
  follow_ = view->addAction(tr("&Follow Changes"));
  follow_->setObjectName(QStringLiteral("followChanges"));
  follow_->setCheckable(true);
  follow_->setToolTip(tr("Show records another program writes, as they land (read-only views)"));
  connect(follow_, &QAction::toggled, controller_, &DatabaseController::setFollowing);
  view->addMenu(sort_->menu());
  QMenu* group = view->addMenu(tr("&Group Keys By"));
  auto* separators = new QActionGroup(this);
  for (char sep : {':', '.', '/'}) {
    QAction* a = group->addAction(QStringLiteral("%1").arg(QLatin1Char(sep)), this, [this, sep] { setSeparator(sep); });
    a->setCheckable(true);
    a->setData(QChar::fromLatin1(sep));
    separators->addAction(a);
    separator_actions_ << a;
  }

  QMenu* tools = menuBar()->addMenu(tr("&Tools"));
  maintenance_->addTo(tools);
  tools->addSeparator();
  tools->addAction(past_->removedAction());
  tools->addAction(past_->compareAction());

  QMenu* languages = view->addMenu(tr("&Language"));
  languages->setObjectName(QStringLiteral("languageMenu"));
  auto* languageGroup = new QActionGroup(this);
  QList<Language> choices = availableLanguages();
  choices.prepend(Language{QString(), tr("System Default")});
  for (const Language& l : std::as_const(choices)) {
    QAction* a = languages->addAction(l.name);
    a->setCheckable(true);
    a->setChecked(l.code == preferredLanguage());
    a->setData(l.code);
    languageGroup->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = l.code] {
      setPreferredLanguage(code);
      statusBar()->showMessage(tr("The language changes when emdb Browser starts again."), 8000);
    });
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* about = help->addAction(tr("&About emdb Browser"), this, [this] {
    auto* d = new AboutDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
  });
  about->setMenuRole(QAction::AboutRole);

  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("mainToolBar"));
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->addAction(open);
  bar->addAction(refresh);
  bar->addSeparator();
  bar->addAction(record_actions_->addAction());
  bar->addAction(record_actions_->deleteAction());
  bar->addSeparator();
  bar->addAction(write_changes_);
  bar->addAction(revert_changes_);
  for (QAction* a : std::as_const(needs_database_)) a->setEnabled(false);
  follow_->setEnabled(false);
}

void MainWindow::openFile(const QString& path, bool readOnly) {
  if (!settlePendingEdits()) return;
  controller_->open(OpenRequest{path, readOnly, false, std::nullopt});
}

void MainWindow::createSample(const QString& path) {
  if (!settlePendingEdits()) return;
  controller_->createSample(path);
}

bool MainWindow::closeDatabase() {
  if (!settlePendingEdits()) return false;
  controller_->close();
  return true;
}

void MainWindow::chooseFile(bool readOnly) {
  const QString path = QFileDialog::getOpenFileName(this, readOnly ? tr("Open Read-Only") : tr("Open Database"),
                                                    QString(), tr(kFileFilter));
  if (!path.isEmpty()) openFile(path, readOnly);
}

void MainWindow::chooseNewFile() {
  if (!settlePendingEdits()) return;
  QString path =
      QFileDialog::getSaveFileName(this, tr("New Database"), QStringLiteral("untitled.emdb"), tr(kFileFilter));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".emdb");
  controller_->open(OpenRequest{path, false, true, std::nullopt});
}

void MainWindow::chooseSampleFile() {
  if (!settlePendingEdits()) return;
  QString path =
      QFileDialog::getSaveFileName(this, tr("Create Sample Database"), QStringLiteral("sample.emdb"), tr(kFileFilter));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".emdb");
  if (QFileInfo::exists(path)) {
    QMessageBox::warning(this, tr("Create Sample Database"),
                         tr("%1 already exists. Choose a new file for the sample.").arg(path));
    return;
  }
  createSample(path);
}

void MainWindow::onOpened(const DatabaseInfo& info) {
  recent_->add(info.path);
  status_->showDatabase(info);
  for (QAction* a : std::as_const(needs_database_)) a->setEnabled(true);
  follow_->setChecked(false);
  follow_->setEnabled(info.readOnly);
  keys_->setExpiryEditable(!info.readOnly);
  tree_scope_ = KeyScope::of({});
  showScope();
  namespaces_->reload();
  value_->showMessage(tr("Select a record to see its value."));
  record_actions_->update();
  updateTitle();
  table_->setFocus();
}

void MainWindow::onClosed() {
  ++record_request_;  // a value still loading belongs to the file that closed
  namespaces_->clear();
  keys_->clear();
  filter_->setStatus(QString());
  value_->showMessage(noDatabaseText());
  status_->showDatabase(std::nullopt);
  for (QAction* a : std::as_const(needs_database_)) a->setEnabled(false);
  follow_->setChecked(false);
  follow_->setEnabled(false);
  keys_->setExpiryEditable(false);
  record_actions_->update();
  updateTitle();
}

void MainWindow::onScopeChosen(const QModelIndex& index) {
  if (!index.isValid()) return;
  tree_scope_ = namespaces_->scopeOf(index);
  showScope();
}

void MainWindow::showScope() {
  if (!controller_->isOpen()) return;
  const KeyScope scope = RangeFilter::apply(tree_scope_, filter_->filter());
  if (scope == keys_->scope() && keys_->rowCount() > 0) return;
  keys_->setScope(scope);
  table_->scrollToTop();  // the first match, not wherever the last filter was scrolled
  value_->showMessage(tr("Select a record to see its value."));
  record_actions_->update();
}

void MainWindow::onRecordChosen() {
  record_actions_->update();
  const QModelIndex current = table_->currentIndex();
  const auto key = current.isValid() ? keys_->keyAt(current.row()) : std::nullopt;
  if (!key) {
    value_->showMessage(current.isValid() ? tr("Loading…") : tr("Select a record to see its value."));
    return;
  }
  if (value_->hasRecord() && value_->key() == *key && value_->ns() == keys_->scope().ns && value_->isModified())
    return;  // keep the user's unsaved edit
  const quint64 request = ++record_request_;
  const QByteArray ns = keys_->scope().ns;
  const QByteArray k = *key;
  const PendingChange* was = pending_->find(ns, k);
  std::optional<StreamedValue> streamed = was && was->streamed ? was->streamed : std::nullopt;
  controller_->loadValue(
      ns, k, this,
      [this, request, ns, k, streamed](const DatabaseController::LoadedValue& v) {
        if (request != record_request_) return;  // a later selection won
        if (value_->hasRecord() && value_->key() == k && value_->ns() == ns && value_->isModified())
          return;  // the user began an edit while this loaded: keep it
        const PendingChange* staged = pending_->find(ns, k);
        if (!v.error.isEmpty())
          value_->showMessage(v.error);
        else if (staged && staged->remove)
          value_->showMessage(tr("This record is deleted when the changes are written."));
        else if (staged && staged->streamed && staged->streamed == streamed)  // v holds the staged bytes
          value_->showRecord(ns, k, v.value, v.size, staged->expiresAt.value_or(v.expiresAt), controller_->isReadOnly(),
                             v.prepared);
        else if (staged && staged->value)
          value_->showRecord(ns, k, *staged->value, staged->value->size(), staged->expiresAt.value_or(v.expiresAt),
                             controller_->isReadOnly());
        else if (!v.found)
          value_->showMessage(tr("This record has expired or was removed."));
        else
          value_->showRecord(ns, k, v.value, v.size, staged && staged->expiresAt ? *staged->expiresAt : v.expiresAt,
                             controller_->isReadOnly(), v.prepared);
      },
      streamed, true);
}

void MainWindow::onRecordsChanged(const QByteArray& ns, bool namespacesChanged) {
  namespaces_->reload();
  if (ns == keys_->scope().ns || namespacesChanged) keys_->refresh();
  if (value_->hasRecord() && !value_->isModified()) onRecordChosen();
}

void MainWindow::setSeparator(char separator) {
  namespaces_->setSeparator(separator);
  for (QAction* a : std::as_const(separator_actions_))
    a->setChecked(a->data().toChar() == QChar::fromLatin1(separator));
  const QModelIndex at = namespaces_->indexOfNamespace(keys_->scope().ns);
  if (at.isValid()) tree_->setCurrentIndex(at);
}

void MainWindow::updateTitle() {
  const auto& info = controller_->info();
  if (!info) {
    setWindowTitle(tr("emdb Browser"));
    return;
  }
  QString title = QFileInfo(info->path).fileName();
  if (info->readOnly) title += QLatin1Char(' ') + tr("[read-only]");
  if (!pending_->isEmpty()) title = QStringLiteral("* ") + title;
  setWindowTitle(title + QStringLiteral(" — ") + tr("emdb Browser"));
  setWindowFilePath(info->path);
}

void MainWindow::restoreSettings() {
  QSettings s;
  if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) resize(1280, 780);
  restoreState(s.value(QStringLiteral("window/state")).toByteArray());
  splitter_->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
  const QString sep = s.value(QStringLiteral("view/separator"), QStringLiteral(":")).toString();
  setSeparator(sep.isEmpty() ? ':' : sep.at(0).toLatin1());
  const int mode = s.value(QStringLiteral("view/valueMode"), int(ValuePanel::Mode::Auto)).toInt();
  if (mode >= int(ValuePanel::Mode::Auto) && mode <= int(ValuePanel::Mode::Structured))
    value_->setMode(ValuePanel::Mode(mode));
}

void MainWindow::saveSettings() const {
  QSettings s;
  s.setValue(QStringLiteral("window/geometry"), saveGeometry());
  s.setValue(QStringLiteral("window/state"), saveState());
  s.setValue(QStringLiteral("window/splitter"), splitter_->saveState());
  s.setValue(QStringLiteral("view/separator"), QString(QChar::fromLatin1(namespaces_->separator())));
  s.setValue(QStringLiteral("view/valueMode"), int(value_->mode()));
}

bool MainWindow::settlePendingEdits() {
  if (pending_->isWriting()) {
    // Those edits are reaching the file now and cannot be dropped: wait for
    // the write (one synced batch), then ask about what is still pending.
    statusBar()->showMessage(tr("Waiting for Write Changes to finish…"));
    QEventLoop wait;
    connect(pending_, &PendingEdits::changed, &wait, [this, &wait] {
      if (!pending_->isWriting()) wait.quit();
    });
    if (pending_->isWriting()) wait.exec(QEventLoop::ExcludeUserInputEvents);
    statusBar()->clearMessage();
  }
  if (pending_->isEmpty()) return true;
  const auto answer =
      QMessageBox::question(this, tr("Pending Changes"),
                            tr("%Ln edit(s) have not been written to the file. Drop them?", nullptr, pending_->count()),
                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
  if (answer != QMessageBox::Discard) return false;
  pending_->revert();
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!settlePendingEdits()) {
    event->ignore();
    return;
  }
  if (value_->isModified()) {
    const auto answer =
        QMessageBox::question(this, tr("Unsaved Value"), tr("The value you edited has not been saved. Quit anyway?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
      event->ignore();
      return;
    }
  }
  saveSettings();
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (!urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (urls.isEmpty() || !urls.first().isLocalFile()) return;
  event->acceptProposedAction();
  openFile(urls.first().toLocalFile());
}

}  // namespace browser
