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
#include <emdb/exchange.hpp>
#include <fstream>
#include <limits>

#include "core/databasecontroller.hpp"

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
  format_->addItem(tr("JSON Lines"), int(emdb::exchange::Format::JsonLines));
  format_->addItem(tr("CSV"), int(emdb::exchange::Format::Csv));
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
  int format = format_->currentData().toInt();
  if (format < 0)
    format = int(QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                     ? emdb::exchange::Format::Csv
                     : emdb::exchange::Format::JsonLines);
  run(
      tr("Importing"),
      [path, format](WorkerContext& ctx) -> std::pair<qint64, QString> {
        emdb::Database* db = ctx.database();
        if (!db) return {0, tr("No database is open.")};
        std::ifstream in(toPath(path), std::ios::binary);
        if (!in) return {0, tr("Cannot read %1.").arg(path)};
        // One batch for the whole file: all of it or nothing.
        auto r = emdb::exchange::load(*db, in, std::numeric_limits<std::size_t>::max(), ctx.progress(),
                                      emdb::exchange::Format(format));
        if (!r) return {0, QString::fromStdString(r.error().message())};
        return {qint64(r->records), QString()};
      },
      [this](std::pair<qint64, QString> r) {
        if (!r.second.isEmpty()) {
          showResult(tr("Nothing was imported: %1").arg(r.second), true);
          return;
        }
        showResult(tr("Imported %n record(s).", nullptr, int(r.first)));
        Q_EMIT imported(r.first);
      });
}

}  // namespace browser
