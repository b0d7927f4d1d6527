#include "importdialog.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"

namespace browser {

ImportDialog::ImportDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Import"), parent) {
  setObjectName(QStringLiteral("importDialog"));
  setWindowTitle(tr("Import Records"));
  auto* intro = new QLabel(tr("Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, "
                              "value, expiry) and writes them all in one crash-atomic batch: a bad line is named "
                              "and nothing is written. Existing keys are replaced."),
                           this);
  intro->setWordWrap(true);
  source_ = new QLineEdit(this);
  source_->setObjectName(QStringLiteral("importSource"));
  format_ = new QComboBox(this);
  format_->setObjectName(QStringLiteral("importFormat"));
  format_->addItem(tr("By the file's extension"), -1);
  format_->addItem(tr("JSON Lines"), int(RecordFormat::JsonLines));
  format_->addItem(tr("CSV"), int(RecordFormat::Csv));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(source_, 1);
  row->addWidget(browse);
  auto* form = new QFormLayout;
  form->addRow(tr("File:"), row);
  form->addRow(tr("Format:"), format_);
  body()->addWidget(intro);
  body()->addLayout(form);
  setMinimumWidth(520);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Import From"), QString(),
                                                   tr("Records (*.jsonl *.json *.csv);;All files (*)"));
    if (!f.isEmpty()) source_->setText(f);
  });
}

void ImportDialog::setSource(const QString& path) { source_->setText(path); }

void ImportDialog::start() {
  const QString path = source_->text();
  if (!QFileInfo::exists(path)) {
    showResult(tr("Choose a file to import."), true);
    return;
  }
  const int choice = format_->currentData().toInt();
  RecordFormat format = RecordFormat(choice);
  if (choice < 0)
    format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? RecordFormat::Csv
                                                                                              : RecordFormat::JsonLines;
  run(
      tr("Importing"), [path, format](WorkerContext& ctx) { return importRecords(ctx, path, format); },
      [this, path](const ImportResult& r) {
        using Status = ImportResult::Status;
        QString error;
        switch (r.status) {
          case Status::Imported: break;
          case Status::NoDatabase: error = tr("No database is open."); break;
          case Status::CannotRead: error = tr("Cannot read %1.").arg(path); break;
          case Status::Failed: error = r.message; break;
        }
        if (r.status != Status::Imported) {
          showResult(tr("Nothing was imported: %1").arg(error), true);
          return;
        }
        showResult(tr("Imported %n record(s).", nullptr, int(r.records)));
        Q_EMIT imported(r.records);
      });
}

}  // namespace browser
