#include "recordactions.hpp"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "dialogs/addrecorddialog.hpp"
#include "dialogs/exportdialog.hpp"
#include "dialogs/importdialog.hpp"
#include "dialogs/ttldialog.hpp"
#include "models/keytablemodel.hpp"
#include "widgets/keyedit.hpp"

namespace browser {

RecordActions::RecordActions(DatabaseController* controller, PendingEdits* pending, KeyTableModel* keys,
                             QTableView* table, QWidget* window)
    : QObject(window), controller_(controller), pending_(pending), keys_(keys), table_(table), window_(window) {
  add_ = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Record…"), this);
  add_->setObjectName(QStringLiteral("addRecord"));
  add_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
  rename_ = new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename Key…"), this);
  rename_->setObjectName(QStringLiteral("renameKey"));
  rename_->setShortcut(QKeySequence(Qt::Key_F2));
  delete_ = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
  delete_->setObjectName(QStringLiteral("deleteRecords"));
  delete_->setShortcut(QKeySequence::Delete);
  expiry_ = new QAction(tr("Set &Expiry…"), this);
  expiry_->setObjectName(QStringLiteral("setExpiry"));
  expiry_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  persist_ = new QAction(tr("&Remove Expiry"), this);
  persist_->setObjectName(QStringLiteral("persistRecords"));
  export_ = new QAction(tr("&Export…"), this);
  export_->setObjectName(QStringLiteral("exportRecords"));
  import_ = new QAction(tr("&Import…"), this);
  import_->setObjectName(QStringLiteral("importRecords"));
  copy_key_ = new QMenu(tr("Copy &Key"), window);
  copy_value_ = new QMenu(tr("Copy &Value"), window);
  const std::pair<Encoding, QString> kinds[] = {
      {Encoding::Text, tr("As Text")}, {Encoding::Hex, tr("As Hex")}, {Encoding::Base64, tr("As Base64")}};
  for (const auto& [e, label] : kinds) {
    QAction* k = copy_key_->addAction(label);
    connect(k, &QAction::triggered, this, [this, e] { copyKey(e); });
    QAction* v = copy_value_->addAction(label);
    connect(v, &QAction::triggered, this, [this, e] { copyValue(e); });
  }
  copy_key_->actions().first()->setShortcut(QKeySequence::Copy);

  connect(add_, &QAction::triggered, this, &RecordActions::addRecord);
  connect(rename_, &QAction::triggered, this, &RecordActions::renameKey);
  connect(delete_, &QAction::triggered, this, &RecordActions::deleteRecords);
  connect(expiry_, &QAction::triggered, this, &RecordActions::setExpiry);
  connect(export_, &QAction::triggered, this, [this] {
    auto* d = new ExportDialog(keys_->scope(), selectedKeys(), controller_, window_);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();  // modeless, as every task dialog: quitting stops the task
    d->activateWindow();
  });
  connect(import_, &QAction::triggered, this, [this] {
    auto* d = new ImportDialog(controller_, window_);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setPendingEdits(pending_);
    connect(d, &ImportDialog::imported, controller_, &DatabaseController::notifyChanged);
    d->show();
    d->activateWindow();
  });
  connect(persist_, &QAction::triggered, this, [this] {
    const auto selected = selectedKeys();
    if (!selected.isEmpty()) pending_->setExpiry(keys_->scope().ns, selected, 0);
  });
  update();
}

void RecordActions::update() {
  const bool writable = controller_->isOpen() && !controller_->isReadOnly();
  const int selected = int(selectedKeys().size());
  add_->setEnabled(writable);
  import_->setEnabled(writable);
  export_->setEnabled(controller_->isOpen());
  rename_->setEnabled(writable && selected == 1);
  delete_->setEnabled(writable && selected > 0);
  expiry_->setEnabled(writable && selected > 0);
  persist_->setEnabled(writable && selected > 0);
  copy_key_->setEnabled(selected == 1);
  copy_value_->setEnabled(selected == 1);
}

QList<QByteArray> RecordActions::selectedKeys() const {
  QList<QByteArray> out;
  if (!table_->selectionModel()) return out;
  for (const QModelIndex& i : table_->selectionModel()->selectedRows())
    if (auto k = keys_->keyAt(i.row())) out << *k;
  return out;
}

void RecordActions::addRecord() {
  auto* dialog = new AddRecordDialog(namespaces_, keys_->scope().ns, window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog] {
    auto r = dialog->record();
    if (!r) return;
    const PendingChange* staged = pending_->find(r->ns, r->key);
    if (staged && !staged->remove) {
      warn(tr("The key %1 already exists.").arg(keyDisplay(r->key)));
      return;
    }
    const bool stagedRemoval = staged != nullptr;
    controller_->loadValue(r->ns, r->key, this,
                           [this, r = *r, stagedRemoval](const DatabaseController::LoadedValue& v) {
                             if (v.found && !stagedRemoval) {
                               warn(tr("The key %1 already exists.").arg(keyDisplay(r.key)));
                               return;
                             }
                             pending_->put(r.ns, r.key, r.value, r.expiresAt, tr("Add %1").arg(keyDisplay(r.key)));
                           });
  });
  dialog->open();
}

void RecordActions::renameKey() {
  // F2 on a Value cell that can be edited in place edits it there instead.
  if (const QModelIndex at = table_->currentIndex();
      at.column() == KeyTableModel::ValueColumn && (keys_->flags(at) & Qt::ItemIsEditable)) {
    table_->edit(at);
    return;
  }
  const auto keys = selectedKeys();
  if (keys.size() != 1) return;
  const QByteArray from = keys.first();
  const QByteArray ns = keys_->scope().ns;
  auto* dialog = new QDialog(window_);
  dialog->setObjectName(QStringLiteral("renameDialog"));
  dialog->setWindowTitle(tr("Rename Key"));
  auto* edit = new KeyEdit(dialog);
  edit->setKey(from);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(new QLabel(tr("New key for %1:").arg(keyDisplay(from)), dialog));
  layout->addWidget(edit);
  layout->addWidget(buttons);
  connect(edit, &KeyEdit::changed, dialog,
          [edit, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(edit->key().has_value()); });
  connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, edit, ns, from] {
    auto target = edit->key();
    if (!target || *target == from) return;
    const QByteArray to = *target;
    if (const PendingChange* t = pending_->find(ns, to); t && !t->remove) {
      warn(tr("The key %1 already exists.").arg(keyDisplay(to)));
      return;
    }
    // The target must be free, then the source's value and expiry move over.
    controller_->loadValue(ns, to, this, [this, ns, from, to](const DatabaseController::LoadedValue& there) {
      const PendingChange* t = pending_->find(ns, to);
      if (there.found && !(t && t->remove)) {
        warn(tr("The key %1 already exists.").arg(keyDisplay(to)));
        return;
      }
      controller_->loadValue(ns, from, this, [this, ns, from, to](const DatabaseController::LoadedValue& v) {
        const PendingChange* f = pending_->find(ns, from);
        if (f && f->remove) return;
        if (!v.found && !(f && f->value)) {
          warn(tr("The key %1 no longer exists.").arg(keyDisplay(from)));
          return;
        }
        if (v.size > v.value.size()) {
          warn(tr("%1 is too large to rename here.").arg(keyDisplay(from)));
          return;
        }
        const QByteArray value = f && f->value ? *f->value : v.value;
        const qint64 expiry = f && f->expiresAt ? *f->expiresAt : v.expiresAt;
        pending_->rename(ns, from, to, value, expiry);
      });
    });
  });
  dialog->resize(420, dialog->sizeHint().height());
  dialog->open();
}

void RecordActions::deleteRecords() {
  const auto keys = selectedKeys();
  if (keys.isEmpty()) return;
  const QByteArray ns = keys_->scope().ns;
  auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Records"),
                              keys.size() == 1 ? tr("Delete the record %1?").arg(keyDisplay(keys.first()))
                                               : tr("Delete %Ln record(s)?", nullptr, int(keys.size())),
                              QMessageBox::NoButton, window_);
  box->setObjectName(QStringLiteral("confirmDelete"));
  box->setInformativeText(tr("The deletion is pending until you write the changes; Undo takes it back."));
  QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
  yes->setObjectName(QStringLiteral("confirmDeleteButton"));
  box->addButton(QMessageBox::Cancel);
  box->setDefaultButton(QMessageBox::Cancel);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, yes, ns, keys] {
    if (box->clickedButton() == yes) pending_->remove(ns, keys);
  });
  box->open();
}

void RecordActions::setExpiry() {
  const auto keys = selectedKeys();
  if (keys.isEmpty() || controller_->isReadOnly()) return;
  // The expiry the selection shares, to start from.
  qint64 shared = -1;
  for (const QModelIndex& i : table_->selectionModel()->selectedRows()) {
    const qint64 e = keys_->data(i, KeyTableModel::ExpiresAtRole).toLongLong();
    shared = shared < 0 || shared == e ? e : 0;
  }
  auto* dialog = new TtlDialog(int(keys.size()), std::max<qint64>(shared, 0), window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  const QByteArray ns = keys_->scope().ns;
  connect(dialog, &QDialog::accepted, this, [this, dialog, ns, keys] {
    if (auto at = dialog->expiresAt()) pending_->setExpiry(ns, keys, *at);
  });
  dialog->open();
}

void RecordActions::warn(const QString& text) {
  auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Staged"), text, QMessageBox::Close, window_);
  box->setObjectName(QStringLiteral("editError"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

QString RecordActions::encode(const QByteArray& bytes, Encoding e) {
  switch (e) {
    case Encoding::Hex: return toHex(bytes);
    case Encoding::Base64: return toBase64(bytes);
    case Encoding::Text: break;
  }
  return QString::fromUtf8(bytes);
}

void RecordActions::copyKey(Encoding e) {
  const auto keys = selectedKeys();
  if (keys.size() == 1) QGuiApplication::clipboard()->setText(encode(keys.first(), e));
}

void RecordActions::copyValue(Encoding e) {
  const auto keys = selectedKeys();
  if (keys.size() != 1) return;
  controller_->loadValue(keys_->scope().ns, keys.first(), this, [this, e](const DatabaseController::LoadedValue& v) {
    if (!v.found) return;
    if (v.size > v.value.size()) {
      // Never a part of the value, and never a clipboard of hundreds of megabytes.
      auto* box = new QMessageBox(QMessageBox::Information, tr("Copy Value"),
                                  tr("This value is %1; Copy takes values up to %2.")
                                      .arg(sizeDisplay(v.size), sizeDisplay(DatabaseController::kValueLimit)),
                                  QMessageBox::Close, window_);
      box->setObjectName(QStringLiteral("copyTooLarge"));
      box->setInformativeText(tr("Use Save to File in the value panel: it writes the whole value, as stored."));
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->open();
      return;
    }
    QGuiApplication::clipboard()->setText(encode(v.value, e));
  });
}

}  // namespace browser
