// BarChart: labelled horizontal bars, painted with the palette's colours so
// it reads in light and dark themes.
#pragma once

#include <QWidget>
#include <functional>
#include <vector>

namespace browser {

class BarChart : public QWidget {
  Q_OBJECT
 public:
  struct Bar {
    QString label;
    double value = 0;
  };
  explicit BarChart(const QString& title, QWidget* parent = nullptr);
  // `format` writes a value beside its bar (a count, a size).
  void setBars(std::vector<Bar> bars, std::function<QString(double)> format);
  const std::vector<Bar>& bars() const { return bars_; }
  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QString title_;
  std::vector<Bar> bars_;
  std::function<QString(double)> format_;
};

}  // namespace browser
