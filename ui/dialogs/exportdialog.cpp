#include "exportdialog.hpp"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <emdb/exchange.hpp>
#include <fstream>

#include "core/databasecontroller.hpp"
#include "core/scope.hpp"
#include "core/valueformat.hpp"

namespace browser {

namespace {

struct Outcome {
  qint64 records = 0;
  QString error;  // empty on success
  bool cancelled = false;
};

// Writes the records of `keys` (or of the scope's range when `keys` is empty).
Outcome exportRecords(WorkerContext& ctx, const KeyScope& scope, const QList<QByteArray>& keys, const QString& path,
                      bool csv) {
  Outcome out;
  emdb::Keyspace* space = ctx.space(scope.ns);
  if (!space) return {0, QCoreApplication::translate("ExportDialog", "The namespace no longer exists.")};
  std::ofstream file(toPath(path), std::ios::binary | std::ios::trunc);
  if (!file) return {0, QCoreApplication::translate("ExportDialog", "Cannot write %1.").arg(path)};
  if (csv) file << emdb::exchange::csv_header() << '\n';
  auto progress = ctx.progress();
  auto write = [&](const std::string& key) -> bool {
    auto value = space->get(key);
    if (!value || !*value) return true;  // expired or removed meanwhile
    emdb::exchange::Item item{scope.ns.toStdString(), key, std::move(**value), 0};
    if (auto e = space->expires_at(key); e && *e) item.expires_at = **e;
    file << (csv ? emdb::exchange::to_csv_row(item) : emdb::exchange::to_json_line(item)) << '\n';
    ++out.records;
    return true;
  };
  if (!keys.isEmpty()) {
    for (qsizetype i = 0; i < keys.size(); ++i) {
      write(keys[i].toStdString());
      if (!progress(std::uint64_t(i + 1), std::uint64_t(keys.size()))) return {out.records, QString(), true};
    }
  } else {
    const ScopeRange r = resolveScope(*space, scope);
    if (!r.error.isEmpty()) return {0, r.error};
    const auto matches = patternMatcher(scope);
    for (qint64 p = r.begin; p < r.begin + r.count; ++p) {
      auto key = space->key_at(std::size_t(p));
      if (!key) return {out.records, QString::fromStdString(key.error().message())};
      if (!*key) break;
      if (matches(QByteArray::fromStdString(**key))) write(**key);
      if ((p - r.begin) % 1024 == 0 && !progress(std::uint64_t(p - r.begin), std::uint64_t(r.count)))
        return {out.records, QString(), true};
    }
  }
  file.flush();
  if (!file)
    return {out.records, QCoreApplication::translate("ExportDialog", "Writing %1 failed (disk full?).").arg(path)};
  return out;
}

}  // namespace

ExportDialog::ExportDialog(const KeyScope& scope, const QList<QByteArray>& selected, DatabaseController* controller,
                           QWidget* parent)
    : TaskDialog(controller, tr("Export"), parent), scope_(scope), selected_(selected) {
  setObjectName(QStringLiteral("exportDialog"));
  setWindowTitle(tr("Export Records"));
  const QString ns = scope.ns.isEmpty() ? tr("(default)") : keyDisplay(scope.ns);
  namespace_ = new QRadioButton(tr("The whole namespace %1").arg(ns), this);
  namespace_->setObjectName(QStringLiteral("exportNamespace"));
  selection_ = new QRadioButton(tr("The selected records (%n)", nullptr, int(selected.size())), this);
  selection_->setObjectName(QStringLiteral("exportSelection"));
  selection_->setEnabled(!selected.isEmpty());
  filtered_ = new QRadioButton(tr("The records the table shows (prefix, range and pattern)"), this);
  filtered_->setObjectName(QStringLiteral("exportFiltered"));
  const KeyScope whole = KeyScope::of(scope.ns);
  filtered_->setEnabled(!(scope == whole));
  (selected.isEmpty() ? namespace_ : selection_)->setChecked(true);
  format_ = new QComboBox(this);
  format_->setObjectName(QStringLiteral("exportFormat"));
  format_->addItem(tr("JSON Lines (.jsonl)"), false);
  format_->addItem(tr("CSV (.csv)"), true);
  target_ = new QLineEdit(this);
  target_->setObjectName(QStringLiteral("exportTarget"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  auto* row = new QHBoxLayout;
  row->addWidget(target_, 1);
  row->addWidget(browse);
  auto* form = new QFormLayout;
  form->addRow(tr("Records:"), namespace_);
  form->addRow(QString(), selection_);
  form->addRow(QString(), filtered_);
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("File:"), row);
  body()->addLayout(form);
  setMinimumWidth(520);
  connect(browse, &QPushButton::clicked, this, [this] {
    const bool csv = format_->currentData().toBool();
    const QString f = QFileDialog::getSaveFileName(this, tr("Export To"), target_->text(),
                                                   csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (!f.isEmpty()) target_->setText(f);
  });
}

void ExportDialog::setTarget(const QString& path) { target_->setText(path); }
void ExportDialog::setWhat(What what) {
  (what == What::Namespace ? namespace_ : what == What::Selection ? selection_ : filtered_)->setChecked(true);
}
void ExportDialog::setCsv(bool csv) { format_->setCurrentIndex(csv ? 1 : 0); }

void ExportDialog::start() {
  if (target_->text().isEmpty()) {
    showResult(tr("Choose a file to export to."), true);
    return;
  }
  const QString path = target_->text();
  const bool csv = format_->currentData().toBool();
  const KeyScope scope = filtered_->isChecked() ? scope_ : KeyScope::of(scope_.ns);
  const QList<QByteArray> keys = selection_->isChecked() ? selected_ : QList<QByteArray>();
  run(
      tr("Exporting"),
      [scope, keys, path, csv](WorkerContext& ctx) { return exportRecords(ctx, scope, keys, path, csv); },
      [this, path](Outcome o) {
        if (o.cancelled)
          showResult(tr("Cancelled."), true);
        else if (!o.error.isEmpty())
          showResult(o.error, true);
        else
          showResult(tr("Exported %n record(s) to %1.", nullptr, int(o.records)).arg(path));
      });
}

}  // namespace browser
