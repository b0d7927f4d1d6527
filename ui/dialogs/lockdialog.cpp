#include "lockdialog.hpp"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace browser {

LockDialog::LockDialog(const QString& path, const LockInfo& lock, QWidget* parent) : QDialog(parent), path_(path) {
  setObjectName(QStringLiteral("lockDialog"));
  setWindowTitle(tr("Database In Use"));
  QString who;
  if (lock.pid > 0) {
    who = tr("It is held by process %1 since %2, using %3.")
              .arg(lock.pid)
              .arg(QLocale().toString(lock.since, QLocale::ShortFormat), lock.version.toHtmlEscaped());
  } else {
    who = tr("The program holding it left no description.");
  }
  QString state;
  const bool breakable = !lock.holderRunning && lock.pid > 0;
  if (breakable)
    state = tr("Process %1 is not running on this computer: the lock may be stale.").arg(lock.pid);
  else if (lock.pid > 0)
    state =
        tr("Process %1 is running. Breaking the lock of a running program could damage the database.").arg(lock.pid);
  auto* text =
      new QLabel(tr("<b>%1</b> is open in another program.").arg(QFileInfo(path).fileName().toHtmlEscaped()) +
                     QStringLiteral("<p>") + who + QStringLiteral("</p><p>") + state + QStringLiteral("</p><p>") +
                     tr("You can open it read-only without the lock: you will see the records written "
                        "so far, and can refresh to see new ones.") +
                     QStringLiteral("</p>"),
                 this);
  text->setObjectName(QStringLiteral("lockText"));
  text->setWordWrap(true);
  text->setMinimumWidth(420);

  auto* buttons = new QDialogButtonBox(this);
  auto* readOnly = buttons->addButton(tr("Open &Read-Only"), QDialogButtonBox::AcceptRole);
  readOnly->setObjectName(QStringLiteral("openReadOnly"));
  auto* breakLock = buttons->addButton(tr("&Break Lock…"), QDialogButtonBox::DestructiveRole);
  breakLock->setObjectName(QStringLiteral("breakLock"));
  breakLock->setEnabled(breakable);
  if (!breakable) breakLock->setToolTip(tr("Only the lock of a program that is no longer running can be broken."));
  buttons->addButton(QDialogButtonBox::Cancel);
  readOnly->setDefault(true);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(text);
  layout->addWidget(buttons);
  connect(readOnly, &QPushButton::clicked, this, [this] { done(OpenReadOnly); });
  connect(breakLock, &QPushButton::clicked, this, &LockDialog::confirmBreak);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LockDialog::confirmBreak() {
  auto* box =
      new QMessageBox(QMessageBox::Warning, tr("Break Lock"),
                      tr("Break the lock of %1?").arg(QFileInfo(path_).fileName()), QMessageBox::NoButton, this);
  box->setObjectName(QStringLiteral("confirmBreakLock"));
  box->setInformativeText(
      tr("Do this only if no program is using the database any more. If one still is, both may write to it and "
         "records can be lost."));
  auto* yes = box->addButton(tr("Break Lock"), QMessageBox::DestructiveRole);
  box->addButton(QMessageBox::Cancel);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, yes] {
    if (box->clickedButton() == yes) done(BreakLock);
  });
  box->open();
}

}  // namespace browser
