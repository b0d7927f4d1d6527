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

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"
#include "core/valueformat.hpp"

namespace browser {

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
  const RecordFormat format = format_->currentData().toBool() ? RecordFormat::Csv : RecordFormat::JsonLines;
  const KeyScope scope = filtered_->isChecked() ? scope_ : KeyScope::of(scope_.ns);
  const QList<QByteArray> keys = selection_->isChecked() ? selected_ : QList<QByteArray>();
  run(
      tr("Exporting"),
      [scope, keys, path, format](WorkerContext& ctx) { return exportRecords(ctx, scope, keys, path, format); },
      [this, path](const ExportResult& r) {
        using Status = ExportResult::Status;
        switch (r.status) {
          case Status::Exported:
            showResult(tr("Exported %n record(s) to %1.", nullptr, int(r.records)).arg(path));
            return;
          case Status::Cancelled: showResult(tr("Cancelled."), true); return;
          // The catalogs hold these three under the context "ExportDialog".
          case Status::NamespaceGone:
            showResult(QCoreApplication::translate("ExportDialog", "The namespace no longer exists."), true);
            return;
          case Status::CannotWrite:
            showResult(QCoreApplication::translate("ExportDialog", "Cannot write %1.").arg(path), true);
            return;
          case Status::WriteFailed:
            showResult(QCoreApplication::translate("ExportDialog", "Writing %1 failed (disk full?).").arg(path), true);
            return;
          case Status::Failed: showResult(r.message, true); return;
        }
      });
}

}  // namespace browser
