#include "past.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <cstdio>
#include <functional>

#include "dialogs/comparedialog.hpp"
#include "dialogs/historydialog.hpp"
#include "dialogs/removeddialog.hpp"
#include "models/keytablemodel.hpp"
#include "stallmeter.hpp"
#include "window/mainwindow.hpp"

namespace {

// Shows `d`, presses its run button when `press`, and waits for its result
// line; prints the time and the longest stall under `what`.
bool timed(const char* what, browser::TaskDialog* d, bool press) {
  auto* result = d->findChild<QLabel*>(QStringLiteral("taskResult"));
  StallMeter stall;
  QElapsedTimer t;
  t.start();
  d->show();
  if (press) d->findChild<QPushButton*>(QStringLiteral("runTask"))->click();
  while (!result->isVisible() && t.elapsed() < 600000) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  const double ms = double(t.nsecsElapsed()) / 1e6;
  std::printf("  %-30s %10.1f ms   (longest event-loop stall %.1f ms): %s\n", what, ms, stall.worstMs(),
              result->text().toUtf8().constData());
  const bool ok = result->isVisible();
  d->close();
  delete d;
  return ok;
}

}  // namespace

bool measurePast(browser::MainWindow& window, const QByteArray& changedKey, const QString& copy) {
  bool ok =
      timed("history of a record",
            new browser::HistoryDialog({}, changedKey, window.pendingEdits(), window.controller(), &window), false);
  ok = timed("removed records", new browser::RemovedDialog({}, window.pendingEdits(), window.controller(), &window),
             false) &&
       ok;
  auto* compare = new browser::CompareDialog(window.controller(), &window);
  compare->setOtherPath(copy);
  return timed("compare with a copy", compare, true) && ok;
}
