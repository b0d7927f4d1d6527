#include "sort.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <cstdio>

#include "models/keytablemodel.hpp"
#include "stallmeter.hpp"
#include "window/mainwindow.hpp"

bool measureSortBySize(browser::MainWindow& window) {
  auto* table = window.findChild<QTableView*>(QStringLiteral("keyTable"));
  auto* model = window.keyModel();
  const int before = model->rowCount();
  auto waitFor = [](auto done, qint64 ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
  };
  StallMeter stall;
  QElapsedTimer t;
  t.start();
  // As a click on the header does.
  table->horizontalHeader()->setSortIndicator(browser::KeyTableModel::SizeColumn, Qt::AscendingOrder);
  const bool built = waitFor([&] { return !model->isSorting() && model->rowCount() > 0 && model->isLoaded(0); }, 600000);
  const double first = double(t.nsecsElapsed()) / 1e6;
  QElapsedTimer m;
  m.start();
  const int middle = model->rowCount() / 2;
  table->scrollTo(model->index(middle, 0), QAbstractItemView::PositionAtTop);
  const bool paged = built && waitFor([&] { return model->isLoaded(middle); }, 30000);
  const double page = double(m.nsecsElapsed()) / 1e6;
  std::printf("  sort by size: first row of the order shown %.1f ms, a page in its middle %.1f ms, %d rows (longest stall %.1f ms)\n",
              first, page, model->rowCount(), stall.worstMs());
  table->horizontalHeader()->setSortIndicator(browser::KeyTableModel::KeyColumn, Qt::AscendingOrder);
  return built && paged && waitFor([&] { return model->rowCount() == before && model->isLoaded(0); }, 600000);
}
