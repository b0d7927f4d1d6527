#include "integritydialog.hpp"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/databasecontroller.hpp"
#include "core/maintenance.hpp"
#include "core/valueformat.hpp"

namespace browser {
namespace {

// What the check noticed beyond damage (structures emdb 0.9.7 reads in its
// own way, batches a crash left incomplete), as a list under the figures.
QString notesHtml(const IntegrityFindings& rep) {
  if (rep.notes.empty()) return {};
  const QLocale l;
  QString html = QStringLiteral("<p>%1</p><ul>").arg(IntegrityDialog::tr("Notes on how this file is read:"));
  for (const auto& n : rep.notes)
    html += QStringLiteral("<li>%1</li>")
                .arg(IntegrityDialog::tr("byte %1: %2").arg(l.toString(qulonglong(n.offset)), n.what.toHtmlEscaped()));
  return html + QStringLiteral("</ul>");
}

}  // namespace

IntegrityDialog::IntegrityDialog(DatabaseController* controller, QWidget* parent)
    : TaskDialog(controller, tr("Check"), parent) {
  setObjectName(QStringLiteral("integrityDialog"));
  setWindowTitle(tr("Check Integrity"));
  auto* intro = new QLabel(tr("Reads every frame of the file, checks its checksum, decodes (and decrypts) it, and "
                              "reports what it found. Nothing is written."),
                           this);
  intro->setWordWrap(true);
  report_ = new QLabel(this);
  report_->setObjectName(QStringLiteral("integrityReport"));
  report_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  body()->addWidget(intro);
  body()->addWidget(report_);
  setMinimumWidth(460);
}

void IntegrityDialog::start() {
  if (!controller()->info()) return;
  const QString path = controller()->info()->path;
  const std::optional<Secret> secret = controller()->openRequest().secret;
  run(
      tr("Checking integrity"), [path, secret](WorkerContext& ctx) { return checkIntegrity(ctx, path, secret); },
      [this](const IntegrityResult& r) {
        if (!r.error.isEmpty()) {
          showResult(r.error, true);
          return;
        }
        const IntegrityFindings& rep = r.findings;
        const QLocale l;
        report_->setText(tr("<table>"
                            "<tr><td>File size:</td><td align=right>%1</td></tr>"
                            "<tr><td>Valid frames:</td><td align=right>%2</td></tr>"
                            "<tr><td>Records (inserts and removes):</td><td align=right>%3</td></tr>"
                            "<tr><td>Live records:</td><td align=right>%4</td></tr>"
                            "<tr><td>Dead records:</td><td align=right>%5</td></tr>"
                            "<tr><td>Bytes up to the last valid frame:</td><td align=right>%6</td></tr>"
                            "</table>")
                             .arg(sizeDisplay(qint64(rep.fileSize)), l.toString(qulonglong(rep.frames)),
                                  l.toString(qulonglong(rep.records)), l.toString(qulonglong(rep.liveRecords)),
                                  l.toString(qulonglong(rep.deadRecords)), l.toString(qulonglong(rep.validBytes))) +
                         notesHtml(rep));
        contentsChanged();
        if (rep.sound())
          showResult(tr("Every frame is sound."));
        else
          showResult(
              tr("%1 at byte %2: %3")
                  .arg(rep.tornTail ? tr("A torn tail (an interrupted last write) starts") : tr("The file is damaged"))
                  .arg(l.toString(qulonglong(*rep.firstBadOffset)))
                  .arg(rep.reason),
              true);
      });
}

}  // namespace browser
