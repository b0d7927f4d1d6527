#include "search.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <cstdio>

#include "models/keytablemodel.hpp"
#include "stallmeter.hpp"
#include "widgets/rangefilter.hpp"
#include "window/mainwindow.hpp"

bool measureValueSearch(browser::MainWindow& window, const QString& text) {
  auto* bar = window.findChild<browser::RangeFilter*>();
  auto* value = bar->findChild<QLineEdit*>(QStringLiteral("filterValue"));
  auto* model = window.keyModel();
  bool finished = false;
  qint64 matches = 0;
  QObject::connect(model, &browser::KeyTableModel::scanFinished, &window, [&](qint64 n) {
    finished = true;
    matches = n;
  });
  StallMeter stall;
  QElapsedTimer t;
  t.start();
  value->setText(text);
  QMetaObject::invokeMethod(value, "returnPressed");
  double first = -1;
  double all = -1;
  while ((!finished || (first < 0 && matches > 0)) && t.elapsed() < 600000) {
    if (first < 0 && model->rowCount() > 0 && model->isLoaded(0)) first = double(t.nsecsElapsed()) / 1e6;
    if (finished && all < 0) all = double(t.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  if (all < 0) all = double(t.nsecsElapsed()) / 1e6;
  std::printf("  value search \"%s\": first matching row shown %.1f ms, whole scan %.1f ms, %lld matches (longest stall %.1f ms)\n",
              text.toUtf8().constData(), first, all, static_cast<long long>(matches), stall.worstMs());
  value->clear();
  QMetaObject::invokeMethod(value, "returnPressed");
  return finished;
}
