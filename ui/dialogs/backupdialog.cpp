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
  if (const QString problem = backupTargetProblem(controller()->info()->path, target); !problem.isEmpty()) {
    showResult(problem, true);
    return;
  }
  if (QFileInfo::exists(target) &&
      QMessageBox::question(this, tr("Replace Backup"),
                            tr("%1 exists already. Replace it with the new backup?").arg(target),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
    showResult(tr("%1 exists already. Choose a new file.").arg(target), true);
    return;
  }
  const std::optional<Secret> secret = controller()->openRequest().secret;
  struct Outcome {
    QString error;
    qint64 source = 0, copy = 0;
  };
  run(
      tr("Backing up"),
      [target, secret](WorkerContext& ctx) -> Outcome {
        emdb::Database* db = ctx.database();
        if (!db) return {tr("No database is open.")};
        const auto before = db->stats();
        if (auto r = db->backup_to(toPath(target), ctx.progress()); !r)
          return {r.error().code() == emdb::ErrorCode::Cancelled ? tr("Cancelled: no backup was written.")
                                                                 : QString::fromStdString(r.error().message())};
        // Open the copy, as a restore would, and count its records.
        auto builder = emdb::Database::builder().path(toPath(target)).read_only(true);
        if (secret) {
          const auto input = encryptionInput(*secret);
          if (input.is_passphrase())
            builder.encryption_passphrase(*input.passphrase_text());
          else
            builder.encryption_key(*input.key());
        }
        auto copy = builder.build();
        if (!copy)
          return {
              tr("The backup was written but does not open: %1").arg(QString::fromStdString(copy.error().message()))};
        const auto after = copy->stats();
        if (!after) return {QString::fromStdString(after.error().message())};
        return {QString(), before ? qint64(before->total_live_records) : -1, qint64(after->total_live_records)};
      },
      [this, target](Outcome r) {
        if (!r.error.isEmpty()) {
          showResult(r.error, true);
          return;
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
