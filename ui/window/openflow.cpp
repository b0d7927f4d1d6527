#include "openflow.hpp"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "core/databasecontroller.hpp"
#include "dialogs/keydialog.hpp"
#include "dialogs/lockdialog.hpp"

namespace browser {

OpenFlow::OpenFlow(DatabaseController* controller, QWidget* window)
    : QObject(window), controller_(controller), window_(window) {
  connect(controller_, &DatabaseController::openFailed, this, &OpenFlow::onFailure);
  connect(controller_, &DatabaseController::opened, this, [this] { last_entry_.reset(); });
}

void OpenFlow::onFailure(const OpenRequest& request, const OpenFailure& failure) {
  switch (failure.kind) {
    case OpenFailure::Kind::NeedsKey:
    case OpenFailure::Kind::WrongKey: askForKey(request, failure); break;
    case OpenFailure::Kind::Locked: explainLock(request, failure); break;
    case OpenFailure::Kind::Corrupt: offerReadOnly(request, failure); break;
    case OpenFailure::Kind::Empty: offerToCreate(request); break;
    default: report(request, failure); break;
  }
}

void OpenFlow::askForKey(OpenRequest request, const OpenFailure& failure) {
  const bool wrong = failure.kind == OpenFailure::Kind::WrongKey;
  auto* dialog = new KeyDialog(request.path, failure.cipher, wrong, window_.data());
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // After a wrong try: the same choice and text again, to correct a typo.
  if (wrong && last_entry_ && last_entry_->first == request.path) dialog->restore(last_entry_->second);
  last_entry_.reset();
  connect(dialog, &QDialog::finished, this, [this, dialog, request](int result) mutable {
    if (result != QDialog::Accepted || !dialog->secret()) {
      Q_EMIT abandoned(request.path);
      return;
    }
    request.secret = dialog->secret();
    last_entry_.emplace(request.path, dialog->entry());
    controller_->open(request);
  });
  dialog->open();
}

void OpenFlow::explainLock(OpenRequest request, const OpenFailure& failure) {
  auto* dialog = new LockDialog(request.path, failure.lock.value_or(LockInfo{}), window_.data());
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::finished, this, [this, request](int result) mutable {
    if (result == LockDialog::OpenReadOnly) {
      request.readOnly = true;
      controller_->open(request);
    } else if (result == LockDialog::BreakLock) {
      controller_->breakLockAndOpen(request);
    } else {
      Q_EMIT abandoned(request.path);
    }
  });
  dialog->open();
}

void OpenFlow::offerReadOnly(OpenRequest request, const OpenFailure& failure) {
  auto* box = new QMessageBox(window_.data());
  box->setObjectName(QStringLiteral("corruptDialog"));
  box->setIcon(QMessageBox::Warning);
  box->setWindowTitle(tr("Damaged Database"));
  const QString where = failure.offset ? tr("It is damaged at byte %L1.").arg(*failure.offset) : QString();
  box->setText(tr("%1 cannot be opened for writing.").arg(QFileInfo(request.path).fileName()) + QLatin1Char(' ') +
               where);
  box->setInformativeText(failure.message);
  QAbstractButton* readOnly = nullptr;
  if (!request.readOnly) {
    box->setInformativeText(failure.message + QStringLiteral("\n\n") +
                            tr("The records before the damage can be read. Open it read-only to look at them or "
                               "to export them; nothing will be written to the file."));
    readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    box->addButton(QMessageBox::Cancel);
  } else {
    box->addButton(QMessageBox::Close);
  }
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, readOnly, request]() mutable {
    if (readOnly && box->clickedButton() == readOnly) {
      request.readOnly = true;
      controller_->open(request);
    } else {
      Q_EMIT abandoned(request.path);
    }
  });
  box->open();
}

void OpenFlow::offerToCreate(OpenRequest request) {
  auto* box = new QMessageBox(window_.data());
  box->setObjectName(QStringLiteral("emptyFileDialog"));
  box->setIcon(QMessageBox::Question);
  box->setWindowTitle(tr("Empty File"));
  box->setText(tr("%1 is empty.").arg(QFileInfo(request.path).fileName()));
  const bool readOnly = request.readOnly;
  box->setInformativeText(
      readOnly ? tr("An empty file holds no records; there is nothing to show read-only.")
               : tr("Make it a new emdb database? Its sidecar (%1.meta) and lock file are written beside it.")
                     .arg(QFileInfo(request.path).fileName()));
  QAbstractButton* create = nullptr;
  if (!readOnly) {
    create = box->addButton(tr("Make It a &Database"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("makeDatabase"));
    box->addButton(QMessageBox::Cancel);
  } else {
    box->addButton(QMessageBox::Close);
  }
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, create, request]() mutable {
    if (create && box->clickedButton() == create) {
      request.create = true;
      controller_->open(request);
    } else {
      Q_EMIT abandoned(request.path);
    }
  });
  box->open();
}

void OpenFlow::report(const OpenRequest& request, const OpenFailure& failure) {
  auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open"),
                              tr("%1 cannot be opened.").arg(QFileInfo(request.path).fileName()), QMessageBox::Close,
                              window_.data());
  box->setObjectName(QStringLiteral("openError"));
  box->setInformativeText(failure.message);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, request] { Q_EMIT abandoned(request.path); });
  box->open();
}

}  // namespace browser
