#include "backupdialog.hpp"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"

namespace browser {

BackupDialog::BackupDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Back Up"), parent) {
  setObjectName(QStringLiteral("backupDialog"));
  setWindowTitle(tr("Back Up Database"));
  auto* intro = new QLabel(tr("Writes a consistent copy of the database to a new file. Writes go on meanwhile; "
                              "the copy holds the records as they were when the backup began."),
                           this);
  intro->setWordWrap(true);
  target_ = new QLineEdit(this);
  target_->setObjectName(QStringLiteral("backupTarget"));
  target_->setPlaceholderText(tr("Backup file"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(target_, 1);
  row->addWidget(browse);
  body()->addWidget(intro);
  body()->addLayout(row);
  setMinimumWidth(480);
  if (controller->info()) {
    const QFileInfo db(controller->info()->path);
    target_->setText(db.absolutePath() + QLatin1Char('/') + db.completeBaseName() + QStringLiteral("-backup.") +
                     (db.suffix().isEmpty() ? QStringLiteral("emdb") : db.suffix()));
  }
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getSaveFileName(this, tr("Back Up To"), target_->text());
    if (!f.isEmpty()) target_->setText(f);
  });
}

void BackupDialog::setTarget(const QString& path) { target_->setText(path); }

void BackupDialog::start() {
  if (!controller()->info()) return;
  const QString target = QFileInfo(target_->text()).absoluteFilePath();
  if (target_->text().isEmpty()) {
    showResult(tr("Choose a file to back up to."), true);
    return;
  }
  if (QFileInfo(target) == QFileInfo(controller()->info()->path)) {
    showResult(tr("The backup cannot be the database itself. Choose another file."), true);
    return;
  }
  // Whether the target is one of the database's own files (through links
  // too) is the engine's to say, on the worker.
  runButton()->setEnabled(false);
  const QString database = controller()->info()->path;
  controller()->worker()->submit(
      QString(), this, [database, target](WorkerContext& ctx) { return backupTargetProblem(ctx, database, target); },
      [this, target](const QString& problem) {
        runButton()->setEnabled(true);
        if (!problem.isEmpty()) {
          showResult(problem, true);
          return;
        }
        confirmTarget(target);
      });
}

void BackupDialog::confirmTarget(const QString& target) {
  if (!QFileInfo::exists(target)) {
    runBackup(target);
    return;
  }
  auto* box = new QMessageBox(QMessageBox::Question, tr("Replace Backup"),
                              tr("%1 exists already. Replace it with the new backup?").arg(target),
                              QMessageBox::Yes | QMessageBox::Cancel, this);
  box->setDefaultButton(QMessageBox::Cancel);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, target] {
    if (box->clickedButton() != box->button(QMessageBox::Yes)) {
      showResult(tr("%1 exists already. Choose a new file.").arg(target), true);
      return;
    }
    runBackup(target);
  });
  box->open();
}

void BackupDialog::runBackup(const QString& target) {
  if (!controller()->info()) return;
  const std::optional<Secret> secret = controller()->openRequest().secret;
  run(
      tr("Backing up"), [target, secret](WorkerContext& ctx) { return backUp(ctx, target, secret); },
      [this, target](const BackupResult& r) {
        using Status = BackupResult::Status;
        switch (r.status) {
          case Status::NoDatabase: showResult(tr("No database is open."), true); return;
          case Status::Cancelled: showResult(tr("Cancelled: no backup was written."), true); return;
          case Status::Failed: showResult(r.message, true); return;
          case Status::CopyDoesNotOpen:
            showResult(tr("The backup was written but does not open: %1").arg(r.message), true);
            return;
          case Status::Written: break;
        }
        const qint64 source = r.source, copy = r.copy;
        if (source == copy)
          showResult(
              tr("Backed up to %1. The backup opens and holds %n record(s), as the database did.", nullptr, int(copy))
                  .arg(target));
        else
          showResult(tr("Backed up to %1. The backup holds %2 records; the database held %3 when the backup began "
                        "(writes made meanwhile account for the difference).")
                         .arg(target)
                         .arg(copy)
                         .arg(source));
      });
}

}  // namespace browser
