#include "importdialog.hpp"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

#include "core/databasecontroller.hpp"
#include "core/pendingedits.hpp"
#include "core/valueformat.hpp"
#include "recordtable.hpp"

namespace browser {

namespace {

enum Column { NamespaceColumn, KeyColumn, DiffersColumn, CurrentColumn, IncomingColumn };

}  // namespace

ImportDialog::ImportDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Preview"), parent) {
  setObjectName(QStringLiteral("importDialog"));
  setWindowTitle(tr("Import Records"));
  auto* intro = new QLabel(tr("Reads records from a JSON Lines or CSV file as Export writes them (namespace, key, "
                              "value, expiry). Preview compares each record with the database; Import then writes "
                              "the new ones, and those that differ if you choose, in one crash-atomic batch: a bad "
                              "line is named and nothing is written."),
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

  previewBox_ = new QGroupBox(tr("Preview"), this);
  previewBox_->setObjectName(QStringLiteral("importPreview"));
  counts_ = new QLabel(previewBox_);
  counts_->setObjectName(QStringLiteral("importCounts"));
  counts_->setWordWrap(true);
  staged_ = new QLabel(previewBox_);
  staged_->setObjectName(QStringLiteral("importStaged"));
  staged_->setWordWrap(true);
  table_ = recordTable(previewBox_, "importConflicts",
                       {tr("Namespace"), tr("Key"), tr("Differs in"), tr("In the database"), tr("In the file")},
                       QAbstractItemView::SingleSelection);
  table_->setWordWrap(false);
  // Both sides of a conflict share the width left, each cut short with its
  // whole preview in its tooltip.
  table_->horizontalHeader()->setSectionResizeMode(CurrentColumn, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(IncomingColumn, QHeaderView::Stretch);
  listed_ = new QLabel(previewBox_);
  listed_->setObjectName(QStringLiteral("importListed"));
  overwrite_ = new QRadioButton(tr("&Overwrite them with the file's records"), previewBox_);
  overwrite_->setObjectName(QStringLiteral("importOverwrite"));
  skip_ = new QRadioButton(tr("&Skip them and keep the database's records"), previewBox_);
  skip_->setObjectName(QStringLiteral("importSkip"));
  overwrite_->setChecked(true);  // as an import always did
  auto* choice = new QLabel(tr("Records that hold another value or expiry:"), previewBox_);
  auto* box = new QVBoxLayout(previewBox_);
  box->addWidget(counts_);
  box->addWidget(staged_);
  box->addWidget(table_, 1);
  box->addWidget(listed_);
  box->addWidget(choice);
  box->addWidget(overwrite_);
  box->addWidget(skip_);
  previewBox_->hide();

  body()->addWidget(intro);
  body()->addLayout(form);
  body()->addWidget(previewBox_, 1);
  setMinimumWidth(560);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Import From"), QString(),
                                                   tr("Records (*.jsonl *.json *.csv);;All files (*)"));
    if (!f.isEmpty()) source_->setText(f);
  });
  // Another file or format: what was previewed no longer holds.
  connect(source_, &QLineEdit::textChanged, this, &ImportDialog::clearPreview);
  connect(format_, &QComboBox::currentIndexChanged, this, &ImportDialog::clearPreview);
}

void ImportDialog::setSource(const QString& path) { source_->setText(path); }

void ImportDialog::setPendingEdits(PendingEdits* pending) { pending_ = pending; }

void ImportDialog::clearPreview() {
  if (isRunning()) return;
  preview_.reset();
  table_->setRowCount(0);
  previewBox_->hide();
  runButton()->setText(tr("Preview"));
  contentsChanged();
}

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
  if (preview_)
    startImport(path, format);
  else
    startPreview(path, format);
}

void ImportDialog::startPreview(const QString& path, RecordFormat format) {
  RecordKeys staged;
  if (pending_)
    for (const PendingChange& c : pending_->changes()) staged.emplace(c.ns, c.key);
  run(
      tr("Previewing"),
      [path, format, staged = std::move(staged)](WorkerContext& ctx) {
        return previewImport(ctx, path, format, kListedConflicts, staged);
      },
      [this, path, formatIndex = format_->currentIndex()](const ImportPreview& p) {
        using Status = ImportPreview::Status;
        QString error;
        switch (p.status) {
          case Status::Previewed: break;
          case Status::NoDatabase: error = tr("No database is open."); break;
          case Status::CannotRead: error = tr("Cannot read %1.").arg(path); break;
          case Status::Failed: error = p.message; break;
          case Status::Cancelled: showFailure(QString(), true); return;
        }
        if (p.status != Status::Previewed) {
          showResult(tr("The file cannot be imported: %1").arg(error), true);
          return;
        }
        // The file or format was changed while it ran: this preview is not theirs.
        if (source_->text() != path || format_->currentIndex() != formatIndex) {
          showResult(tr("The file or format changed: preview again."), true);
          return;
        }
        showPreview(p);
      });
}

void ImportDialog::showPreview(const ImportPreview& p) {
  preview_ = p;
  const QLocale locale;
  QStringList parts{tr("%1 new").arg(locale.toString(p.fresh)),
                    tr("%1 with another value or expiry").arg(locale.toString(p.conflicts)),
                    tr("%1 identical (never written)").arg(locale.toString(p.identical))};
  if (p.expired) parts << tr("%1 already expired (never written)").arg(locale.toString(p.expired));
  counts_->setText(tr("Records in the file: %1.").arg(parts.join(tr(", "))));
  staged_->setText(
      tr("%n of them have edits staged in the window: those stay pending and replace what is "
         "imported when the changes are written.",
         nullptr, int(p.staged)));
  staged_->setVisible(p.staged > 0);

  auto expiry = [](qint64 ms) {
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
              : tr("no expiry");
  };
  auto side = [&](qint64 size, const QByteArray& head, qint64 expiresAt) {
    QTableWidgetItem* cell =
        tableCell(tr("%1 · %2 · %3").arg(sizeDisplay(size), valuePreview(head, size, 32), expiry(expiresAt)));
    cell->setToolTip(tr("%1\n%2\nExpires: %3").arg(sizeDisplay(size), valuePreview(head, size), expiry(expiresAt)));
    return cell;
  };
  table_->setRowCount(int(p.listed.size()));
  for (int i = 0; i < int(p.listed.size()); ++i) {
    const ImportConflict& c = p.listed[std::size_t(i)];
    const QString differs = c.valueDiffers && c.expiryDiffers() ? tr("Value and expiry")
                            : c.valueDiffers                    ? tr("Value")
                                                                : tr("Expiry");
    table_->setItem(i, NamespaceColumn, tableCell(c.ns.isEmpty() ? tr("(default)") : keyDisplay(c.ns)));
    table_->setItem(i, KeyColumn, tableCell(keyDisplay(c.key)));
    table_->setItem(i, DiffersColumn, tableCell(differs));
    table_->setItem(i, CurrentColumn, side(c.currentSize, c.currentHead, c.currentExpiresAt));
    table_->setItem(i, IncomingColumn, side(c.incomingSize, c.incomingHead, c.incomingExpiresAt));
  }
  table_->resizeColumnsToContents();
  table_->setVisible(p.conflicts > 0);
  listed_->setVisible(p.conflicts > qint64(p.listed.size()));
  listed_->setText(
      tr("The first %1 of %2 are listed.").arg(locale.toString(qint64(p.listed.size())), locale.toString(p.conflicts)));
  overwrite_->setEnabled(p.conflicts > 0);
  skip_->setEnabled(p.conflicts > 0);
  previewBox_->show();
  // Room for both sides of a conflict (never smaller than the user made it).
  if (p.conflicts > 0) resize(std::max(width(), 900), std::max(height(), 640));
  runButton()->setText(tr("Import"));
  if (p.fresh == 0 && p.conflicts == 0)
    showResult(tr("Nothing to import: the database holds every record of the file as it is."));
  else if (p.conflicts > 0)
    showResult(tr("Choose what to do with the records that differ, then Import; Close imports nothing."));
  else
    showResult(tr("Import writes the new records; Close imports nothing."));
}

void ImportDialog::startImport(const QString& path, RecordFormat format) {
  const ImportConflicts conflicts = skip_->isChecked() ? ImportConflicts::Skip : ImportConflicts::Overwrite;
  run(
      tr("Importing"),
      [path, format, conflicts](WorkerContext& ctx) { return importRecords(ctx, path, format, conflicts); },
      [this, path](const ImportResult& r) {
        using Status = ImportResult::Status;
        QString error;
        switch (r.status) {
          case Status::Imported: break;
          case Status::NoDatabase: error = tr("No database is open."); break;
          case Status::CannotRead: error = tr("Cannot read %1.").arg(path); break;
          case Status::Failed: error = r.message; break;
          case Status::Cancelled: showFailure(QString(), true); return;
        }
        if (r.status != Status::Imported) {
          showResult(tr("Nothing was imported: %1").arg(error), true);
          return;
        }
        clearPreview();
        QString text = tr("Imported %n record(s).", nullptr, int(r.records));
        if (r.skipped)
          text += QLatin1Char(' ') + tr("Left %n record(s) as the database holds them.", nullptr, int(r.skipped));
        showResult(text);
        Q_EMIT imported(r.records);
      });
}

}  // namespace browser
